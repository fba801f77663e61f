package org.parallax.core.text;

import org.parallax.core.article.Span;

/**
 * One sentence of an article body.
 *
 * @param span      where the sentence stands in the body (leading and trailing whitespace excluded)
 * @param paragraph 0-based index of the paragraph (a line, or a block between blank lines) holding it
 */
public record Sentence(Span span, int paragraph) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}

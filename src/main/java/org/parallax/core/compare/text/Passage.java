package org.parallax.core.compare.text;

import java.util.Objects;
import org.parallax.core.article.Span;

/**
 * A stretch of one compared text: a sentence, or in {@link org.parallax.core.compare.align.Reuse} a run of consecutive sentences.
 *
 * @param article index of the text in the list given to {@link org.parallax.core.compare.align.Aligner#align}
 * @param span    the characters of that text's body
 */
public record Passage(int article, Span span) {

    public Passage {
        if (article < 0) {
            throw new IllegalArgumentException("article index < 0: " + article);
        }
        Objects.requireNonNull(span, "span");
    }

    /** The passage's text in {@code body}. */
    public String text(String body) {
        return span.of(body);
    }
}

package org.parallax.core.compare.text;


import java.util.Objects;

/**
 * One text handed to the {@link org.parallax.core.compare.align.Aligner}: an article body and an id the caller chooses (an article id).
 *
 * @param id   the caller's name for the text; not interpreted
 * @param body the text; every {@link org.parallax.core.article.Span} in the results points into it
 */
public record ComparedText(String id, String body) {

    public ComparedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
    }
}

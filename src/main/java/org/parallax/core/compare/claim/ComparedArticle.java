package org.parallax.core.compare.claim;

import java.time.LocalDate;
import java.util.Objects;

import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;

/**
 * One article taking part in a comparison: its body and what was extracted from it (offsets point into
 * {@code body}).
 *
 * @param id         the article's id
 * @param metadata   outlet, published date… ({@link Metadata#EMPTY} when unknown)
 * @param body       the article body
 * @param extraction figures, quotes and attributions of {@code body}
 */
public record ComparedArticle(String id, Metadata metadata, String body, Extraction extraction) {

    public ComparedArticle {
        Objects.requireNonNull(body, "body");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        extraction = extraction == null ? Extraction.EMPTY : extraction;
    }

    public static ComparedArticle of(Article article, Extraction extraction) {
        return new ComparedArticle(article.id(), article.metadata(), article.body(), extraction);
    }

    /** The published date, or {@code null}. */
    public LocalDate published() {
        return metadata.published();
    }
}

package org.parallax.core.compare.claim;

import java.time.LocalDate;
import java.util.Objects;

import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Part;
import org.parallax.core.extract.Extraction;

/**
 * One article taking part in a comparison: its body and headline and what was extracted from each (offsets
 * point into {@code body}, or into {@code headline} for {@code headlineExtraction}).
 *
 * @param id                 the article's id
 * @param metadata           outlet, published date… ({@link Metadata#EMPTY} when unknown)
 * @param body               the article body
 * @param extraction         figures, quotes and attributions of {@code body}
 * @param headline           the article's {@linkplain Article#headline() headline} (title and dek), or empty
 * @param headlineExtraction figures, quotes and attributions of {@code headline}
 */
public record ComparedArticle(String id, Metadata metadata, String body, Extraction extraction, String headline,
                              Extraction headlineExtraction) {

    public ComparedArticle {
        Objects.requireNonNull(body, "body");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        extraction = extraction == null ? Extraction.EMPTY : extraction;
        headline = headline == null ? "" : headline;
        headlineExtraction = headlineExtraction == null ? Extraction.EMPTY : headlineExtraction;
    }

    /** An article compared by its body alone. */
    public ComparedArticle(String id, Metadata metadata, String body, Extraction extraction) {
        this(id, metadata, body, extraction, "", Extraction.EMPTY);
    }

    /** An article compared by its body alone. */
    public static ComparedArticle of(Article article, Extraction extraction) {
        return new ComparedArticle(article.id(), article.metadata(), article.body(), extraction);
    }

    /** An article compared by its headline and its body. */
    public static ComparedArticle of(Article article, Extraction headlineExtraction, Extraction extraction) {
        return new ComparedArticle(article.id(), article.metadata(), article.body(), extraction, article.headline(),
                headlineExtraction);
    }

    /** The text of {@code part}. */
    public String text(Part part) {
        return part == Part.HEADLINE ? headline : body;
    }

    /** What was extracted from {@code part}. */
    public Extraction extraction(Part part) {
        return part == Part.HEADLINE ? headlineExtraction : extraction;
    }

    /** The published date, or {@code null}. */
    public LocalDate published() {
        return metadata.published();
    }
}

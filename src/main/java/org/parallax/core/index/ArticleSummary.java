package org.parallax.core.index;

import java.time.LocalDate;
import java.util.Objects;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;

/**
 * What a list of articles shows of one article, without its body or extraction: read from the index for a page
 * of the library ({@link Library#page}), so listing costs the same for ten articles or a hundred thousand.
 *
 * @param title        the effective title, or {@code null}
 * @param outlet       the effective outlet, or {@code null}
 * @param published    the effective publication date, or {@code null}
 * @param language     ISO 639-3 code of the body, or {@code null} when unknown
 * @param opening      the first characters of the body (at most {@value #OPENING_LENGTH}), to name an untitled
 *                     article
 * @param words        words in the body
 * @param figures      figures extracted
 * @param quotes       quotes extracted
 * @param attributions attributions extracted
 * @param edited       true when the user changed any metadata field
 */
public record ArticleSummary(String id, String title, String outlet, LocalDate published, String language,
                             String opening, int words, int figures, int quotes, int attributions, boolean edited) {

    /** Characters of the body kept in {@link #opening}. */
    public static final int OPENING_LENGTH = 160;

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        opening = opening == null ? "" : opening;
    }

    /** The summary of a full entry (what the index stores for it). */
    public static ArticleSummary of(LibraryEntry entry) {
        Article a = entry.article();
        Metadata m = a.metadata();
        Extraction x = entry.extraction();
        return new ArticleSummary(a.id(), m.title(), m.outlet(), m.published(), a.language(), opening(a.body()),
                a.wordCount(), x.figures().size(), x.quotes().size(), x.attributions().size(), entry.isEdited());
    }

    static String opening(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() <= OPENING_LENGTH ? b : b.substring(0, OPENING_LENGTH);
    }
}

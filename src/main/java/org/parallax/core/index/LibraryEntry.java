package org.parallax.core.index;

import java.time.Instant;
import java.util.Objects;

import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;

/**
 * One stored article with everything the library knows about it.
 *
 * @param article    the article as shown: its metadata is the effective one, {@code imported} overridden by
 *                   {@code edits}
 * @param imported   the metadata found when the article was imported
 * @param edits      the user's edits: each non-null field overrides the imported one ({@link Metadata#EMPTY}
 *                   when never edited)
 * @param importedAt when the article first entered the library (kept across re-imports), to the millisecond
 * @param extraction figures, quotes and attributions found in the body ({@link Extraction#EMPTY} if none)
 */
public record LibraryEntry(Article article, Metadata imported, Metadata edits, Instant importedAt,
                           Extraction extraction) {

    public LibraryEntry {
        Objects.requireNonNull(article, "article");
        imported = imported == null ? Metadata.EMPTY : imported;
        edits = edits == null ? Metadata.EMPTY : edits;
        extraction = extraction == null ? Extraction.EMPTY : extraction;
    }

    public String id() {
        return article.id();
    }

    /** True when the user changed any metadata field. */
    public boolean isEdited() {
        return !edits.isEmpty();
    }
}

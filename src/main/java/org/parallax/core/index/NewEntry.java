package org.parallax.core.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.apache.lucene.document.Document;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;

/**
 * An article about to be added, with its Lucene document already made when {@code encoded} (so an importer can
 * make it on another thread); the document is used only by the local library, and only if it does not hold the
 * article yet.
 */
record NewEntry(LibraryEntry entry, Document document) {

    static NewEntry of(Article article, Extraction extraction, boolean encoded) {
        Objects.requireNonNull(article, "article");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LibraryEntry entry = new LibraryEntry(article, article.metadata(), Metadata.EMPTY, now,
                extraction == null ? Extraction.EMPTY : extraction);
        try {
            return new NewEntry(entry, encoded ? ArticleDocuments.encode(entry) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.parallax.core.index;

import java.util.List;
import java.util.Objects;

/**
 * One article found by {@link Library#search}.
 *
 * @param entry    the article
 * @param score    Lucene's relevance score (BM25); only comparable between hits of the same search
 * @param snippets up to three passages of the body showing why it matched, in reading order; when only the
 *                 title or another field matched, one passage from the start of the body without highlights
 */
public record SearchHit(LibraryEntry entry, float score, List<Snippet> snippets) {

    public SearchHit {
        Objects.requireNonNull(entry, "entry");
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }
}

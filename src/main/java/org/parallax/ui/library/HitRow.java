package org.parallax.ui.library;

import java.util.List;
import org.parallax.core.index.SearchHit;
import org.parallax.core.index.Snippet;

/** One search result: its rank (1 = best), the article and the passages that matched. */
public record HitRow(int rank, ArticleRow article, float score, List<Snippet> snippets) {

    public static HitRow of(int rank, SearchHit hit) {
        return new HitRow(rank, ArticleRow.of(hit.entry()), hit.score(), hit.snippets());
    }

    public String id() {
        return article.id();
    }
}

package org.parallax.core.compare;

import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.compare.align.Alignment;
import org.parallax.core.compare.claim.Claims;
import org.parallax.core.extract.Extraction;

/**
 * The comparison of N articles: how their passages line up and differ, and where their figures, quotes and
 * attributions agree or differ. Article indexes everywhere in it refer to {@link #articles()}; offsets point
 * into each article's body.
 *
 * @param articles    the compared articles, in the order given
 * @param extractions what was extracted from each article, same order
 * @param alignment   aligned passages, word-level differences and text reuse
 * @param claims      figure groups with verdicts, quote groups, attribution differences
 */
public record Comparison(List<Article> articles, List<Extraction> extractions, Alignment alignment, Claims claims) {

    public Comparison {
        articles = List.copyOf(articles);
        extractions = List.copyOf(extractions);
        if (articles.size() != extractions.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + extractions.size() + " extractions");
        }
    }
}

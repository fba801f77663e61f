package org.parallax.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.compare.align.Aligner;
import org.parallax.core.compare.align.Alignment;
import org.parallax.core.compare.claim.ClaimComparer;
import org.parallax.core.compare.claim.ComparedArticle;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

/**
 * Compares N articles: aligns their passages ({@link Aligner}) and groups their claims ({@link ClaimComparer}).
 * The claims of each article's {@linkplain Article#headline() headline} take part beside those of its body: the
 * headline is extracted here, at compare time (it is a line or two), with the same {@link Extractor}.
 * Immutable and thread-safe; blocks the calling thread.
 */
public final class Comparer {

    private final Aligner aligner;
    private final ClaimComparer claims;
    private final Extractor headlines = new Extractor();

    public Comparer(Aligner aligner, ClaimComparer claims) {
        this.aligner = aligner;
        this.claims = claims;
    }

    /** A comparer with the default options of both stages. */
    public static Comparer create() {
        return new Comparer(Aligner.create(), ClaimComparer.builder().build());
    }

    public Comparison compare(List<Article> articles, List<Extraction> extractions, Progress progress,
                              Cancellation cancellation) throws CancelledException {
        if (articles.size() != extractions.size()) {
            throw new IllegalArgumentException(articles.size() + " articles but " + extractions.size() + " extractions");
        }
        List<ComparedText> texts = new ArrayList<>(articles.size());
        List<ComparedArticle> compared = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            texts.add(new ComparedText(a.id(), a.body()));
            compared.add(ComparedArticle.of(a, headlines.extract(a.headline()), extractions.get(i)));
        }
        Alignment alignment = aligner.align(texts, progress, cancellation);
        cancellation.check();
        return new Comparison(articles, extractions, alignment, claims.compare(compared));
    }
}

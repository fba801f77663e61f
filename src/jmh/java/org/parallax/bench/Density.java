package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;

/**
 * How dense a set of articles is in what Parallax extracts: figures, quotes and attributions per 1,000
 * characters of body, and words per article. The scale benchmark prints it for its generated corpus beside
 * the seeds', so a reader can judge how realistic the corpus is.
 */
record Density(int articles, double words, double figures, double quotes, double attributions) {

    /** The density of the first {@code limit} article files under {@code dir} (in file-name order). */
    static Density of(Path dir, int limit) throws IOException {
        List<Path> files = ArticleFiles.collect(List.of(dir));
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        long chars = 0;
        long words = 0;
        long figures = 0;
        long quotes = 0;
        long attributions = 0;
        int n = 0;
        for (Path file : files.stream().sorted().limit(limit).toList()) {
            Article a;
            try {
                a = loader.load(file);
            } catch (IngestException e) {
                continue;
            }
            Extraction x = extractor.extract(a.body());
            n++;
            chars += a.body().length();
            words += a.wordCount();
            figures += x.figures().size();
            quotes += x.quotes().size();
            attributions += x.attributions().size();
        }
        double k = Math.max(1, chars) / 1000.0;
        return new Density(n, words / (double) Math.max(1, n), figures / k, quotes / k, attributions / k);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f figures, %.2f quotes, %.2f attributions (%,d articles, %.0f words each)",
                figures, quotes, attributions, articles, words);
    }
}

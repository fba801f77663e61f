package org.parallax.core.compare.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.core.article.Article;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;

/**
 * The five seeds as the app sees them: each src/test/resources/seeds/NAME.txt read by the real ingest
 * ({@link ArticleLoader}) and extracted by the real {@link Extractor}; the gold of src/test/resources/compare-claim.
 */
final class ClaimSeeds {

    static final List<String> NAMES = List.of("000_0136e9118caa93ec", "001_2fd64e61ddae72be",
            "002_c89360cfc73fa7b4", "003_5ff85278df32db3f", "004_89b38a5f5ea4f247");
    static final ObjectMapper JSON = new ObjectMapper();
    private static List<Article> articles;
    private static List<ComparedArticle> compared;

    private ClaimSeeds() {
    }

    static synchronized List<Article> articles() {
        if (articles == null) {
            List<Article> out = new ArrayList<>();
            ArticleLoader loader = new ArticleLoader();
            for (String n : NAMES) {
                try {
                    out.add(loader.load(resourcePath("/seeds/" + n + ".txt")));
                } catch (IngestException e) {
                    throw new IllegalStateException(e);
                }
            }
            articles = List.copyOf(out);
        }
        return articles;
    }

    static synchronized List<ComparedArticle> compared() {
        if (compared == null) {
            Extractor ex = new Extractor();
            List<ComparedArticle> out = new ArrayList<>();
            for (Article a : articles()) {
                out.add(ComparedArticle.of(a, ex.extract(a.body())));
            }
            compared = List.copyOf(out);
        }
        return compared;
    }

    static int indexOf(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown seed " + name);
        }
        return i;
    }

    static JsonNode json(String resource) {
        try (InputStream in = ClaimSeeds.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourcePath(String resource) {
        try {
            return Path.of(ClaimSeeds.class.getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + resource, e);
        }
    }
}

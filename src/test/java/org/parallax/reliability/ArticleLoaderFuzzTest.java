package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.ArticleId;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;

/**
 * Fuzzes {@link ArticleLoader#load}: any bytes, as a .txt, .md or .html file (with or without a sidecar), give
 * an article or an {@link IngestException} naming the file, never another exception. A plain {@code mvn test}
 * replays the inputs in {@code src/test/resources/org/parallax/reliability/ArticleLoaderFuzzTestInputs/};
 * see docs/reliability.md to fuzz.
 */
class ArticleLoaderFuzzTest {

    private static final String[] NAMES = {"a.txt", "a.md", "a.html", "a.htm"};

    @TempDir
    Path temp;

    @FuzzTest(maxDuration = "30s")
    void anyBytesGiveAnArticleOrANamedProblem(FuzzedDataProvider data) throws Exception {
        String name = data.pickValue(NAMES);
        boolean sidecar = data.consumeBoolean();
        Path file = temp.resolve(name);
        if (sidecar) {
            Files.writeString(temp.resolve(name + ".meta.json"), data.consumeString(200));
        }
        Files.write(file, data.consumeRemainingAsBytes());
        try {
            Article a = new ArticleLoader().load(file);
            assertThat(a.body()).isNotBlank();
            assertThat(a.id()).isEqualTo(ArticleId.of(a.body()));
        } catch (IngestException e) {
            assertThat(e.getMessage()).contains(file.toString());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(temp.resolve(name + ".meta.json"));
        }
    }
}

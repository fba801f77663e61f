package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.progress.Progress;

/**
 * Importing an HTML page never fetches anything it references and never runs its scripts: a local HTTP server
 * whose URLs fill every place a page can load from (img, script, link, iframe, CSS url() and @import, meta
 * refresh, srcset, object, video) receives no request.
 */
class HtmlImportFetchesNothingTest {

    @TempDir
    Path temp;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = LocalServer.start(requests);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void importingAHostilePageMakesNoRequest() throws Exception {
        String base = LocalServer.url(server);
        String hostile = Files.readString(Path.of("src/test/resources/reliability/nasty/hostile.html"))
                .replace("http://127.0.0.1:9/", base);
        assertThat(hostile).contains(base).doesNotContain("127.0.0.1:9/");
        Path page = Files.writeString(temp.resolve("page.html"), hostile);

        Article a = new ArticleLoader().load(page);
        assertThat(a.body()).contains("The council approved").doesNotContain("PWNED").doesNotContain("alert(");
        try (Library library = Library.open(temp.resolve("library"))) {
            var report = new Importer(new ArticleLoader(), new Extractor())
                    .importPaths(library, List.of(page), Progress.NONE, () -> false);
            assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(1);
        }
        // the server answers: prove it would have seen a request
        LocalServer.probe(server);
        assertThat(requests).containsExactly("/probe");
    }
}

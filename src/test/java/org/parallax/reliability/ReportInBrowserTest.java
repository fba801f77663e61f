package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Prerequisites;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportFormat;
import org.parallax.core.report.ReportWriter;

/**
 * The HTML report of hostile articles, opened in a real headless Chromium: no script of the articles runs
 * (they would set the title and add a marker element) and the browser requests nothing from the local server
 * their images and links point to. Needs {@code /usr/bin/chromium} (Debian package {@code chromium}): without
 * it the test fails under CI and is skipped loudly elsewhere ({@link Prerequisites}).
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path temp;

    @Test
    void aReportOfHostileArticlesRunsNothingAndFetchesNothingInChromium() throws Exception {
        Prerequisites.require(Files.isExecutable(CHROMIUM),
                "/usr/bin/chromium is absent; install it (Debian: apt-get install -y chromium) to run this test");
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = LocalServer.start(requests);
        try {
            String base = LocalServer.url(server);
            String script = "<script>document.title='PWNED';document.body.insertAdjacentHTML('beforeend',"
                    + "'<p id=pwned>PWNED</p>');new Image().src='" + base + "script'</script>";
            String text = """
                    Council backs the plan %s

                    The council approved a budget of 12 million euros on Tuesday <img src="%simg" onerror="document.title='PWNED'">, officials said.

                    "This protects 300 jobs," the mayor said. <a href="javascript:document.title='PWNED'">more</a> <iframe src="%sframe"></iframe>

                    <svg onload="document.title='PWNED'"></svg> <style>body{background:url(%scss)}</style> About 500 people protested.
                    """;
            ArticleLoader loader = new ArticleLoader();
            Path fa = Files.writeString(temp.resolve("a.txt"), text.formatted(script, base, base, base));
            Path fb = Files.writeString(temp.resolve("b.txt"), text.replace("12 million", "15 million")
                    .formatted(script, base, base, base));
            Article a = loader.load(fa);
            Article b = loader.load(fb);
            Extractor ex = new Extractor();
            Comparison c = Comparer.create().compare(List.of(a, b), List.of(ex.extract(a.body()), ex.extract(b.body())),
                    Progress.NONE, () -> false);
            String html = ReportWriter.toString(c, ReportFormat.HTML);
            HtmlSafety.assertInert(html);
            Path report = Files.writeString(temp.resolve("report.html"), html);

            Jvm.Result dom = Jvm.run(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + temp.resolve("profile"), "--virtual-time-budget=3000",
                    "--dump-dom", report.toUri().toString()), 120);
            assertThat(dom.exit()).as(dom.err()).isZero();
            assertThat(dom.out()).contains("<html").contains("Council backs the plan")
                    .doesNotContain("<title>PWNED").doesNotContain("id=\"pwned\"");
            assertThat(org.jsoup.Jsoup.parse(dom.out()).title()).isNotEqualTo("PWNED");
            assertThat(requests).as("requests the browser made to the local server").isEmpty();
        } finally {
            server.stop(0);
        }
    }
}

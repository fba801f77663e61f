package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extractor;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportFormat;
import org.parallax.core.report.ReportWriter;

/**
 * Fuzzes the reports: two fuzzed articles (body and metadata) are compared and written in every format; the
 * HTML, parsed with jsoup, holds no script, event handler, javascript: URL or outside link whatever the input.
 * Inputs: {@code ReportWriterFuzzTestInputs/}.
 */
class ReportWriterFuzzTest {

    private static final Comparer COMPARER = Comparer.create();
    private static final Extractor EXTRACTOR = new Extractor();

    @FuzzTest(maxDuration = "30s")
    void reportsOfFuzzedArticlesAreInert(FuzzedDataProvider data) throws Exception {
        Article a = article(data);
        Article b = article(data);
        if (a == null || b == null) {
            return;
        }
        Comparison c = COMPARER.compare(List.of(a, b), List.of(EXTRACTOR.extract(a.body()), EXTRACTOR.extract(b.body())),
                Progress.NONE, () -> false);
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportWriter.toString(c, f)).isNotEmpty();
        }
        HtmlSafety.assertInert(ReportWriter.toString(c, ReportFormat.HTML));
    }

    private static Article article(FuzzedDataProvider data) {
        String title = data.consumeString(80);
        String outlet = data.consumeString(40);
        String body = data.consumeString(1500);
        if (body.isBlank()) {
            return null;
        }
        return Article.of(new Metadata(title, outlet, data.consumeString(40), null, null, null,
                data.consumeString(80)), body, List.of(data.consumeString(60)),
                data.consumeString(60), Format.HTML);
    }
}

package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.ArticleId;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.ingest.TestDocuments;

/**
 * Fuzzes the document readers through {@link ArticleLoader#read}: a valid PDF, .docx, e-mail or MHTML file made
 * by {@link TestDocuments}, cut short and with fuzzed bytes written over it, or raw fuzzed bytes, named for its
 * format, gives an article or an {@link IngestException} naming the file, never another exception or error.
 * A plain {@code mvn test} replays the inputs in
 * {@code src/test/resources/org/parallax/reliability/DocumentReadersFuzzTestInputs/}; see docs/reliability.md.
 */
class DocumentReadersFuzzTest {

    private static final String[] NAMES = {"a.pdf", "a.docx", "a.eml", "a.mhtml"};
    private static final byte[][] VALID = {
        TestDocuments.pdf("A release", TestDocuments.STORY),
        TestDocuments.docx("A memo", TestDocuments.STORY),
        TestDocuments.eml("desk@example.org", "Mon, 4 Nov 2024 08:00:00 +0000", "A wire",
                String.join("\n\n", TestDocuments.STORY), List.of(new TestDocuments.Attachment("a.docx",
                        "application/octet-stream", TestDocuments.docx(null, TestDocuments.STORY)))),
        TestDocuments.mhtml("A page", "https://example.org/a",
                "<html><body><article><p>" + String.join("</p><p>", TestDocuments.STORY) + "</p></article></body></html>"),
    };

    @TempDir
    Path temp;

    @FuzzTest(maxDuration = "30s")
    void anyDocumentBytesGiveAnArticleOrANamedProblem(FuzzedDataProvider data) throws Exception {
        int kind = data.consumeInt(0, NAMES.length - 1);
        Path file = temp.resolve(NAMES[kind]);
        byte[] bytes;
        if (data.consumeBoolean()) {
            bytes = data.consumeRemainingAsBytes();
        } else {
            byte[] valid = VALID[kind];
            bytes = java.util.Arrays.copyOf(valid, data.consumeInt(0, valid.length));
            int edits = data.consumeInt(0, 16);
            for (int i = 0; i < edits && bytes.length > 0; i++) {
                bytes[data.consumeInt(0, bytes.length - 1)] = data.consumeByte();
            }
        }
        Files.write(file, bytes);
        try {
            Article a = new ArticleLoader().read(file).article();
            assertThat(a.body()).isNotBlank();
            assertThat(a.id()).isEqualTo(ArticleId.of(a.body()));
        } catch (IngestException e) {
            assertThat(e.getMessage()).contains(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

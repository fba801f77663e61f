package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.ingest.TestDocuments;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportFormat;
import org.parallax.core.report.ReportWriter;

/**
 * Every file of the nasty corpus ({@code src/test/resources/reliability/nasty/}, made by {@code make-nasty.py},
 * plus bad PDF, .docx, e-mail and MHTML files and a 10 MB single-line file made here) goes through import, extraction, comparison with an ordinary article
 * and all four reports: nothing hangs (20 s bound per file, a guard against hangs, not a speed test), nothing
 * throws past the importer, a file that is not imported gets a message naming it, and the library stays
 * searchable.
 */
class NastyInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    static Path temp;

    private static Library library;
    private static Article ordinary;
    private static final Importer IMPORTER = new Importer(new ArticleLoader(), new Extractor());
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Comparer COMPARER = Comparer.create();

    @BeforeAll
    static void openLibrary() throws Exception {
        library = Library.open(temp.resolve("library"));
        Path normal = Files.writeString(temp.resolve("normal.txt"), Corpus.article(1, new java.util.Random(1)));
        IMPORTER.importPaths(library, List.of(normal), Progress.NONE, () -> false);
        ordinary = new ArticleLoader().load(normal);
    }

    @AfterAll
    static void closeLibrary() throws Exception {
        try {
            assertThat(library.search("council", 50)).isNotEmpty();
            assertThat(library.search("mayor AND budget", 50)).isNotEmpty();
            assertThat(library.list()).hasSize(library.size());
        } finally {
            library.close();
        }
        KillDuringImportTest.checkIndex(temp.resolve("library"));
    }

    @TestFactory
    Stream<DynamicTest> eachNastyFileImportsOrIsNamedAndNeverHangs() throws Exception {
        Path source = Path.of("src/test/resources/reliability/nasty");
        Path folder = Files.createDirectories(temp.resolve("nasty"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(source)) {
            for (Path p : list.sorted().toList()) {
                Path copy = Files.copy(p, folder.resolve(p.getFileName()));
                if (!copy.getFileName().toString().endsWith(".meta.json")) {
                    files.add(copy);
                }
            }
        }
        files.addAll(documents(folder));
        assertThat(files).hasSizeGreaterThan(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> assertTimeoutPreemptively(BOUND, () -> throughEverything(f))));
    }

    private static void throughEverything(Path file) throws Exception {
        ImportReport report = IMPORTER.importPaths(library, List.of(file), Progress.NONE, () -> false);
        assertThat(report.outcomes()).hasSize(1);
        ImportOutcome o = report.outcomes().get(0);
        if (o.status() == ImportOutcome.Status.SKIPPED) {
            assertThat(o.message()).as("a clear message naming the file").contains(file.toString())
                    .doesNotContain("Exception").hasSizeLessThan(300);
            System.out.printf("nasty %-28s skipped: %s%n", file.getFileName(), o.message());
            return;
        }
        LibraryEntry stored = library.get(o.articleId()).orElseThrow();
        Article a = stored.article();
        Extraction ex = EXTRACTOR.extract(a);
        assertThat(stored.extraction()).isEqualTo(ex);
        Comparison c = COMPARER.compare(List.of(a, ordinary), List.of(ex, EXTRACTOR.extract(ordinary.body())),
                Progress.NONE, () -> false);
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ReportWriter.toString(c, f)).isNotEmpty();
        }
        HtmlSafety.assertInert(ReportWriter.toString(c, ReportFormat.HTML));
        System.out.printf("nasty %-28s %s: %d chars, %d figures, %d quotes%n", file.getFileName(),
                o.status().toString().toLowerCase(java.util.Locale.ROOT), a.body().length(), ex.figures().size(),
                ex.quotes().size());
    }

    /**
     * Bad and odd documents of the formats read by a library (PDF, .docx, e-mail, MHTML), made here with the
     * libraries themselves (TestDocuments) rather than committed: encrypted, scanned, truncated, damaged, zip
     * bomb, not a zip, an old .doc, malformed MIME, a huge attachment, random bytes under each name.
     */
    private static List<Path> documents(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        java.util.Random random = new java.util.Random(13);
        byte[] pdf = TestDocuments.pdf("A release", TestDocuments.STORY);
        byte[] docx = TestDocuments.docx("A memo", TestDocuments.STORY);
        byte[] eml = TestDocuments.eml("desk@example.org", "Mon, 4 Nov 2024 08:00:00 +0000", "A wire",
                String.join("\n\n", TestDocuments.STORY),
                List.of(new TestDocuments.Attachment("a.pdf", "application/pdf", pdf)));
        java.util.Map<String, byte[]> made = new java.util.LinkedHashMap<>();
        made.put("doc-encrypted.pdf", TestDocuments.encryptedPdf());
        made.put("doc-scanned.pdf", TestDocuments.scannedPdf());
        made.put("doc-truncated.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2));
        made.put("doc-flipped-bytes.pdf", flip(pdf, random, 40));
        made.put("doc-header-only.pdf", "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        made.put("doc-zip-bomb.docx", TestDocuments.zipBombDocx(30));
        made.put("doc-not-a-zip.docx", "not a zip at all".getBytes(StandardCharsets.UTF_8));
        made.put("doc-truncated.docx", java.util.Arrays.copyOf(docx, docx.length / 2));
        made.put("doc-flipped-bytes.docx", flip(docx, random, 40));
        byte[] ole2 = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        made.put("doc-old-word.docx", ole2);
        made.put("doc-truncated.eml", java.util.Arrays.copyOf(eml, eml.length / 3));
        made.put("doc-flipped-bytes.eml", flip(eml, random, 60));
        made.put("doc-no-boundary.eml", ("Subject: x\r\nContent-Type: multipart/mixed; boundary=\"gone\"\r\n\r\n"
                + "--gone\r\nContent-Type: multipart/alternative; boundary=gone\r\n\r\n--gone\r\n")
                .repeat(200).getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[(int) ArticleLoader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        made.put("doc-huge-attachment.eml", TestDocuments.eml("desk@example.org", "Mon, 4 Nov 2024 08:00:00 +0000",
                "Big", String.join("\n\n", TestDocuments.STORY),
                List.of(new TestDocuments.Attachment("big.txt", "text/plain", huge))));
        made.put("doc-no-html.mhtml", ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: image/png\r\n\r\nxxxx\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String name : List.of("doc-random.pdf", "doc-random.docx", "doc-random.eml", "doc-random.mhtml")) {
            byte[] junk = new byte[4096];
            random.nextBytes(junk);
            made.put(name, junk);
        }
        for (java.util.Map.Entry<String, byte[]> e : made.entrySet()) {
            out.add(Files.write(folder.resolve(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static byte[] flip(byte[] bytes, java.util.Random random, int count) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < count; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    @org.junit.jupiter.api.Test
    void aTenMegabyteSingleLineIsRefusedByNameWithoutHanging() throws Exception {
        Path file = longLine(Files.createDirectories(temp.resolve("long")).resolve("long-line-10mb.txt"));
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> new ArticleLoader().load(file))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("long-line-10mb.txt").contains("refuses it rather than cut it");
                }));
    }

    @org.junit.jupiter.api.Test
    void aTenMegabyteSingleLineGoesThroughEverything() throws Exception {
        Path file = longLine(Files.createDirectories(temp.resolve("long2")).resolve("long-line-10mb.txt"));
        assertTimeoutPreemptively(BOUND, () -> throughEverything(file));
    }

    /** About 10 MB of words on one line, under the 16 MB import limit. */
    private static Path longLine(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String chunk = "the council said 12 million euros were spent, \u201Cnot enough\u201D, the mayor said ";
            for (long written = 0; written < 10L * 1024 * 1024; written += chunk.length()) {
                w.write(chunk);
            }
        }
        return file;
    }
}

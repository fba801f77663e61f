package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.core.ingest.TestDocuments.STORY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.ingest.IngestException.Reason;
import org.parallax.core.ingest.TestDocuments.Attachment;

/**
 * PDF, Word .docx, e-mail and MHTML files, made by the test with the libraries that read them: each reads to the
 * article's paragraphs and metadata, and each kind of bad file becomes one named message (the timeouts only
 * guard against a hang; speed is measured elsewhere).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DocumentFormatsTest {

    private static final String TITLE = "Tram line to open two years late";

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static List<String> paragraphs(Article a) {
        return Arrays.asList(a.body().split("\n\n"));
    }

    private IngestException refused(Path file, Reason reason) {
        IngestException[] caught = new IngestException[1];
        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(IngestException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(file.toString());
            caught[0] = e;
        });
        return caught[0];
    }

    // ------------------------------------------------------------------------------------------- PDF

    @Test
    void pdfReadsToItsParagraphsWithLinesJoined() throws Exception {
        Article a = loader.load(write("release.pdf", TestDocuments.pdf(TITLE, STORY)));
        assertThat(a.format()).isEqualTo(Format.PDF);
        assertThat(paragraphs(a)).containsAll(STORY);
        assertThat(a.metadata().title()).isEqualTo(TITLE);
        assertThat(a.language()).isEqualTo("eng");
    }

    @Test
    void pdfTitlePropertyThatIsAFileNameIsNotTheTitle() throws Exception {
        Article a = loader.load(write("release.pdf", TestDocuments.pdf("Microsoft Word - release_final.docx", STORY)));
        assertThat(a.metadata().title()).isNotEqualTo("Microsoft Word - release_final.docx");
    }

    @Test
    void encryptedPdfIsRefusedNamingThePassword() throws Exception {
        IngestException e = refused(write("locked.pdf", TestDocuments.encryptedPdf()), Reason.ENCRYPTED);
        assertThat(e.getMessage()).contains("password");
    }

    @Test
    void scannedPdfSaysThereIsNoTextAndNoOcr() throws Exception {
        IngestException e = refused(write("scan.pdf", TestDocuments.scannedPdf()), Reason.NO_TEXT);
        assertThat(e.getMessage()).contains("no text; OCR is not supported").contains("2 pages");
    }

    @Test
    void damagedPdfIsRefusedAsDamaged() throws Exception {
        byte[] junk = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "garbage garbage \u0001\u0002 xref nonsense trailer << /Root 9 0 R >>\n%%EOF")
                .getBytes(StandardCharsets.ISO_8859_1);
        IngestException e = refused(write("broken.pdf", junk), Reason.DAMAGED);
        assertThat(e.getMessage()).contains("not a readable PDF");
    }

    @Test
    void truncatedPdfIsReadAsFarAsItGoesOrRefused() throws Exception {
        byte[] whole = TestDocuments.pdf(TITLE, STORY);
        Path file = write("cut.pdf", Arrays.copyOf(whole, whole.length / 2));
        try {
            Article a = loader.load(file);
            assertThat(a.body()).isNotBlank();
        } catch (IngestException e) {
            assertThat(e.reason()).isIn(Reason.DAMAGED, Reason.NO_TEXT);
            assertThat(e.getMessage()).contains(file.toString());
        }
    }

    @Test
    void textNamedPdfIsDamaged() throws Exception {
        refused(write("notes.pdf", "just some words, not a PDF".getBytes(StandardCharsets.UTF_8)), Reason.DAMAGED);
    }

    // ------------------------------------------------------------------------------------------- Word

    @Test
    void docxReadsToItsParagraphsAndTitle() throws Exception {
        Article a = loader.load(write("story.docx", TestDocuments.docx(TITLE, STORY)));
        assertThat(a.format()).isEqualTo(Format.DOCX);
        assertThat(paragraphs(a)).containsAll(STORY);
        assertThat(a.metadata().title()).isEqualTo(TITLE);
    }

    @Test
    void docxThatIsNotAZipIsRefused() throws Exception {
        IngestException e = refused(write("story.docx", "plain words".getBytes(StandardCharsets.UTF_8)), Reason.DAMAGED);
        assertThat(e.getMessage()).contains("not a zip");
    }

    @Test
    void zipBombDocxIsRefused() throws Exception {
        IngestException e = refused(write("bomb.docx", TestDocuments.zipBombDocx(40)), Reason.DAMAGED);
        assertThat(e.getMessage()).contains("zip bomb");
    }

    @Test
    void oldWordDocNamedDocxIsRefusedWithTheRemedy() throws Exception {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        IngestException e = refused(write("old.docx", ole2), Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains(".doc").contains("save it as .docx");
    }

    @Test
    void zipThatIsNotAWordDocumentIsRefused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        refused(write("archive.docx", bytes.toByteArray()), Reason.DAMAGED);
    }

    // ------------------------------------------------------------------------------------------- e-mail

    @Test
    void emailGivesItsTextAttachmentsAndHeaders() throws Exception {
        List<String> attached = List.of(
                "The audit office report says the contracts for the depot were signed before the design was finished.",
                "It recommends that the council publish every change to the tram contracts within thirty days.");
        byte[] mail = TestDocuments.eml("\"Desk, City\" <city.desk@example.org>", "Tue, 5 Nov 2024 23:30:00 -0500",
                "=?UTF-8?Q?Tram_line_to_open_two_years_late_=E2=80=93_audit?=",
                String.join("\n\n", STORY),
                List.of(new Attachment("audit.pdf", "application/pdf", TestDocuments.pdf("Audit", List.of(attached.get(0)))),
                        new Attachment("memo.docx",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                TestDocuments.docx(null, List.of(attached.get(1)))),
                        new Attachment("photo.jpg", "image/jpeg", new byte[] {1, 2, 3})));
        ArticleLoader.Loaded loaded = loader.read(write("wire.eml", mail));
        Article a = loaded.article();
        assertThat(a.format()).isEqualTo(Format.EMAIL);
        assertThat(paragraphs(a)).containsAll(STORY).containsAll(attached);
        assertThat(a.metadata().title()).isEqualTo("Tram line to open two years late \u2013 audit");
        assertThat(a.metadata().byline()).isEqualTo("Desk, City");
        // the sender's own day, not the UTC one (2024-11-06 04:30 UTC)
        assertThat(a.metadata().published()).isEqualTo(LocalDate.of(2024, 11, 5));
        assertThat(a.furniture()).contains("Attachment: audit.pdf", "Attachment: memo.docx");
        assertThat(loaded.notes()).isEmpty();
    }

    @Test
    void emailWithAHugeAttachmentIsImportedWithoutIt() throws Exception {
        byte[] huge = new byte[(int) ArticleLoader.MAX_FILE_BYTES + 1024];
        Arrays.fill(huge, (byte) 'x');
        byte[] mail = TestDocuments.eml("news@example.org", "Mon, 4 Nov 2024 08:00:00 +0000", TITLE,
                String.join("\n\n", STORY), List.of(new Attachment("dump.txt", "text/plain", huge)));
        ArticleLoader.Loaded loaded = loader.read(write("big.eml", mail));
        assertThat(paragraphs(loaded.article())).containsExactlyElementsOf(STORY);
        assertThat(loaded.notes()).singleElement().asString().contains("dump.txt").contains("larger than 16 MB");
    }

    @Test
    void emailWithABrokenAttachmentIsImportedWithANote() throws Exception {
        byte[] mail = TestDocuments.eml("news@example.org", "Mon, 4 Nov 2024 08:00:00 +0000", TITLE,
                String.join("\n\n", STORY), List.of(new Attachment("scan.pdf", "application/pdf", TestDocuments.scannedPdf())));
        ArticleLoader.Loaded loaded = loader.read(write("with-scan.eml", mail));
        assertThat(paragraphs(loaded.article())).containsExactlyElementsOf(STORY);
        assertThat(loaded.notes()).singleElement().asString().contains("scan.pdf").contains("OCR is not supported");
    }

    @Test
    void emailWithMalformedMimeStillGivesItsText() throws Exception {
        // a multipart message whose boundary never comes, a header line without a colon, a bad encoded word
        String mail = "From: =?UTF-8?B?broken?= <a@example.org>\r\nSubject: " + TITLE + "\r\nthis is not a header\r\n"
                + "Date: yesterday-ish\r\nContent-Type: multipart/mixed; boundary=\"never\"\r\n\r\n"
                + String.join("\r\n\r\n", STORY) + "\r\n";
        Article a = loader.load(write("odd.eml", mail.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.body()).contains(STORY.get(1));
        assertThat(a.metadata().published()).isNull();
    }

    @Test
    void binaryJunkNamedEmlIsRefusedByName() throws Exception {
        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        Path file = write("junk.eml", junk);
        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(IngestException.class,
                e -> assertThat(e.getMessage()).contains(file.toString()));
    }

    // ------------------------------------------------------------------------------------------- MHTML

    @Test
    void mhtmlIsReadAsItsHtmlPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>" + TITLE + " | City News</title>"
                + "<meta property=\"og:title\" content=\"" + TITLE + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/city\">City</a></nav><article><h1>" + TITLE + "</h1>"
                + STORY.stream().map(p -> "<p>" + p + "</p>").reduce("", String::concat)
                + "</article><footer>Copyright City News</footer></body></html>";
        Article a = loader.load(write("page.mhtml", TestDocuments.mhtml(TITLE, "https://example.org/tram", html)));
        assertThat(a.format()).isEqualTo(Format.MHTML);
        assertThat(paragraphs(a)).containsAll(STORY);
        assertThat(a.metadata().title()).isEqualTo(TITLE);
        assertThat(a.metadata().url()).isEqualTo("https://example.org/tram");
    }

    @Test
    void theFolderSavedBesideAPageIsNamedForWhatItIs() throws Exception {
        write("Story.html", "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Path folder = Files.createDirectories(dir.resolve("Story_files"));
        IngestException e = refused(folder, Reason.UNSUPPORTED);
        assertThat(e.getMessage()).contains("saved with a web page").contains(".html");
    }
}

package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

/** Bad inputs each become a named IngestException; encodings decode to the same text. */
class ArticleLoaderTest {

    private static final String STORY = "Officials said on Monday that the new bridge would open in the spring,"
            + " two years later than planned.\n\nThe delay added about 12 million euros to the cost, according"
            + " to the regional audit office.\n";

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private void assertRefused(Path file, Reason reason) {
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(file.getFileName().toString());
                });
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        assertRefused(write("empty.txt", new byte[0]), Reason.EMPTY);
    }

    @Test
    void whitespaceOnlyFileIsEmpty() throws IOException {
        assertRefused(write("blank.txt", " \n\t\r\n  \n".getBytes(StandardCharsets.UTF_8)), Reason.EMPTY);
    }

    @Test
    void pngRenamedTxtIsBinary() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(write("photo.txt", png), Reason.BINARY);
    }

    @Test
    void nulBytesAreBinary() throws IOException {
        assertRefused(write("data.txt", "some text\0\0\0 more".getBytes(StandardCharsets.US_ASCII)), Reason.BINARY);
    }

    @Test
    void fiftyMegabyteFileIsTooLargeAndNotRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: all NUL, so reading it would give BINARY instead
        }
        assertRefused(big, Reason.TOO_LARGE);
    }

    @Test
    void invalidUtf8InUtf8FileIsMisEncodedWithOffset() throws IOException {
        byte[] good = "Café opens — ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // a Latin-1 é inside a UTF-8 file
        bytes[good.length + 1] = 'x';
        Path file = write("mixed.txt", bytes);
        assertRefused(file, Reason.MIS_ENCODED);
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("byte " + good.length);
    }

    @Test
    void windows1252WithCurlyQuotesIsDecoded() throws Exception {
        String text = "\u201CWe will not stop,\u201D the minister told the caf\u00E9 owners on Tuesday evening in"
                + " the old town hall.\n\nShe said the plan \u2013 which costs 40 million \u2013 is final.\n";
        Article a = loader.load(write("legacy.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertThat(a.body()).contains("\u201CWe will not stop,\u201D").contains("caf\u00E9").contains("\u2013");
    }

    @Test
    void latin1WithAccentsIsDecoded() throws Exception {
        String text = "Les élèves ont manifesté à Montréal lundi, selon la police qui a compté des milliers"
                + " de personnes.\n";
        Article a = loader.load(write("fr.txt", text.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(a.body()).isEqualTo(text.strip());
    }

    @Test
    void utf8WithAndWithoutBomAndUtf16WithBomGiveTheSameBody() throws Exception {
        String text = "\u201CThe talks failed,\u201D said Zoë Müller, who led the delegation to Brussels on"
                + " Friday.\n\nNo new date was set.\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        Article plain = loader.load(write("plain.txt", utf8));
        assertThat(plain.body()).startsWith("\u201CThe talks failed,\u201D said Zoë Müller");
        for (Path p : List.of(write("bom.txt", bom8), write("le.txt", le), write("be.txt", be))) {
            Article a = loader.load(p);
            assertThat(a.body()).as(p.toString()).isEqualTo(plain.body());
            assertThat(a.id()).isEqualTo(plain.id());
        }
    }

    @Test
    void htmlScriptsAreDroppedAndNothingIsFetched() throws Exception {
        String html = "<html><head><script>var SECRET = 'tracking';</script></head><body><article>"
                + "<img src=\"http://unreachable.invalid/pixel.png\">"
                + "<p>The council approved the budget on Tuesday after a debate that lasted well into the night.</p>"
                + "<script>document.write('SECRET2')</script>"
                + "<p>Opposition members said the spending plan left too little for the city's libraries.</p>"
                + "</article></body></html>";
        Article a = loader.load(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.body()).doesNotContain("SECRET").doesNotContain("unreachable")
                .startsWith("The council approved").endsWith("city's libraries.");
        assertThat(a.body()).contains(".\n\nOpposition");
        assertThat(a.format()).isEqualTo(Format.HTML);
    }

    @Test
    void htmlWithoutArticleTextIsNoText() throws IOException {
        String html = "<html><body><nav><a href='/'>Home</a></nav><script>x()</script><footer></footer></body></html>";
        assertRefused(write("menu.html", html.getBytes(StandardCharsets.UTF_8)), Reason.NO_TEXT);
    }

    @Test
    void vanishedFileIsUnreadable() throws Exception {
        Path file = write("gone.txt", STORY.getBytes(StandardCharsets.UTF_8));
        List<Path> files = ArticleFiles.collect(List.of(dir));
        assertThat(files).contains(file);
        Files.delete(file);
        assertRefused(file, Reason.UNREADABLE);
        assertThatThrownBy(() -> loader.load(file)).hasMessageContaining("no longer exists");
    }

    @Test
    void unreadableFileIsUnreadable() throws Exception {
        Path file = write("secret.txt", STORY.getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeThat(false).as("no POSIX permissions on this file system").isTrue();
        }
        assumeThat(Files.isReadable(file)).as("running as root: a chmod 000 file is still readable").isFalse();
        assertRefused(file, Reason.UNREADABLE);
    }

    @Test
    void unsupportedExtensionIsUnsupported() throws IOException {
        assertRefused(write("figures.xlsx", STORY.getBytes(StandardCharsets.UTF_8)), Reason.UNSUPPORTED);
    }

    @Test
    void bodyIsNormalised() throws Exception {
        String text = "   First  paragraph\twith\u00A0\u00A0odd   spacing and a \u201Cquote\u201D \u2014 kept as written.  \r\n"
                + " \r\n\r\n\r\n   \u00A0  \n  Second paragraph, after blank lines that hold only white space here.\n";
        Article a = loader.load(write("spaces.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.body()).isEqualTo("First paragraph with odd spacing and a \u201Cquote\u201D \u2014 kept as written."
                + "\n\nSecond paragraph, after blank lines that hold only white space here.");
    }

    @Test
    void sidecarWinsOverInferredMetadata() throws Exception {
        Path file = write("story.txt", ("Bridge opening delayed again\nby Ana Silva\n\n" + STORY)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(loader.load(file).metadata().byline()).isEqualTo("Ana Silva");
        Sidecar.write(file, new Metadata(null, "Daily Example", "A. Silva", null, null, LocalDate.of(2024, 5, 2), null));
        Metadata m = loader.load(file).metadata();
        assertThat(m.outlet()).isEqualTo("Daily Example");
        assertThat(m.byline()).isEqualTo("A. Silva");
        assertThat(m.title()).isEqualTo("Bridge opening delayed again");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void badSidecarIsRefusedByName() throws Exception {
        Path file = write("story.txt", STORY.getBytes(StandardCharsets.UTF_8));
        Files.writeString(Sidecar.pathFor(file), "{\"outlet\": \"X\",,}");
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOfSatisfying(IngestException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).contains("story.meta.json").contains("JSON");
                });
    }

    /** A copyright line names the outlet only when it names someone: "© 2024 All rights reserved." does not. */
    @Test
    void aCopyrightLineWithoutAHolderNamesNoOutlet() {
        Article bare = loader.fromText("Bridge opening delayed again\n\n" + STORY + "\n\nRelated Links\n© 2024 All rights reserved.",
                null, "pasted text");
        assertThat(bare.metadata().outlet()).isNull();
        Article named = loader.fromText("Bridge opening delayed again\n\n" + STORY + "\n\nRelated Links\n© 2024 Harbour Times. All rights reserved.",
                null, "pasted text");
        assertThat(named.metadata().outlet()).isEqualTo("Harbour Times");
    }

    @Test
    void pastedTextUsesGivenMetadataFirst() {
        Article a = loader.fromText("Bridge opening delayed again\nby Ana Silva\n\n" + STORY,
                new Metadata(null, "Daily Example", null, null, null, null, null), "pasted text");
        assertThat(a.metadata().outlet()).isEqualTo("Daily Example");
        assertThat(a.metadata().byline()).isEqualTo("Ana Silva");
        assertThat(a.source()).isEqualTo("pasted text");
        assertThat(a.format()).isEqualTo(Format.TEXT);
        assertThat(a.body()).startsWith("Officials said on Monday");
        assertThatThrownBy(() -> loader.fromText("  \n ", null, "pasted text"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportOutcome.Status;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.ingest.TestDocuments;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * A folder of good and bad files imported into a real library: every bad file is skipped with a message naming
 * it, every good one is imported, and the library stays intact and searchable.
 */
class ImporterTest {

    @TempDir
    Path temp;

    private final Importer importer = new Importer(new ArticleLoader(), new Extractor());

    private static String story(String place, int n) {
        return "The council of " + place + " approved a budget of " + n + " million euros on Tuesday, officials said.\n\n"
                + "\u201CThis plan protects the libraries,\u201D the mayor of " + place + " told reporters after the vote.\n\n"
                + "About " + (n * 10) + " jobs depend on the plan, according to the regional audit office.\n";
    }

    private Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void badFilesAreNamedAndSkippedWhileTheOthersImport() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        write(in, "a-good.txt", story("Bergen", 12).getBytes(StandardCharsets.UTF_8));
        write(in, "b-empty.txt", new byte[0]);
        write(in, "c-picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        try (RandomAccessFile raf = new RandomAccessFile(in.resolve("d-huge.txt").toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        byte[] utf8 = story("Tromsø", 3).getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, broken, 0, utf8.length);
        broken[utf8.length] = (byte) 0xE9;
        write(in, "e-broken-utf8.txt", broken);
        write(in, "f-windows-1252.txt", story("Malmö", 7).getBytes(Charset.forName("windows-1252")));
        write(in, "g-page.html", ("<html><head><script>steal()</script></head><body><nav>Home | World</nav><article>"
                + "<img src=\"https://tracker.invalid/pixel.gif\"><p>" + story("Odense", 5).replace("\n\n", "</p><p>")
                + "</p></article><iframe src=\"https://ads.invalid/\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8));
        Path vanishing = write(in, "h-vanishing.txt", story("Turku", 9).getBytes(StandardCharsets.UTF_8));
        Path locked = write(in, "i-unreadable.txt", story("Aarhus", 4).getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean lockedIsReadable = Files.isReadable(locked); // true when the tests run as root

        // the vanishing file disappears once the import has listed the files, before it reads them (files are
        // read a few ahead of the one being stored, so "midway" would be too late for it)
        Progress deleteMidway = (done, total, message) -> {
            if (done == 0) {
                try {
                    Files.deleteIfExists(vanishing);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        try (Library library = Library.open(temp.resolve("library"))) {
            ImportReport report = importer.importPaths(library, List.of(in), deleteMidway, Cancellation.NEVER);
            Map<String, ImportOutcome> byName = report.outcomes().stream()
                    .collect(Collectors.toMap(o -> o.file().getFileName().toString(), Function.identity()));

            assertThat(byName.get("a-good.txt").status()).isEqualTo(Status.IMPORTED);
            assertThat(byName.get("f-windows-1252.txt").status()).isEqualTo(Status.IMPORTED);
            assertThat(byName.get("g-page.html").status()).isEqualTo(Status.IMPORTED);
            for (String bad : List.of("b-empty.txt", "c-picture.txt", "d-huge.txt", "e-broken-utf8.txt", "h-vanishing.txt")) {
                ImportOutcome o = byName.get(bad);
                assertThat(o.status()).as(bad).isEqualTo(Status.SKIPPED);
                assertThat(o.message()).as(bad).contains(bad);
            }
            assertThat(byName.get("i-unreadable.txt").status())
                    .isEqualTo(lockedIsReadable ? Status.IMPORTED : Status.SKIPPED);

            assertThat(library.search("Malmö", 10)).hasSize(1);
            assertThat(library.search("Odense AND libraries", 10)).hasSize(1);
            assertThat(library.search("steal OR tracker OR Home", 10)).isEmpty();
            assertThat(library.get(byName.get("f-windows-1252.txt").articleId()).orElseThrow().article().body())
                    .contains("\u201CThis plan protects the libraries,\u201D");
            assertThat(library.size()).isEqualTo(lockedIsReadable ? 4 : 3);
        }
        // the library is intact: it reopens with the same articles, and figures were stored at import
        try (Library reopened = Library.openReadOnly(temp.resolve("library"))) {
            assertThat(reopened.list()).hasSize(lockedIsReadable ? 4 : 3)
                    .allSatisfy(e -> assertThat(e.extraction().figures()).isNotEmpty());
        }
    }

    @Test
    void reimportGivesDuplicatesAndMissingPathsAreNamed() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        write(in, "one.txt", story("Kiel", 2).getBytes(StandardCharsets.UTF_8));
        write(in, "same-as-one.md", story("Kiel", 2).getBytes(StandardCharsets.UTF_8));
        try (Library library = Library.open(temp.resolve("library"))) {
            ImportReport first = importer.importPaths(library, List.of(in, temp.resolve("nowhere")), Progress.NONE,
                    Cancellation.NEVER);
            assertThat(first.count(Status.IMPORTED)).isEqualTo(1);
            assertThat(first.count(Status.DUPLICATE)).isEqualTo(1);
            assertThat(first.skipped()).singleElement()
                    .satisfies(o -> assertThat(o.message()).contains("nowhere").contains("does not exist"));
            assertThat(library.size()).isEqualTo(1);
        }
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasImported() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < 6; i++) {
            write(in, "story-" + i + ".txt", story("Town" + (char) ('A' + i), i + 1).getBytes(StandardCharsets.UTF_8));
        }
        AtomicInteger done = new AtomicInteger();
        try (Library library = Library.open(temp.resolve("library"))) {
            ImportReport report = importer.importPaths(library, List.of(in), (d, total, m) -> done.set((int) d),
                    () -> done.get() >= 2);
            assertThat(report.cancelled()).isTrue();
            assertThat(report.outcomes()).hasSize(2);
            assertThat(library.size()).isEqualTo(2);
        }
    }

    @Test
    void manyWorkersStoreWhatOneWorkerStores() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        for (int i = 0; i < 230; i++) {
            // every tenth file repeats an earlier one's text: a duplicate whichever worker reads it first
            int n = i % 10 == 9 ? i - 5 : i;
            write(in, String.format("story-%03d.txt", i), story("Town " + n, n + 1).getBytes(StandardCharsets.UTF_8));
        }
        write(in, "story-100-empty.txt", new byte[0]);
        List<List<String>> outcomes = new java.util.ArrayList<>();
        List<List<String>> stored = new java.util.ArrayList<>();
        for (int workers : new int[] {1, 4}) {
            Importer parallel = new Importer(new ArticleLoader(), new Extractor(), workers, 50);
            try (Library library = Library.open(temp.resolve("library-" + workers))) {
                ImportReport report = parallel.importPaths(library, List.of(in), Progress.NONE, Cancellation.NEVER);
                outcomes.add(report.outcomes().stream()
                        .map(o -> o.file().getFileName() + " " + o.status() + " " + o.articleId()).toList());
                stored.add(library.list().stream()
                        .map(e -> e.id() + " " + e.article().source()
                                + " " + e.extraction())
                        .sorted().toList());
            }
        }
        assertThat(outcomes.get(0)).hasSize(231).filteredOn(o -> o.contains("DUPLICATE")).hasSize(23);
        assertThat(outcomes.get(1)).as("same outcomes, in file order").isEqualTo(outcomes.get(0));
        assertThat(stored.get(1)).as("same articles and extractions").hasSize(207).isEqualTo(stored.get(0));
    }

    @Test
    void aSidecarWithAMonthImportsTheArticleUndatedWithAWarning() throws Exception {
        Path in = Files.createDirectories(temp.resolve("month"));
        write(in, "story.txt", story("Narvik", 7).getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("story.meta.json"), "{\"outlet\": \"Fjord Post\", \"published\": \"2023-09\"}");
        try (Library library = Library.open(temp.resolve("library-month"))) {
            ImportReport report = importer.importPaths(library, List.of(in), Progress.NONE, Cancellation.NEVER);
            assertThat(report.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(Status.IMPORTED);
                assertThat(o.message()).contains("story.meta.json", "2023-09", "without a date");
            });
            LibraryEntry e = library.get(report.outcomes().get(0).articleId()).orElseThrow();
            assertThat(e.article().metadata().outlet()).isEqualTo("Fjord Post");
            assertThat(e.article().metadata().published()).isNull();
        }
    }

    @Test
    void everyFileOfAFolderGetsALineAndTheNewFormatsImport() throws Exception {
        Path in = Files.createDirectories(temp.resolve("formats"));
        write(in, "a-story.txt", story("Bergen", 12).getBytes(StandardCharsets.UTF_8));
        write(in, "b-release.pdf", TestDocuments.pdf("Budget approved in Tromsø",
                List.of(story("Tromsø", 3).strip().split("\n\n"))));
        write(in, "c-memo.docx", TestDocuments.docx("Budget approved in Malmö", List.of(story("Malmö", 7).strip().split("\n\n"))));
        write(in, "d-wire.eml", TestDocuments.eml("Wire Desk <wire@example.org>", "Wed, 6 Nov 2024 09:15:00 +0100",
                "Budget approved in Odense", story("Odense", 5), List.of()));
        write(in, "e-scan.pdf", TestDocuments.scannedPdf());
        write(in, "f-bomb.docx", TestDocuments.zipBombDocx(30));
        write(in, "g-figures.xlsx", new byte[] {'P', 'K', 3, 4});
        write(in, "README", "notes for the desk".getBytes(StandardCharsets.UTF_8));
        write(in, "h-tram.txt", ("Le conseil municipal a annoncé mardi que la nouvelle ligne de tramway ouvrira au printemps,"
                + " avec deux ans de retard.\n\nLe surcoût atteint 71,4 millions d'euros selon la Cour des comptes"
                + " régionale, qui a publié son rapport cette semaine.\n").getBytes(StandardCharsets.UTF_8));

        Map<String, ImportOutcome> byName;
        try (Library library = Library.open(temp.resolve("library"))) {
            ImportReport report = importer.importPaths(library, List.of(in), Progress.NONE, Cancellation.NEVER);
            byName = report.outcomes().stream()
                    .collect(Collectors.toMap(o -> o.file().getFileName().toString(), Function.identity()));
            assertThat(byName).hasSize(9);
            assertThat(report.count(Status.IMPORTED)).isEqualTo(5);
            assertThat(report.count(Status.SKIPPED)).isEqualTo(4);

            assertThat(byName.get("e-scan.pdf").message()).contains("no text; OCR is not supported");
            assertThat(byName.get("f-bomb.docx").message()).contains("zip bomb");
            assertThat(byName.get("g-figures.xlsx").message()).contains("not a format Parallax reads");
            assertThat(byName.get("README").message()).contains("not a format Parallax reads");

            LibraryEntry pdf = library.get(byName.get("b-release.pdf").articleId()).orElseThrow();
            assertThat(pdf.article().metadata().title()).isEqualTo("Budget approved in Tromsø");
            assertThat(pdf.extraction().figures()).isNotEmpty();
            LibraryEntry mail = library.get(byName.get("d-wire.eml").articleId()).orElseThrow();
            assertThat(mail.article().metadata().byline()).isEqualTo("Wire Desk");
            assertThat(mail.article().metadata().published()).hasToString("2024-11-06");

            ImportOutcome french = byName.get("h-tram.txt");
            assertThat(french.status()).isEqualTo(Status.IMPORTED);
            assertThat(french.message()).contains("French").contains("English text only");
            LibraryEntry tram = library.get(french.articleId()).orElseThrow();
            assertThat(tram.article().language()).isEqualTo("fra");
            assertThat(tram.extraction()).isEqualTo(org.parallax.core.extract.Extraction.EMPTY);
            assertThat(library.search("tramway", 5)).extracting(h -> h.entry().id()).containsExactly(french.articleId());
            assertThat(byName.get("a-story.txt").message()).isNull();
        }
    }

    @Test
    void aFolderOfOnlyUnreadableFormatsSaysWhyForEachFile() throws Exception {
        Path in = Files.createDirectories(temp.resolve("others"));
        write(in, "photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        write(in, "sheet.xlsx", new byte[] {'P', 'K', 3, 4});
        try (Library library = Library.open(temp.resolve("library"))) {
            ImportReport report = importer.importPaths(library, List.of(in), Progress.NONE, Cancellation.NEVER);
            assertThat(report.outcomes()).hasSize(2).allSatisfy(o -> {
                assertThat(o.status()).isEqualTo(Status.SKIPPED);
                assertThat(o.message()).contains(o.file().toString()).contains("not a format Parallax reads")
                        .contains(".pdf").contains(".docx").contains(".eml");
            });
        }
    }
}

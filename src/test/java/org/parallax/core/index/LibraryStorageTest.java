package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;
import org.parallax.core.index.MetadataEdit.Field;

/** The library's folder: schema versions, locking, read-only readers, damage, batches, threads. */
class LibraryStorageTest {

    @TempDir
    Path temp;

    private static Reason reason(Throwable e) {
        return ((LibraryException) e).reason();
    }

    private void fillWithSeeds(Path dir) throws LibraryException {
        try (Library library = Library.open(dir); Batch batch = library.batch()) {
            for (Article a : TestArticles.seeds()) {
                batch.add(a, Extraction.EMPTY);
            }
        }
    }

    // ---------------------------------------------------------------------------------------- what the folder is

    @Test
    void anEmptyFolderBecomesALibrary() throws Exception {
        Files.createFile(temp.resolve(".DS_Store"));
        try (Library library = Library.open(temp)) {
            assertThat(library.size()).isZero();
        }
        assertThat(TestIndexes.commitData(temp)).containsEntry(LocalLibrary.SCHEMA_KEY, Integer.toString(LocalLibrary.SCHEMA_VERSION));
    }

    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "my notes");
        Map<String, String> before = TestIndexes.snapshot(temp);
        assertThatThrownBy(() -> Library.open(temp))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining(temp.toString()).hasMessageContaining("not a Parallax library")
                .hasMessageContaining("--library")
                .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.NOT_A_LIBRARY));
        assertThatThrownBy(() -> Library.openReadOnly(temp)).isInstanceOf(LibraryException.class);
        assertThat(TestIndexes.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aFileIsNotALibrary() throws Exception {
        Path file = Files.writeString(temp.resolve("library"), "x");
        assertThatThrownBy(() -> Library.open(file)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("is a file").satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.NOT_A_LIBRARY));
    }

    @Test
    void aLuceneIndexMadeByAnotherProgramIsRefused() throws Exception {
        TestIndexes.setCommitData(temp, Map.of("made.by", "someone else"));
        Map<String, String> before = TestIndexes.snapshot(temp);
        assertThatThrownBy(() -> Library.open(temp)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("Parallax did not make")
                .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.NOT_A_LIBRARY));
        assertThat(TestIndexes.snapshot(temp)).isEqualTo(before);
    }

    // ---------------------------------------------------------------------------------------- schema

    @Test
    void aLibraryFromANewerParallaxIsRefusedAndLeftAlone() throws Exception {
        fillWithSeeds(temp);
        TestIndexes.setCommitData(temp, Map.of(LocalLibrary.SCHEMA_KEY, Integer.toString(LocalLibrary.SCHEMA_VERSION + 1), LocalLibrary.VERSION_KEY, "9.0"));
        Map<String, String> before = TestIndexes.snapshot(temp);
        for (var opener : List.<Opener>of(Library::open, Library::openReadOnly)) {
            assertThatThrownBy(() -> opener.open(temp)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("newer Parallax").hasMessageContaining("update Parallax")
                    .hasMessageContaining("--library")
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.NEWER_SCHEMA));
        }
        assertThat(TestIndexes.snapshot(temp)).isEqualTo(before);
    }

    @Test
    void aLibraryFromAnOlderParallaxIsUpgradedWhenOpenedForWriting() throws Exception {
        List<LibraryEntry> before;
        try (Library library = Library.open(temp)) {
            for (Article a : TestArticles.seeds()) {
                library.add(a, TestArticles.randomExtraction(new Random(1), a.body()));
            }
            library.edit(TestArticles.seeds().get(0).id(), MetadataEdit.none().set(Field.OUTLET, "UPI"));
            before = library.list();
        }
        TestIndexes.setCommitData(temp, Map.of(LocalLibrary.SCHEMA_KEY, "0"));
        // the upgrade detects the language of articles stored without one: the seeds are English
        before = before.stream().map(e -> new LibraryEntry(e.article().withLanguage("eng"), e.imported(), e.edits(),
                e.importedAt(), e.extraction())).toList();

        assertThatThrownBy(() -> Library.openReadOnly(temp)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("older Parallax").hasMessageContaining("upgrade")
                .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.OLDER_SCHEMA));

        try (Library library = Library.open(temp)) {
            assertThat(library.list()).isEqualTo(before);
            assertThat(library.search("outlet:upi", 5)).hasSize(1);
        }
        assertThat(TestIndexes.commitData(temp)).containsEntry(LocalLibrary.SCHEMA_KEY, Integer.toString(LocalLibrary.SCHEMA_VERSION));
        try (Library library = Library.openReadOnly(temp)) {
            assertThat(library.list()).isEqualTo(before);
        }
    }

    @Test
    void upgradeDetectsLanguagesAndDropsTheEnglishRulesExtractionOfOtherLanguages() throws Exception {
        Article english = TestArticles.seeds().get(0);
        Article french = Article.of(Metadata.EMPTY.withTitle("Le tramway ouvrira avec deux ans de retard"),
                "Le conseil municipal a annoncé mardi que la nouvelle ligne de tramway ouvrira au printemps, avec deux"
                        + " ans de retard. Le surcoût atteint 71,4 millions d'euros selon la Cour des comptes.",
                List.of(), "tram.txt", org.parallax.core.article.Format.TEXT);
        try (Library library = Library.open(temp)) {
            library.add(english, TestArticles.randomExtraction(new Random(1), english.body()));
            library.add(french, TestArticles.randomExtraction(new Random(2), french.body()));
            assertThat(library.get(french.id()).orElseThrow().extraction()).isNotEqualTo(Extraction.EMPTY);
        }
        TestIndexes.setCommitData(temp, Map.of(LocalLibrary.SCHEMA_KEY, "2"));

        // read-only, a format-2 library opens as it is: the languages are unknown until it is upgraded
        try (Library library = Library.openReadOnly(temp)) {
            assertThat(library.list()).hasSize(2).allSatisfy(e -> assertThat(e.article().language()).isNull());
        }
        try (Library library = Library.open(temp)) {
            LibraryEntry en = library.get(english.id()).orElseThrow();
            LibraryEntry fr = library.get(french.id()).orElseThrow();
            assertThat(en.article().language()).isEqualTo("eng");
            assertThat(en.extraction()).isNotEqualTo(Extraction.EMPTY);
            assertThat(fr.article().language()).isEqualTo("fra");
            assertThat(fr.extraction()).isEqualTo(Extraction.EMPTY);
            assertThat(library.search("language:fra", 5)).extracting(h -> h.entry().id()).containsExactly(french.id());
            assertThat(library.search("tramway", 5)).extracting(h -> h.entry().id()).containsExactly(french.id());
        }
    }

    @FunctionalInterface
    private interface Opener {
        Library open(Path dir) throws LibraryException;
    }

    // ---------------------------------------------------------------------------------------- locking

    @Test
    void aSecondWriterInThisProcessIsToldTheLibraryIsOpenElsewhere() throws Exception {
        try (Library first = Library.open(temp)) {
            first.add(TestArticles.seeds().get(0), Extraction.EMPTY);
            assertThatThrownBy(() -> Library.open(temp)).isInstanceOf(LibraryException.class)
                    .hasMessageStartingWith("The library at " + temp.toAbsolutePath() + " is open in another Parallax window or command")
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.LOCKED));
            assertThat(first.size()).isEqualTo(1);
        }
        try (Library again = Library.open(temp)) {
            assertThat(again.size()).isEqualTo(1);
        }
    }

    @Test
    void aWriterInAnotherProcessLocksTheLibrary() throws Exception {
        fillWithSeeds(temp);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), temp.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith(LockHolder.READY) && !line.startsWith(LockHolder.FAILED));
            assertThat(line).as("the other process opened the library").startsWith(LockHolder.READY);

            assertThatThrownBy(() -> Library.open(temp)).isInstanceOf(LibraryException.class)
                    .hasMessageContaining("open in another Parallax window or command")
                    .satisfies(e -> assertThat(reason(e)).isEqualTo(Reason.LOCKED));
            try (Library reader = Library.openReadOnly(temp)) {
                assertThat(reader.size()).isEqualTo(TestArticles.seeds().size());
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        try (Library library = Library.open(temp)) {
            assertThat(library.size()).isEqualTo(TestArticles.seeds().size());
        }
    }

    // ---------------------------------------------------------------------------------------- read-only

    @Test
    void aReaderSeesEachCommitOfAWriter() throws Exception {
        Random random = new Random(17);
        try (Library writer = Library.open(temp); Library reader = Library.openReadOnly(temp)) {
            assertThat(reader.size()).isZero();
            for (int i = 0; i < 3; i++) {
                writer.add(TestArticles.random(random, i), Extraction.EMPTY);
            }
            assertThat(reader.size()).isEqualTo(3);
            Article edited = TestArticles.random(random, 99);
            writer.add(edited, Extraction.EMPTY);
            writer.edit(edited.id(), MetadataEdit.none().set(Field.TITLE, "Seen by the reader"));
            assertThat(reader.get(edited.id()).orElseThrow().article().metadata().title()).isEqualTo("Seen by the reader");
            assertThat(reader.search("title:reader", 5)).hasSize(1);

            try (Batch batch = writer.batch()) {
                for (int i = 10; i < 20; i++) {
                    batch.add(TestArticles.random(random, i), Extraction.EMPTY);
                }
                assertThat(writer.size()).as("the writer sees its own batch").isEqualTo(14);
                assertThat(reader.size()).as("the reader sees only commits").isEqualTo(4);
            }
            assertThat(reader.size()).isEqualTo(14);
        }
    }

    @Test
    void aReaderOfAFolderWithoutLibraryReadsEmptyAndCreatesNothing() throws Exception {
        Path dir = temp.resolve("later");
        try (Library reader = Library.openReadOnly(dir)) {
            assertThat(reader.size()).isZero();
            assertThat(reader.list()).isEmpty();
            assertThat(reader.search("kursk", 5)).isEmpty();
            assertThat(reader.get("abc")).isEmpty();
            assertThat(dir).doesNotExist();
            fillWithSeeds(dir);
            assertThat(reader.size()).isEqualTo(TestArticles.seeds().size());
        }
    }

    // ---------------------------------------------------------------------------------------- damage

    enum Damage {
        TRUNCATE_LARGEST_FILE, SCRAMBLE_SEGMENTS_FILE, DELETE_SEGMENT_INFO, DELETE_SEGMENTS_FILE, EMPTY_LARGEST_FILE
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedLibraryIsRefusedWithAWayOutAndLeftUntouched(Damage damage) throws Exception {
        fillWithSeeds(temp);
        damage(damage);
        Map<String, String> damaged = TestIndexes.snapshot(temp);

        for (var opener : List.<Opener>of(Library::open, Library::openReadOnly)) {
            assertThatThrownBy(() -> opener.open(temp)).isInstanceOf(LibraryException.class)
                    .satisfies(e -> {
                        assertThat(reason(e)).isEqualTo(Reason.DAMAGED);
                        assertThat(e.getMessage()).startsWith("The library at " + temp.toAbsolutePath() + " is damaged")
                                .contains("left its files untouched").contains("--library").doesNotContain("\n");
                    });
        }
        assertThat(TestIndexes.snapshot(temp)).isEqualTo(damaged);
    }

    private void damage(Damage damage) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(temp)) {
            files = s.filter(p -> !p.getFileName().toString().equals("write.lock")).toList();
        }
        Path largest = files.stream().max(Comparator.comparingLong(this::size)).orElseThrow();
        Path segments = files.stream().filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        switch (damage) {
            case TRUNCATE_LARGEST_FILE -> {
                try (RandomAccessFile f = new RandomAccessFile(largest.toFile(), "rw")) {
                    f.setLength(f.length() / 2);
                }
            }
            case EMPTY_LARGEST_FILE -> Files.write(largest, new byte[0]);
            case SCRAMBLE_SEGMENTS_FILE -> {
                byte[] bytes = Files.readAllBytes(segments);
                for (int i = bytes.length / 3; i < bytes.length / 3 + 8; i++) {
                    bytes[i] = (byte) ~bytes[i];
                }
                Files.write(segments, bytes);
            }
            case DELETE_SEGMENT_INFO -> Files.delete(files.stream()
                    .filter(p -> p.getFileName().toString().endsWith(".si")).findFirst().orElseThrow());
            case DELETE_SEGMENTS_FILE -> Files.delete(segments);
        }
    }

    private long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------------------------------- batches, threads

    @Test
    void aThousandArticlesInOneBatchAreOneCommit() throws Exception {
        long seed = 20241120L;
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            articles.add(TestArticles.random(random, i));
        }
        try (Library library = Library.open(temp)) {
            long generation = TestIndexes.generation(temp);
            try (Batch batch = library.batch()) {
                for (Article a : articles) {
                    assertThat(batch.add(a, Extraction.EMPTY)).as("seed %d", seed).isEqualTo(AddResult.ADDED);
                }
                // a duplicate inside the batch is seen although nothing is committed yet
                assertThat(batch.add(articles.get(500), Extraction.EMPTY)).isEqualTo(AddResult.DUPLICATE);
                batch.edit(articles.get(7).id(), MetadataEdit.none().set(Field.TITLE, "Edited in the batch"));
                assertThat(TestIndexes.generation(temp)).as("nothing committed yet").isEqualTo(generation);
            }
            assertThat(TestIndexes.generation(temp)).as("one commit").isEqualTo(generation + 1);
            assertThat(library.size()).isEqualTo(1000);
            assertThat(library.get(articles.get(7).id()).orElseThrow().article().metadata().title())
                    .isEqualTo("Edited in the batch");
            assertThat(library.search("\"article number 999\"", 5)).extracting(h -> h.entry().id())
                    .containsExactly(articles.get(999).id());
        }
        try (Library library = Library.openReadOnly(temp)) {
            assertThat(library.size()).isEqualTo(1000);
        }
    }

    @Test
    void closingWithABatchOpenKeepsItsChanges() throws Exception {
        Library library = Library.open(temp);
        Batch batch = library.batch();
        batch.add(TestArticles.seeds().get(0), Extraction.EMPTY);
        library.close();
        batch.close();
        try (Library again = Library.openReadOnly(temp)) {
            assertThat(again.size()).isEqualTo(1);
        }
    }

    @Test
    void manyThreadsCanAddSearchAndReadAtOnce() throws Exception {
        Random random = new Random(23);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            articles.add(TestArticles.random(random, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Library library = Library.open(temp)) {
            List<Future<?>> work = new ArrayList<>();
            try (Batch batch = library.batch()) {
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    work.add(pool.submit(() -> {
                        batch.add(a, Extraction.EMPTY);
                        batch.add(a, Extraction.EMPTY);
                        assertThat(library.get(a.id())).isPresent();
                        return null;
                    }));
                    if (i % 10 == 0) {
                        work.add(pool.submit(() -> library.search("troops OR army", 20)));
                        work.add(pool.submit(library::list));
                    }
                }
                for (Future<?> f : work) {
                    f.get();
                }
            }
            assertThat(library.size()).isEqualTo(articles.size());
        } finally {
            pool.shutdown();
        }
    }
}

package org.parallax.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Progress;

/**
 * An import killed with SIGKILL at random moments, again and again, never leaves a damaged, locked or
 * half-written library: after each kill the library opens for writing, each stored article is whole (body and
 * extraction as a fresh import gives them), nothing is stored twice and nothing already stored disappears.
 * Run with {@code -Dparallax.seed=N} to replay a run; the seed is printed.
 */
class KillDuringImportTest {

    private static final int ARTICLES = 300;
    private static final int COPIES = 6;
    private static final int KILLS = 20;

    @TempDir
    Path temp;

    @Test
    void anImportKilledTwentyTimesLeavesAWholeLibraryAndFinishesOnTheNextRun() throws Exception {
        long seed = Long.getLong("parallax.seed", System.nanoTime());
        System.out.println("KillDuringImportTest seed: " + seed + " (replay with -Dparallax.seed=" + seed + ")");
        Random random = new Random(seed);
        Path in = temp.resolve("in");
        List<Path> files = Corpus.write(in, ARTICLES, COPIES, seed);
        Path dir = temp.resolve("library");
        Path logs = Files.createDirectories(temp.resolve("logs"));

        // what each file gives when imported in this JVM, to compare the killed imports' results with
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        Map<String, Article> bySource = new HashMap<>();
        Map<String, Extraction> extractionById = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (Path f : files) {
            Article a = loader.load(f);
            bySource.put(f.toAbsolutePath().normalize().toString(), a);
            extractionById.put(a.id(), extractor.extract(a.body()));
            distinct.add(a.id());
        }

        int previous = 0;
        int killed = 0;
        int finished = 0;
        int grew = 0;
        long started = System.nanoTime();
        while (killed < KILLS) {
            Process child = Jvm.start(logs, ImportMain.class, dir.toString(), in.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            int choice = random.nextInt(10);
            if (choice == 0) {
                // while the JVM starts or the library is being opened (or created)
                Thread.sleep(200 + random.nextInt(600));
            } else {
                // after a chosen file: half of the time near a commit (every 100 files), else anywhere
                int total = ARTICLES + COPIES;
                int target = choice <= 5
                        ? Math.min(total, 100 * (1 + random.nextInt(total / 100)) - 3 + random.nextInt(7))
                        : random.nextInt(total + 1);
                String line;
                while ((line = out.readLine()) != null && !line.equals("AT " + target)) {
                    // read on
                }
                Thread.sleep(random.nextInt(3));
            }
            if (child.isAlive()) {
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close, no commit
                killed++;
            } else {
                finished++;
            }
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            child.getInputStream().close();

            int now = check(dir, bySource, extractionById);
            assertThat(now).as("articles after kill %d (never fewer than before)", killed).isGreaterThanOrEqualTo(previous);
            if (now > previous) {
                grew++;
            }
            previous = now;
            if (now == distinct.size()) {
                // everything is in: start again from an empty library, so later kills land mid-import too
                deleteTree(dir);
                previous = 0;
            }
        }
        System.out.printf("KillDuringImportTest: %d kills, %d runs finished before the kill, library grew after %d"
                + " runs, %.1f s%n", killed, finished, grew, (System.nanoTime() - started) / 1e9);

        // a last, undisturbed import brings the library to exactly the distinct articles
        try (Library library = Library.open(dir)) {
            int before = library.size();
            ImportReport report = new Importer(loader, extractor)
                    .importPaths(library, List.of(in), Progress.NONE, () -> false);
            assertThat(report.skipped()).isEmpty();
            assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(distinct.size() - before);
            assertThat(library.size()).isEqualTo(distinct.size());
        }
        assertThat(check(dir, bySource, extractionById)).isEqualTo(distinct.size());
    }

    /** Opens the library read-write (so no lock was left), checks every article and the index; the count. */
    private static int check(Path dir, Map<String, Article> bySource, Map<String, Extraction> extractionById)
            throws Exception {
        if (!Files.exists(dir)) {
            return 0;
        }
        int size;
        try (Library library = Library.open(dir)) {
            List<LibraryEntry> entries = library.list();
            size = entries.size();
            assertThat(library.size()).isEqualTo(size);
            Set<String> ids = new HashSet<>();
            Set<String> sources = new HashSet<>();
            for (LibraryEntry e : entries) {
                assertThat(ids.add(e.id())).as("id %s stored once", e.id()).isTrue();
                assertThat(sources.add(e.article().source())).as("at most one article per file").isTrue();
                Article expected = bySource.get(e.article().source());
                assertThat(expected).as("stored article from a known file: %s", e.article().source()).isNotNull();
                assertThat(e.article().body()).isEqualTo(expected.body());
                assertThat(e.id()).isEqualTo(expected.id());
                assertThat(e.extraction()).as("extraction of %s", e.id()).isEqualTo(extractionById.get(e.id()));
            }
        }
        checkIndex(dir);
        return size;
    }

    static void checkIndex(Path dir) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (FSDirectory d = FSDirectory.open(dir); CheckIndex checker = new CheckIndex(d)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            assertThat(status.clean).as("CheckIndex:%n%s", log.toString(StandardCharsets.UTF_8)).isTrue();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

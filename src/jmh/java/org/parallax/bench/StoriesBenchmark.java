package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parallax.core.compare.story.LibraryStories;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * The stories of a large library as the desktop app keeps them ({@link LibraryStories}), whole process: on a copy
 * of LIBRARY (it is changed), with the stories kept in CACHE (the app's cache folder's {@code stories}, e.g. after
 * a first start of the app on that library): (1) the first call, which reads the kept stories and checks the
 * library's ids against them; (2) ADDED new generated articles imported (extraction included, as the app's
 * import), then the update of the stories for them (their neighbours from the index, the stories holding them);
 * (3) those articles removed again and the update; wall time and the CPU time of the updating thread (the update
 * runs on it). Usage:
 * {@code StoriesBenchmark LIBRARY CACHE_STORIES_DIR [ADDED=50] [ROUNDS=5]}.
 */
public final class StoriesBenchmark {

    private StoriesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path kept = Path.of(args[1]);
        int added = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        System.out.println(ScaleBenchmark.machine());
        Path work = Files.createTempDirectory("parallax-stories-bench");
        try {
            Path library = work.resolve("library");
            copy(source, library);
            Path cache = work.resolve("stories");
            Files.createDirectories(cache);
            try (Library lib = Library.open(library)) {
                // the kept stories are filed under the library's location: file them under the copy's
                List<Stories.Story> before = new org.parallax.core.compare.story.SavedStories(kept,
                        source.toAbsolutePath().normalize().toString()).read().orElseThrow(() ->
                        new IllegalStateException("no stories kept in " + kept + " for " + source));
                new org.parallax.core.compare.story.SavedStories(cache, lib.location()).write(before);
                LibraryStories stories = new LibraryStories(cache);
                long t0 = System.nanoTime();
                List<Stories.Story> first = stories.stories(lib, Progress.NONE, Cancellation.NEVER);
                System.out.printf(Locale.ROOT, "%,d articles, %,d stories kept: first call (read, ids checked) %.0f ms%n",
                        lib.size(), first.size(), (System.nanoTime() - t0) / 1e6);
                Importer importer = new Importer(new ArticleLoader(), new Extractor());
                List<Double> adds = new ArrayList<>();
                List<Double> removes = new ArrayList<>();
                List<Double> addsCpu = new ArrayList<>();
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int r = 0; r < rounds; r++) {
                    Path corpus = work.resolve("new-" + r);
                    new CorpusGenerator(1000L + r, CorpusGenerator.seedSentences(
                            Path.of(System.getProperty("parallax.seeds", "seeds")))).write(corpus, added);
                    ImportReport report = importer.importPaths(lib, List.of(corpus), Progress.NONE, Cancellation.NEVER);
                    List<String> ids = new ArrayList<>();
                    for (ImportOutcome o : report.outcomes()) {
                        if (o.articleId() != null && o.status() == ImportOutcome.Status.IMPORTED) {
                            ids.add(o.articleId());
                            stories.added(o.articleId());
                        }
                    }
                    long t1 = System.nanoTime();
                    long c1 = threads.getCurrentThreadCpuTime();
                    stories.stories(lib, Progress.NONE, Cancellation.NEVER);
                    adds.add((System.nanoTime() - t1) / 1e6);
                    addsCpu.add((threads.getCurrentThreadCpuTime() - c1) / 1e6);
                    for (String id : ids) {
                        lib.remove(id);
                        stories.removed(id);
                    }
                    long t2 = System.nanoTime();
                    stories.stories(lib, Progress.NONE, Cancellation.NEVER);
                    removes.add((System.nanoTime() - t2) / 1e6);
                    System.out.printf(Locale.ROOT, "round %d: %d imported, stories updated in %.0f ms (CPU %.0f ms);"
                            + " removed again, updated in %.0f ms (load %.2f)%n", r + 1, ids.size(), adds.get(r),
                            addsCpu.get(r), removes.get(r), load());
                }
                System.out.printf(Locale.ROOT, "median of %d: update after %d added %.0f ms (CPU %.0f ms), after %d"
                        + " removed %.0f ms%n", rounds, added, DesktopBenchmark.median(adds),
                        DesktopBenchmark.median(addsCpu), added, DesktopBenchmark.median(removes));
            }
        } finally {
            ScaleBenchmark.delete(work);
        }
    }

    /** The one-minute load average, or NaN where there is no /proc. */
    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void copy(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }
}

package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * The whole-process scale benchmark: for each N, generates N articles ({@link CorpusGenerator}), then, repeated
 * R times on fresh libraries, imports them with the real CLI in its own JVM ({@code java -Xmx512m -jar
 * target/parallax.jar --library L import CORPUS}: decoding, body split, extraction, indexing) and, in the
 * same round on the same files, indexes their raw text with plain Lucene ({@link LuceneBaseline}); then
 * measures search latency over a fixed query set and comparison latency (2 and 20 articles) on the built
 * library. Peak heap is read from the import's GC log (the most used just before a collection), peak resident
 * memory from {@code /proc}. Prints the machine, the corpus's density of figures, quotes and attributions
 * beside the seeds', a Markdown table of medians with min–max spread, and how each figure grows with N.
 *
 * <p>With {@code -Dscale.desktop=true}, also the desktop app on each library built ({@link DesktopBenchmark}:
 * start to the table's first page, to the stories grouped (at least two starts: the first groups, the next read
 * the kept stories), peak RSS, and the index operations of the library
 * screen), on a virtual display.
 *
 * <p>Usage: {@code ScaleBenchmark [N[:RUNS],...] [WORK_DIR]} (default {@code 1000:3,10000:3,100000:3
 * target/scale}). Run from the project folder after {@code mvn -Pbench -DskipTests package}.
 */
public final class ScaleBenchmark {

    private static final List<String> QUERIES = List.of("troops", "\"North Korean\"", "floods AND Warsaw",
            "ceasefire OR summit", "minister AND (budget OR election)", "dateline:Kyiv",
            "published:[2024-01-01 TO 2024-03-31]", "refugees AND NOT drought", "deploy*", "\"said in a statement\"");

    private ScaleBenchmark() {
    }

    record Row(int n, long bytes, List<Double> importSeconds, List<Double> baselineSeconds, List<Double> peakRssMb,
               List<Double> peakHeapMb, double libraryMb, double searchP50, double searchP95, double compare2,
               double compare20) {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        List<int[]> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "1000:3,10000:3,100000:3").split(",")) {
            String[] parts = size.split(":");
            sizes.add(new int[] {Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 3});
        }
        Path work = Path.of(args.length > 1 ? args[1] : "target/scale");
        Path jar = Path.of("target/parallax.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("build first: mvn -Pbench -DskipTests package (no " + jar + ")");
        }
        System.out.println(machine());
        System.out.println("Per 1,000 characters of body: " + Density.of(Path.of("seeds"), 1000) + " in the seeds");
        List<Row> rows = new ArrayList<>();
        for (int[] size : sizes) {
            int n = size[0];
            int runs = size[1];
            Path corpus = work.resolve("corpus-" + n);
            long bytes;
            if (!Files.isDirectory(corpus)) {
                bytes = new CorpusGenerator(42, CorpusGenerator.seedSentences(Path.of("seeds"))).write(corpus, n);
            } else {
                bytes = size(corpus);
            }
            System.out.println("Per 1,000 characters of body: " + Density.of(corpus, 1000) + " in the corpus of "
                    + n + " (first 1,000 articles)");
            List<Double> imports = new ArrayList<>();
            List<Double> baselines = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            List<Double> heap = new ArrayList<>();
            Path library = null;
            for (int r = 0; r < runs; r++) {
                library = work.resolve("library-" + n);
                delete(library);
                Path gcLog = work.resolve("gc-" + n + "-" + r + ".log");
                Measured m = run(List.of(java(), "-Xmx512m", "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(),
                        "--library", library.toString(), "import", corpus.toString()));
                imports.add(m.seconds());
                rss.add(m.peakRssMb());
                heap.add(peakHeapMb(gcLog));
                Path baseline = work.resolve("baseline-" + n);
                delete(baseline);
                baselines.add(run(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                        LuceneBaseline.class.getName(), corpus.toString(), baseline.toString())).seconds());
                delete(baseline);
                System.out.printf(Locale.ROOT, "N=%d run %d: import %.1f s, plain Lucene %.1f s, peak heap %.0f MB,"
                        + " peak RSS %.0f MB%n", n, r + 1, imports.get(r), baselines.get(r), heap.get(r), rss.get(r));
            }
            double libraryMb = size(library) / 1e6;
            double[] search = searchLatency(library);
            double[] compare = compareLatency(library);
            if (Boolean.getBoolean("scale.desktop")) {
                // the desktop app on the library just built: start to the table's first page, stories, peak RSS
                System.out.println("Desktop app, N=" + n + ":");
                DesktopBenchmark.measure(jar, library, Math.max(2, runs), 900, true); // the first start groups, the next read the kept stories
            }
            delete(library);
            rows.add(new Row(n, bytes, imports, baselines, rss, heap, libraryMb, search[0], search[1], compare[0],
                    compare[1]));
        }
        print(rows);
        System.out.printf(Locale.ROOT, "%nThe benchmark took %.1f min.%n", (System.nanoTime() - started) / 60e9);
    }

    /** The machine and Java the figures come from. */
    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d cores (%s), %.0f GB memory; Java %s (%s); load average %s",
                Runtime.getRuntime().availableProcessors(), cpu, memory / 1e9, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), loadAverage());
    }

    static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.isReadable(load) ? String.join(" ", Arrays.asList(Files.readString(load).split(" ")).subList(0, 3))
                : "unknown";
    }

    /** The most heap in use just before a collection, from a {@code -Xlog:gc} file ("… 120M->30M(256M) …"). */
    static double peakHeapMb(Path gcLog) throws IOException {
        Matcher m = HEAP.matcher(Files.readString(gcLog));
        double peak = 0;
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            peak = Math.max(peak, switch (m.group(2)) {
                case "K" -> v / 1024;
                case "G" -> v * 1024;
                default -> v;
            });
        }
        return peak;
    }

    private static final Pattern HEAP = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMG])->\\d+(?:\\.\\d+)?[KMG]\\(");

    record Measured(double seconds, double peakRssMb) {
    }

    /** Runs a process to its end; its wall time and peak resident memory (VmHWM, polled from /proc). */
    static Measured run(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        double peak = 0;
        while (p.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0);
                    }
                }
            } catch (IOException processEnded) {
                // the process ended between isAlive and the read
            }
            Thread.sleep(50);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("failed (" + p.exitValue() + "): " + command);
        }
        return new Measured((System.nanoTime() - t0) / 1e9, peak);
    }

    /** p50 and p95 of the queries' latency in ms, after a warm-up round. */
    static double[] searchLatency(Path library) throws Exception {
        try (Library lib = Library.openReadOnly(library)) {
            for (String q : QUERIES) {
                lib.search(q, 20);
            }
            List<Double> ms = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String q : QUERIES) {
                    long t0 = System.nanoTime();
                    lib.search(q, 20);
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            Collections.sort(ms);
            return new double[] {ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1)};
        }
    }

    /**
     * Median ms of comparing {@code count} of these articles (the list shuffled each round; each article read by
     * id, then aligned and its claims grouped), over 10 rounds after 5 warm-up ones.
     */
    static double compareMs(Library lib, List<String> ids, int count, Random random) throws Exception {
        Comparer comparer = Comparer.create();
        List<Double> ms = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            Collections.shuffle(ids, random);
            long t0 = System.nanoTime();
            List<Article> articles = new ArrayList<>();
            List<Extraction> extractions = new ArrayList<>();
            for (String id : ids.subList(0, Math.min(count, ids.size()))) {
                LibraryEntry e = lib.get(id).orElseThrow();
                articles.add(e.article());
                extractions.add(e.extraction());
            }
            comparer.compare(articles, extractions, Progress.NONE, Cancellation.NEVER);
            if (round >= 5) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Collections.sort(ms);
        return ms.get(ms.size() / 2);
    }

    /** Median ms to compare 2 and 20 articles of the library (read by id, aligned, claims grouped). */
    static double[] compareLatency(Path library) throws Exception {
        try (Library lib = Library.openReadOnly(library)) {
            List<String> ids = new ArrayList<>();
            for (var hit : lib.search("troops", 200)) {
                ids.add(hit.entry().article().id());
            }
            Random random = new Random(7);
            double[] out = new double[2];
            int[] counts = {2, 20};
            for (int k = 0; k < counts.length; k++) {
                out[k] = compareMs(lib, ids, counts[k], random);
            }
            return out;
        }
    }

    static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| N | raw text | import (median, min–max) | articles/s | MB/s | plain Lucene | ratio "
                + "| peak heap | peak RSS | library / raw | search p50 / p95 | compare 2 / 20 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            double imp = median(r.importSeconds());
            double base = median(r.baselineSeconds());
            System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %.1f s (%.1f–%.1f) | %.0f | %.2f | %.1f s | %.1f× "
                            + "| %.0f MB | %.0f MB | %.2f× | %.1f / %.1f ms | %.0f / %.0f ms |%n",
                    r.n(), r.bytes() / 1e6, imp, Collections.min(r.importSeconds()), Collections.max(r.importSeconds()),
                    r.n() / imp, r.bytes() / 1e6 / imp, base, imp / base, Collections.max(r.peakHeapMb()),
                    median(r.peakRssMb()), r.libraryMb() / (r.bytes() / 1e6), r.searchP50(), r.searchP95(),
                    r.compare2(), r.compare20());
        }
        if (rows.size() > 1) {
            System.out.println();
            System.out.println("Growth from one N to the next (N grows by the first factor):");
            System.out.println();
            System.out.println("| N | × N | × import time | × plain Lucene | × library size | × search p50 | × search p95 "
                    + "| × compare 20 |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int i = 1; i < rows.size(); i++) {
                Row a = rows.get(i - 1);
                Row b = rows.get(i);
                System.out.printf(Locale.ROOT, "| %,d → %,d | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n",
                        a.n(), b.n(), (double) b.n() / a.n(), median(b.importSeconds()) / median(a.importSeconds()),
                        median(b.baselineSeconds()) / median(a.baselineSeconds()), b.libraryMb() / a.libraryMb(),
                        b.searchP50() / a.searchP50(), b.searchP95() / a.searchP95(), b.compare20() / a.compare20());
            }
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

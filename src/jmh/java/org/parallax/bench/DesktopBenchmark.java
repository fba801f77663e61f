package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryFilter;
import org.parallax.core.index.LibraryOrder;

/**
 * The desktop app on a large library, whole process, as a user starts it: {@code java -jar JAR --library L} on
 * a virtual display (Xvfb, started here when {@code DISPLAY} is unset), timed to the app's log line "Library
 * shown: N articles in the table" (the first pulse after the table got its rows: what a user sees) and to
 * "Grouped …" or "Read N saved stories" (the Stories list filled); wall time and the process's CPU time (user + system, all
 * threads, from {@code /proc}: less noisy than wall time on a shared machine) at each, and its peak resident
 * memory (VmHWM) once the stories are grouped. Then, in this JVM, what the library screen asks the index for
 * when the user scrolls, sorts, filters and searches: median and worst ms over repeated rounds.
 *
 * <p>The app runs with the installed app's memory options ({@link #APP_OPTIONS}, as
 * {@code packaging/jpackage/app-image.args}) and a cache folder of this benchmark's own: the first start finds no
 * saved stories and groups the library (a step at a time when large), the later starts read them; with
 * {@code -Ddesktop.stories=DIR} (a cache folder's {@code stories} after the app ran on this library) every start
 * reads the stories kept there.
 *
 * <p>Usage: {@code DesktopBenchmark JAR LIBRARY [RUNS] [SECONDS_TO_WAIT] [--no-index]} ({@code --no-index}: only
 * the app's start, e.g. for an older Parallax's jar and library); the library must exist (import a
 * generated corpus first, e.g. with {@link ScaleBenchmark}'s corpus and {@code parallax import}).
 */
public final class DesktopBenchmark {

    private DesktopBenchmark() {
    }

    record Start(double shownSeconds, double shownCpu, double shownRssMb, double groupedSeconds, double groupedCpu,
                 double peakRssMb) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path library = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int wait = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        System.out.println(ScaleBenchmark.machine());
        measure(jar, library, runs, wait, args.length <= 4 || !args[4].equals("--no-index"));
    }

    /** Starts the app {@code runs} times on the library, then (if {@code index}) times the index operations. */
    static void measure(Path jar, Path library, int runs, int wait, boolean index) throws Exception {
        Path cache = Files.createTempDirectory("parallax-desktop-bench-cache");
        String kept = System.getProperty("desktop.stories");
        if (kept != null && !kept.isBlank()) {
            // stories kept by an earlier start of the app on this library (its cache folder's "stories"): every
            // start reads them, none groups the library first
            Path stories = Files.createDirectories(cache.resolve("parallax/stories"));
            try (var files = Files.list(Path.of(kept))) {
                for (Path f : files.toList()) {
                    Files.copy(f, stories.resolve(f.getFileName()));
                }
            }
        }
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            display = ":93";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1000);
        }
        try {
            List<Start> starts = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Start s = start(jar, library, display, wait, cache);
                starts.add(s);
                System.out.printf(Locale.ROOT, (r == 0 && (kept == null || kept.isBlank()) ? "(no saved stories) " : "(saved stories) ") + "run %d: table shown %.2f s (CPU %.2f s, peak RSS %.0f MB), stories "
                        + "grouped %.1f s (CPU %.1f s), peak RSS %.0f MB%n", r + 1, s.shownSeconds(), s.shownCpu(),
                        s.shownRssMb(), s.groupedSeconds(), s.groupedCpu(), s.peakRssMb());
            }
            System.out.printf(Locale.ROOT, "median of %d: table shown %.2f s (CPU %.2f s, peak RSS %.0f MB), stories "
                    + "grouped %.1f s (CPU %.1f s), peak RSS %.0f MB%n", runs,
                    median(starts.stream().map(Start::shownSeconds).toList()),
                    median(starts.stream().map(Start::shownCpu).toList()),
                    median(starts.stream().map(Start::shownRssMb).toList()),
                    median(starts.stream().map(Start::groupedSeconds).toList()),
                    median(starts.stream().map(Start::groupedCpu).toList()),
                    median(starts.stream().map(Start::peakRssMb).toList()));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
            ScaleBenchmark.delete(cache);
        }
        if (index) {
            indexLatency(library);
        }
    }

    /** The installed app's JVM options for memory (packaging/jpackage/app-image.args). */
    static final List<String> APP_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /** One start of the app until its stories are known (or {@code wait} seconds), then it is stopped. */
    static Start start(Path jar, Path library, String display, int wait, Path cache) throws Exception {
        Path data = Files.createTempDirectory("parallax-desktop-bench");
        Path log = data.resolve("parallax/logs/parallax.log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(APP_OPTIONS);
        command.addAll(List.of("-jar", jar.toString(), "--library", library.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("XDG_DATA_HOME", data.toString());
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("DISPLAY", display);
        long t0 = System.nanoTime();
        Process p = pb.start();
        double shown = Double.NaN;
        double shownCpu = Double.NaN;
        double shownRss = Double.NaN;
        double grouped = Double.NaN;
        double groupedCpu = Double.NaN;
        double peak = 0;
        try {
            while (p.isAlive() && (System.nanoTime() - t0) / 1e9 < wait) {
                String text = Files.isReadable(log) ? Files.readString(log) : "";
                double now = (System.nanoTime() - t0) / 1e9;
                if (Double.isNaN(shown) && text.contains("Library shown")) {
                    shown = now;
                    shownCpu = cpuSeconds(p.pid());
                    shownRss = peakRssMb(p.pid());
                }
                peak = Math.max(peak, peakRssMb(p.pid()));
                if (text.contains("Grouped ") || text.contains(" saved stories of ")) {
                    grouped = now;
                    groupedCpu = cpuSeconds(p.pid());
                    peak = Math.max(peak, peakRssMb(p.pid()));
                    break;
                }
                Thread.sleep(20);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(20, TimeUnit.SECONDS);
            }
            ScaleBenchmark.delete(data); // the app's settings and log of this run
        }
        return new Start(shown, shownCpu, shownRss, grouped, groupedCpu, peak);
    }

    /** The median and worst ms of what the library screen asks the index for, after a warm-up round. */
    static void indexLatency(Path library) throws Exception {
        try (Library lib = Library.openReadOnly(library)) {
            int n = lib.count(LibraryFilter.ALL);
            String outlet = lib.outlets().get(0);
            Map<String, Op> ops = new java.util.LinkedHashMap<>();
            ops.put("count + first page (newest first)", () -> {
                lib.count(LibraryFilter.ALL);
                lib.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST, 0, 100);
            });
            ops.put("last page (scrolled to the end)", () -> lib.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST,
                    Math.max(0, n - 100), 100));
            ops.put("first page sorted by title", () -> lib.page(LibraryFilter.ALL,
                    new LibraryOrder(LibraryOrder.Key.TITLE, false), 0, 100));
            ops.put("outlet filter: count + first page", () -> {
                LibraryFilter f = LibraryFilter.ALL.withOutlet(outlet);
                lib.count(f);
                lib.page(f, LibraryOrder.NEWEST_FIRST, 0, 100);
            });
            ops.put("outlets (the filter's list)", lib::outlets);
            ops.put("search to results (200 hits with snippets)", () -> lib.search("troops", 200));
            ops.put("one article in full (the detail pane)", () -> lib.get(
                    lib.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST, n / 2, 1).get(0).id()));
            String middle = lib.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST, n / 3, 1).get(0).id();
            ops.put("neighbours of one article (story update, 20)", () -> lib.similar(middle, 20));
            System.out.printf(Locale.ROOT, "%nIndex operations of the library screen, %,d articles (ms, median / max of 20):%n", n);
            for (var e : ops.entrySet()) {
                e.getValue().run();
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long t = System.nanoTime();
                    e.getValue().run();
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                System.out.printf(Locale.ROOT, "  %-45s %8.1f / %8.1f%n", e.getKey(), median(ms), Collections.max(ms));
            }
        }
    }

    @FunctionalInterface
    interface Op {
        void run() throws Exception;
    }

    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime in ticks (CLK_TCK 100)
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double peakRssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // ended
        }
        return 0;
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package org.parallax.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import org.parallax.ui.compare.ClaimsView;
import org.parallax.ui.library.ArticleRow;

/**
 * The whole-process comparison benchmark behind the hidden option {@code --benchmark-compare SIZE:ROUNDS,...}
 * (run by {@code bench/compare-rss.sh}, see docs/benchmarks.md): in the running app, for each size, compares
 * {@code SIZE} of the library's articles {@code ROUNDS} times, each round a new comparison replacing the last (a
 * different window of the library's articles each round), and prints to standard output, one line each, the time
 * from the compare call (what the library's Compare button calls) to the first frame laid out after the claims
 * view got its rows (and, apart, to the end of the comparing task: the rest is building the screen), then the
 * process's resident memory. It prints {@code BENCHMARK DONE} at the end and leaves the
 * app running, so that the script can read the process's memory from outside (and take a heap histogram) before
 * it ends it.
 */
final class CompareBenchmark {

    private record Run(int size, int rounds) {
    }

    private final Scene scene;
    private final AppContext context;
    private final List<Run> runs;
    private final List<String> ids;
    private int run;
    private int round;

    private CompareBenchmark(Scene scene, AppContext context, List<Run> runs) {
        this.scene = scene;
        this.context = context;
        this.runs = runs;
        this.ids = context.library().articles().stream().map(ArticleRow::id).sorted().toList();
    }

    /** Parses {@code 5:10,20:20}. */
    static List<Run> parse(String spec) {
        List<Run> out = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] sr = part.strip().split(":");
            out.add(new Run(Integer.parseInt(sr[0]), sr.length > 1 ? Integer.parseInt(sr[1]) : 1));
        }
        return out;
    }

    /** Starts the benchmark; call on the FX thread once the library is read. */
    static void start(Scene scene, AppContext context, String spec) {
        new CompareBenchmark(scene, context, parse(spec)).next();
    }

    private void next() {
        if (run == runs.size()) {
            System.out.printf(Locale.ROOT, "BENCHMARK DONE rss_mb=%d heap_used_mb=%d%n", rssMb(), heapUsedMb());
            System.out.flush();
            return;
        }
        Run r = runs.get(run);
        if (round == r.rounds()) {
            run++;
            round = 0;
            next();
            return;
        }
        if (ids.size() < r.size()) {
            System.out.printf(Locale.ROOT, "BENCHMARK SKIP size=%d: the library holds %d articles%n", r.size(), ids.size());
            run++;
            round = 0;
            next();
            return;
        }
        List<String> chosen = new ArrayList<>(r.size());
        for (int k = 0; k < r.size(); k++) {
            chosen.add(ids.get((round * 7 + k) % ids.size()));
        }
        long started = System.nanoTime();
        Task<?> task = context.compare(chosen);
        whenEnded(task, () -> afterClaims(started, System.nanoTime(), r));
    }

    private void afterClaims(long started, long computed, Run r) {
        ClaimsView claims = context.comparisonScreen().figures();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!claims.isVisible() || claims.getScene() == null || claims.rows().isEmpty()) {
                Platform.requestNextPulse();
                return; // not drawn yet: the next pulse
            }
            scene.removePostLayoutPulseListener(once[0]);
            double ms = (System.nanoTime() - started) / 1e6;
            System.out.printf(Locale.ROOT, "BENCHMARK size=%d round=%d claims_shown_ms=%.1f computed_ms=%.1f rows=%d "
                    + "rss_mb=%d heap_used_mb=%d%n", r.size(), round + 1, ms, (computed - started) / 1e6,
                    claims.rows().size(), rssMb(), heapUsedMb());
            System.out.flush();
            round++;
            Platform.runLater(this::next);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void whenEnded(Task<?> task, Runnable action) {
        if (ended(task.getState())) {
            action.run();
            return;
        }
        task.stateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Worker.State> obs, Worker.State old,
                                Worker.State now) {
                if (ended(now)) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private static boolean ended(Worker.State s) {
        return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
    }

    /** The process's resident set (VmRSS), in MB; -1 where /proc is not there. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static long heapUsedMb() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}

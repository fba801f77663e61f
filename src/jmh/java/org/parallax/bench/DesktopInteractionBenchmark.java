package org.parallax.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.parallax.ui.FxStallMonitor;
import org.parallax.ui.TestWindows;
import org.parallax.ui.library.ArticleRow;
import org.parallax.ui.library.LibraryViewModel;

/**
 * The library screen's interactions on an existing library, in this JVM, headless (Monocle, as the UI tests): the
 * desktop app's window opens on the library, then for each interaction the time to its result on screen (the first
 * frame laid out with the rows or results in view read) and the longest FX-thread stall meanwhile
 * ({@link FxStallMonitor}: the longest gap between two frames; about 17 ms means smooth), then the heap in use after
 * a full collection and the process's resident memory (VmRSS, and its peak VmHWM) from {@code /proc/self/status}.
 * Prints a markdown table.
 *
 * <p>The interactions: opening (to the table shown, to the stories grouped); a jump from the top to the end (first,
 * so that no page near the end is read yet); scrolling down 30 screens from the top, a screen a step; scrolling from
 * the top to the end in 40 steps; typing a search (a key every 60 ms) to its results shown, timed from the last key
 * (the search starts 250 ms after typing stops), then the same search again (the first includes making the results
 * list's cells and compiling their code); choosing an outlet in the filter; sorting by title (what a click on the
 * header does). Each scroll step waits for its rows to be read before the next.
 *
 * <p>Usage: {@code DesktopInteractionBenchmark LIBRARY [--query WORDS] [--outlet NAME] [--size WIDTHxHEIGHT]
 * [--wait SECONDS]}; the library must exist and hold articles (else a first run would import the samples). Run
 * through {@code mvn -Pbench -DskipTests test-compile exec:exec@interaction -Dinteraction.args="LIBRARY"} (see
 * docs/benchmarks.md), which gives the JVM the packaged app's options.
 */
public final class DesktopInteractionBenchmark {

    private static final int SCREENS = 30;
    private static final int STEPS = 40;
    private static final long KEY_INTERVAL_MILLIS = 60;
    private static final long SETTLE_MILLIS = 300;

    private record Row(String action, String time, Stall stall, double heapMb, double rssMb, double hwmMb) {
    }

    /** The longest gap between two frames and the most FX-thread CPU time between two frames, in milliseconds. */
    private record Stall(double gapMs, double cpuMs) {
        static final Stall NONE = new Stall(0, 0);
    }

    private final List<Row> rows = new ArrayList<>();
    private final FxStallMonitor monitor = new FxStallMonitor();
    private final long waitSeconds;
    private TestWindows.Opened opened;
    private Scene scene;

    private DesktopInteractionBenchmark(long waitSeconds) {
        this.waitSeconds = waitSeconds;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("Usage: DesktopInteractionBenchmark LIBRARY [--query WORDS] [--outlet NAME] "
                    + "[--size WIDTHxHEIGHT] [--wait SECONDS]");
            System.exit(2);
        }
        Path library = Path.of(args[0]).toAbsolutePath();
        String query = option(args, "--query", "troops");
        String outlet = option(args, "--outlet", null);
        String[] size = option(args, "--size", "1366x768").split("x");
        long wait = Long.parseLong(option(args, "--wait", "1800"));
        if (!Files.isDirectory(library)) {
            System.err.println("No library at " + library);
            System.exit(2);
        }
        headless();
        System.out.println(ScaleBenchmark.machine());
        Path temp = Files.createTempDirectory("parallax-interaction");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        DesktopInteractionBenchmark b = new DesktopInteractionBenchmark(wait);
        try {
            b.run(library, temp, Double.parseDouble(size[0]), Double.parseDouble(size[1]), query, outlet);
        } finally {
            b.close();
            Platform.exit();
        }
        b.print(library);
        System.exit(0);
    }

    /** The UI tests' headless settings (pom.xml's surefire properties): Monocle, software rendering. */
    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("java.awt.headless", "true");
    }

    private void run(Path library, Path temp, double width, double height, String query, String outlet)
            throws Exception {
        // opening: the window made and shown (on the FX thread), the table's first rows, the stories
        long start = System.nanoTime();
        fx(() -> {
            monitor.start();
            monitor.reset();
            opened = TestWindows.openMainWindow(new Stage(), library.toString(), temp, width, height);
            scene = opened.view().getScene();
            return null;
        });
        long shown = awaitPulse(() -> model().readyProperty().get() && rowsInViewRead(table()));
        Stall stall = stall();
        int total = fx(() -> model().totalProperty().get());
        record("open: table shown (" + String.format(Locale.ROOT, "%,d", total) + " articles)", ms(start, shown), stall);
        fx(() -> {
            monitor.reset();
            return null;
        });
        long grouped;
        try {
            grouped = awaitPulse(() -> !model().stories().isEmpty() && model().storiesTaskProperty().get() == null);
        } catch (java.util.concurrent.TimeoutException e) {
            grouped = -1;
        }
        record("open: stories grouped", grouped < 0 ? "not within " + waitSeconds + " s" : ms(start, grouped),
                stall());

        jumpToEnd(total); // first, while no page but the first is read
        scrollScreens();
        scrollToEndInSteps(total);
        search(query, false);
        search(query, true); // again: the list and its cells made, their code compiled
        filterByOutlet(outlet);
        sortByTitle();
    }

    private void scrollScreens() throws Exception {
        scrollTo(0);
        List<Double> steps = new ArrayList<>();
        fx(() -> {
            monitor.reset();
            return null;
        });
        for (int s = 0; s < SCREENS; s++) {
            long t = System.nanoTime();
            int target = fx(() -> {
                VirtualFlow<?> flow = flow(table());
                int first = flow.getFirstVisibleCell().getIndex();
                int last = flow.getLastVisibleCell().getIndex();
                int to = Math.min(table().getItems().size() - 1, first + Math.max(1, last - first));
                table().scrollTo(to);
                return to;
            });
            steps.add((awaitPulse(() -> showsRow(target)) - t) / 1e6);
        }
        record("scroll down " + SCREENS + " screens, a screen a step", perStep(steps), stall());
    }

    private void scrollToEndInSteps(int total) throws Exception {
        scrollTo(0);
        List<Double> steps = new ArrayList<>();
        fx(() -> {
            monitor.reset();
            return null;
        });
        for (int s = 1; s <= STEPS; s++) {
            int target = (int) ((long) (total - 1) * s / STEPS);
            long t = System.nanoTime();
            fx(() -> {
                table().scrollTo(target);
                return null;
            });
            steps.add((awaitPulse(() -> showsRow(target)) - t) / 1e6);
        }
        record("scroll from the top to the end in " + STEPS + " steps", perStep(steps), stall());
    }

    private void jumpToEnd(int total) throws Exception {
        scrollTo(0);
        long t = act(() -> table().scrollTo(total - 1));
        long done = awaitPulse(() -> showsRow(total - 1));
        record("jump from the top to the end", ms(t, done), settledStall());
    }

    private void search(String query, boolean again) throws Exception {
        scrollTo(0);
        TextField field = fx(() -> (TextField) scene.lookup("#searchField"));
        long t = 0;
        fx(() -> {
            field.clear();
            monitor.reset();
            return null;
        });
        for (char c : query.toCharArray()) {
            t = act(() -> field.appendText(String.valueOf(c)));
            Thread.sleep(KEY_INTERVAL_MILLIS);
        }
        long done = awaitPulse(() -> {
            ListView<?> results = opened.view().libraryView().results();
            return model().searchActiveProperty().get() && results.isVisible()
                    && (model().hits().isEmpty() || rowsInViewRead(results));
        });
        int hits = fx(() -> model().hits().size());
        record((again ? "again: " : "") + "type \"" + query + "\" (a key every " + KEY_INTERVAL_MILLIS + " ms) to " + hits + " results shown, "
                + "from the last key", ms(t, done), settledStall());
        fx(() -> {
            field.clear();
            return null;
        });
        awaitPulse(() -> table().isVisible() && rowsInViewRead(table()));
    }

    private void filterByOutlet(String wanted) throws Exception {
        scrollTo(0);
        String outlet = fx(() -> wanted != null ? wanted : model().outlets().stream()
                .filter(o -> !o.equals(LibraryViewModel.NO_OUTLET)).findFirst().orElse(null));
        if (outlet == null) {
            record("outlet filter: the library names no outlet", "-", Stall.NONE);
            return;
        }
        boolean[] listed = watchListing();
        long t = act(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> box = (ComboBox<String>) scene.lookup("#outletFilter");
            box.setValue(outlet);
        });
        long done = awaitPulse(() -> listed[0] && rowsInViewRead(table()));
        int count = fx(() -> table().getItems().size());
        record("outlet filter \"" + outlet + "\" (" + String.format(Locale.ROOT, "%,d", count) + " articles)",
                ms(t, done), settledStall());
        boolean[] cleared = watchListing();
        act(() -> model().clearFilters());
        awaitPulse(() -> cleared[0] && rowsInViewRead(table()));
    }

    private void sortByTitle() throws Exception {
        scrollTo(0);
        boolean[] listed = watchListing();
        long t = act(() -> {
            TableColumn<ArticleRow, ?> title = table().getColumns().stream()
                    .filter(c -> "col.title".equals(c.getId())).findFirst().orElseThrow();
            title.setSortType(TableColumn.SortType.ASCENDING);
            table().getSortOrder().setAll(List.of(title)); // what a click on the header does
        });
        long done = awaitPulse(() -> listed[0] && rowsInViewRead(table()));
        record("sort by title", ms(t, done), settledStall());
    }

    // ---------------------------------------------------------------- helpers

    private LibraryViewModel model() {
        return opened.context().library();
    }

    private TableView<ArticleRow> table() {
        return opened.view().libraryView().table();
    }

    /** Runs an action on the FX thread, the stall monitor reset just before; the time it started. */
    private long act(Runnable action) throws Exception {
        return fx(() -> {
            monitor.reset();
            long t = System.nanoTime();
            action.run();
            return t;
        });
    }

    /** The longest stall since the last reset, after a short settle (for work done just after the result). */
    private Stall settledStall() throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        return stall();
    }

    /** What the stall monitor noted since its last reset. */
    private Stall stall() throws Exception {
        return fx(() -> new Stall(monitor.longestGapMillis(), monitor.mostCpuMillis()));
    }

    private void scrollTo(int row) throws Exception {
        fx(() -> {
            table().scrollTo(row);
            return null;
        });
        awaitPulse(() -> showsRow(row));
    }

    /** A flag set once the table's rows are listed anew (another order or filter arrived). */
    private boolean[] watchListing() throws Exception {
        boolean[] listed = {false};
        fx(() -> {
            table().getItems().addListener(new ListChangeListener<ArticleRow>() {
                @Override
                public void onChanged(Change<? extends ArticleRow> c) {
                    while (c.next()) {
                        if (c.wasAdded()) {
                            listed[0] = true;
                            table().getItems().removeListener(this);
                            return;
                        }
                    }
                }
            });
            return null;
        });
        return listed;
    }

    /**
     * Whether this row is in view (or just below the last row fully in view: scrolled to the end, the last row can
     * sit partly under the horizontal scroll bar) and every row in view is read.
     */
    private boolean showsRow(int row) {
        VirtualFlow<?> flow = flow(table());
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return false;
        }
        return flow.getFirstVisibleCell().getIndex() <= row
                && row <= flow.getLastVisibleCell().getIndex() + 1
                && rowsInViewRead(table());
    }

    /** Whether every row in view of this table or list has its item (a row whose page is not read has none). */
    private static boolean rowsInViewRead(javafx.scene.control.Control list) {
        VirtualFlow<?> flow = flow(list);
        if (flow == null || flow.getFirstVisibleCell() == null) {
            return false;
        }
        int size = list instanceof TableView<?> t ? t.getItems().size() : ((ListView<?>) list).getItems().size();
        for (int i = flow.getFirstVisibleCell().getIndex(); i <= flow.getLastVisibleCell().getIndex(); i++) {
            IndexedCell<?> cell = flow.getVisibleCell(i);
            if (i < size && (cell == null || cell.getItem() == null)) {
                return false;
            }
        }
        return true;
    }

    private static VirtualFlow<?> flow(javafx.scene.control.Control list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    /** Waits for the first frame laid out after which the condition holds; the time of that frame. */
    private long awaitPulse(BooleanSupplier condition) throws Exception {
        CompletableFuture<Long> when = new CompletableFuture<>();
        Platform.runLater(() -> {
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (condition.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(check[0]);
                    when.complete(System.nanoTime());
                } else {
                    Platform.requestNextPulse();
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        return when.get(waitSeconds, TimeUnit.SECONDS);
    }

    private void record(String action, String time, Stall stall) throws Exception {
        System.gc();
        Thread.sleep(200);
        System.gc();
        double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024);
        double rss = status("VmRSS:");
        double hwm = status("VmHWM:");
        Row r = new Row(action, time, stall, heap, rss, hwm);
        rows.add(r);
        System.out.printf(Locale.ROOT, "%s: %s ms, longest FX stall %.0f ms (most FX CPU between frames %.0f ms), heap %.0f MB, RSS %.0f MB (peak %.0f MB)%n",
                action, time, stall.gapMs(), stall.cpuMs(), heap, rss, hwm);
    }

    private void print(Path library) throws IOException {
        System.out.println();
        System.out.println("Library " + library + "; load average " + ScaleBenchmark.loadAverage()
                + " at the end; JVM options " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.println();
        System.out.println("| action | time to result, ms | longest FX stall, ms | most FX CPU between two frames, ms | heap after GC, MB | RSS (peak), MB |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f (%.0f) |%n", r.action(), r.time(), r.stall().gapMs(), r.stall().cpuMs(),
                    r.heapMb(), r.rssMb(), r.hwmMb());
        }
    }

    private void close() throws Exception {
        if (opened != null) {
            fx(() -> {
                monitor.stop();
                opened.context().close();
                ((Stage) scene.getWindow()).close();
                return null;
            });
        }
    }

    private static String ms(long from, long to) {
        return String.format(Locale.ROOT, "%.0f", (to - from) / 1e6);
    }

    /** "total (median / worst a step)". */
    private static String perStep(List<Double> steps) {
        List<Double> sorted = new ArrayList<>(steps);
        Collections.sort(sorted);
        double total = steps.stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, "%.0f (%.0f / %.0f a step)", total, sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }

    /** A line of /proc/self/status in MB (kB there); -1 where there is none. */
    private static double status(String key) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).strip().split("\\s+")[0]) / 1024.0;
            }
        }
        return -1;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(waitSeconds, TimeUnit.SECONDS);
    }
}

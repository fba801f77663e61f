package org.parallax.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import org.parallax.core.AppDirectories;
import org.parallax.core.ingest.SampleArticles;
import org.parallax.ui.common.AppExecutor;
import org.parallax.ui.library.CoreLibraryActions;

/**
 * Starts the desktop app ({@link #launch}). While JavaFX starts, a worker opens the library the options name, then
 * reads its first page ({@link CoreLibraryActions#preload}) while the window is being made, so that the window shows the
 * articles as soon as it is up: the window waits only for the library to be open, and the list for nothing.
 * This class has no logger on purpose: logback sets itself up on that worker as well, beside JavaFX's start.
 */
public final class DesktopStart {

    /** The library being opened ahead, for {@link #take}; null when none (screenshots, or already taken). */
    private static Early early;

    private record Early(Folders folders, CompletableFuture<CoreLibraryActions> actions) {
    }

    /**
     * Where the library (a folder, or a shared library's address: {@code solr://…}) and the copies of the sample
     * articles live.
     */
    record Folders(String library, Path samples) {
    }

    /** The hidden option of the comparison benchmark ({@link CompareBenchmark}): headless like screenshots. */
    static final String BENCHMARK_OPTION = "--benchmark-compare";

    private DesktopStart() {
    }

    /** Starts the desktop app (blocks until it exits). */
    public static void launch(String[] args) {
        List<String> options = List.of(args);
        if (options.contains("--screenshot") || options.contains(BENCHMARK_OPTION)) {
            if (System.getenv("DISPLAY") == null && monocleAvailable()) {
                System.setProperty("glass.platform", "Monocle");
                System.setProperty("monocle.platform", "Headless");
                System.setProperty("prism.order", "sw");
                System.setProperty("headless.geometry", headlessGeometry(options));
                System.setProperty("java.awt.headless", "true");
            }
        } else {
            openAhead(folders(options).orElseThrow());
        }
        Application.launch(DesktopApp.class, args);
    }

    /** The virtual screen of a headless run: 1600x1000, or larger to hold a larger {@code --size}. */
    static String headlessGeometry(List<String> options) {
        double[] size = DesktopApp.size(options).orElse(new double[] {0, 0});
        return String.format(java.util.Locale.ROOT, "%dx%d-32",
                Math.max(1600, (int) Math.ceil(size[0])), Math.max(1000, (int) Math.ceil(size[1])));
    }

    private static boolean monocleAvailable() {
        try {
            Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The folders these options name: {@code --library DIR} or {@code --library solr://…} (samples in {@code DIR-samples} beside it), else the
     * default library; empty for {@code --screenshot} without {@code --library} (a temporary library).
     */
    static Optional<Folders> folders(List<String> args) {
        int i = args.indexOf("--library");
        if (i >= 0 && i + 1 < args.size() && org.parallax.core.index.SolrAddress.isAddress(args.get(i + 1))) {
            // a shared library: no samples are imported into it
            return Optional.of(new Folders(args.get(i + 1).strip(), SampleArticles.defaultDirectory()));
        }
        if (i >= 0 && i + 1 < args.size()) {
            Path abs = Path.of(args.get(i + 1)).toAbsolutePath().normalize();
            return Optional.of(new Folders(args.get(i + 1), abs.resolveSibling(abs.getFileName() + "-samples")));
        }
        if (args.contains("--screenshot")) {
            return Optional.empty();
        }
        return Optional.of(new Folders(AppDirectories.defaultLibrary().toString(), SampleArticles.defaultDirectory()));
    }

    private static synchronized void openAhead(Folders folders) {
        // one worker, gone 30 s after its job (a daemon): the app's own executor is made with the window
        AppExecutor opener = new AppExecutor("parallax-open", 1);
        early = new Early(folders, CompletableFuture.supplyAsync(
                () -> CoreLibraryActions.open(folders.library(), folders.samples()).preload(opener), opener));
    }

    /**
     * The library in these folders: the one opened ahead if it is that one (waiting for it if need be), else
     * opened now. A library opened ahead for other folders is closed.
     */
    static CoreLibraryActions take(Folders folders) {
        Early ahead;
        synchronized (DesktopStart.class) {
            ahead = early;
            early = null;
        }
        if (ahead != null) {
            if (ahead.folders().equals(folders)) {
                try {
                    return ahead.actions().join();
                } catch (CompletionException e) {
                    // open() reports what it can; whatever else went wrong, opening again now says it
                }
            } else {
                ahead.actions().thenAccept(CoreLibraryActions::close);
            }
        }
        return CoreLibraryActions.open(folders.library(), folders.samples());
    }
}

package org.parallax;

import java.nio.file.Path;
import java.util.Set;
import org.parallax.cli.ParallaxCommand;
import org.parallax.core.AppDirectories;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.ui.DesktopStart;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Entry point. With no command (or only desktop options: {@code --library DIR|ADDRESS}, {@code --screenshot DIR}, {@code --size WIDTHxHEIGHT}, {@code --story ID},
 * {@code --settings FILE}) and article files it opens the desktop
 * app; otherwise it runs the command line ({@code parallax --help}).
 */
public final class Main {

    /** Options that belong to the desktop app rather than to a command. */
    private static final Set<String> DESKTOP_OPTIONS = Set.of("--screenshot", "--settings", "--library", "--size", "--story",
            "--benchmark-compare");

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("parallax.log.dir") == null) {
            System.setProperty("parallax.log.dir", AppDirectories.dataDirectory().resolve("logs").toString());
        }
        // PDFBox lists the system's fonts once, for PDFs that name a font they do not embed, and keeps the list
        // in a file: in the data directory rather than as ~/.pdfbox.cache
        if (System.getProperty("pdfbox.fontcache") == null) {
            java.nio.file.Path cache = AppDirectories.dataDirectory().resolve("cache");
            try {
                java.nio.file.Files.createDirectories(cache);
                System.setProperty("pdfbox.fontcache", cache.toString());
            } catch (java.io.IOException | RuntimeException e) {
                // PDFBox then uses the home folder; nothing else depends on it
            }
        }
        // libraries that log through java.util.logging (Lucene, JavaFX) write to the log file, not to stderr
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (isDesktop(args)) {
            DesktopStart.launch(args);
            return;
        }
        System.exit(ParallaxCommand.run(args));
    }

    /**
     * True when the arguments are only desktop options with their values and article files to open (what a file
     * manager passes: {@code parallax story.html}); {@code --library DIR list} is the CLI.
     */
    static boolean isDesktop(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (DESKTOP_OPTIONS.contains(args[i]) && i + 1 < args.length) {
                i += 2;
            } else if (isArticleFile(args[i])) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isArticleFile(String arg) {
        return !arg.startsWith("-") && ArticleFiles.isArticleFile(Path.of(arg));
    }
}

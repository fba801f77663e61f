package org.parallax;

import java.util.Set;
import org.parallax.cli.ParallaxCommand;
import org.parallax.core.AppDirectories;
import org.parallax.ui.DesktopApp;

/**
 * Entry point. With no command (or only desktop options: {@code --library DIR}, {@code --screenshot DIR},
 * {@code --settings FILE}) it opens the desktop
 * app; otherwise it runs the command line ({@code parallax --help}).
 */
public final class Main {

    /** Options that belong to the desktop app rather than to a command. */
    private static final Set<String> DESKTOP_OPTIONS = Set.of("--screenshot", "--settings", "--library");

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("parallax.log.dir") == null) {
            System.setProperty("parallax.log.dir", AppDirectories.dataDirectory().resolve("logs").toString());
        }
        if (isDesktop(args)) {
            DesktopApp.launch(args);
            return;
        }
        System.exit(ParallaxCommand.run(args));
    }

    /** True when the arguments are only desktop options with their values ({@code --library DIR list} is the CLI). */
    static boolean isDesktop(String[] args) {
        for (int i = 0; i < args.length; i += 2) {
            if (!DESKTOP_OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                return false;
            }
        }
        return true;
    }
}

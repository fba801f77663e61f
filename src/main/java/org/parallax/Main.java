package org.parallax;

import java.util.Set;
import org.parallax.cli.ParallaxCommand;
import org.parallax.core.AppDirectories;
import org.parallax.ui.DesktopApp;

/**
 * Entry point. With no command (or only desktop options such as {@code --screenshot DIR}) it opens the desktop
 * app; otherwise it runs the command line ({@code parallax --help}).
 */
public final class Main {

    /** Options that belong to the desktop app rather than to a command. */
    private static final Set<String> DESKTOP_OPTIONS = Set.of("--screenshot", "--settings");

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("parallax.log.dir") == null) {
            System.setProperty("parallax.log.dir", AppDirectories.dataDirectory().resolve("logs").toString());
        }
        if (args.length == 0 || DESKTOP_OPTIONS.contains(args[0])) {
            DesktopApp.launch(args);
            return;
        }
        System.exit(ParallaxCommand.run(args));
    }
}

package org.parallax;

import org.parallax.cli.ParallaxCommand;
import org.parallax.core.AppDirectories;

/** Entry point: with no command, the desktop app; otherwise the command line ({@code parallax --help}). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("parallax.log.dir") == null) {
            System.setProperty("parallax.log.dir", AppDirectories.dataDirectory().resolve("logs").toString());
        }
        System.exit(ParallaxCommand.run(args));
    }
}

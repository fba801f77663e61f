package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command line: one subcommand per job, all over the same core as the desktop app. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = ParallaxCommand.VersionProvider.class,
        description = "Shows how different news outlets report the same story: figures, quotes and attributions, "
                + "side by side. Without a command, opens the desktop app.",
        subcommands = {CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ParallaxCommand());
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Parallax " + Version.get()};
        }
    }
}

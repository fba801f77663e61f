package org.parallax.cli;

import java.io.PrintWriter;
import org.parallax.Version;
import org.parallax.core.AppDirectories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code parallax} command line: one subcommand per job, all over the same core as the desktop app. */
@Command(name = "parallax",
        mixinStandardHelpOptions = true,
        versionProvider = ParallaxCommand.VersionProvider.class,
        description = "Shows how different news outlets report the same story: figures, quotes and attributions, "
                + "side by side. Without a command, opens the desktop app.",
        subcommands = {
            ImportCommand.class, ListCommand.class, ShowCommand.class, SearchCommand.class, EditCommand.class,
            RemoveCommand.class, ExtractCommand.class, CompareCommand.class, LibraryCommand.class,
            CommandLine.HelpCommand.class})
public final class ParallaxCommand implements Runnable {

    @Option(names = "--library", paramLabel = "DIR|ADDRESS", scope = ScopeType.INHERIT,
            description = "The library to use: a folder, or a shared library's address "
                    + "(solr://HOST:8983/solr/COLLECTION, solr+zk://HOST:2181/COLLECTION; docs/solr.md) "
                    + "(default: ${DEFAULT-VALUE}).")
    String library = AppDirectories.defaultLibrary().toString();

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print JSON (stable fields, see the README) instead of text for people.")
    boolean json;

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
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(Failures::usage);
        return cl.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Parallax " + Version.get()};
        }
    }
}

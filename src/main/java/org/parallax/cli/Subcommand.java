package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryException;
import picocli.CommandLine;

/** What every subcommand shares: the global options, the output streams, opening the library. */
abstract class Subcommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    ParallaxCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    boolean json() {
        return parent.json;
    }

    /** The library as named in --library: a folder or a shared library's address. */
    String libraryLocation() {
        return parent.library;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Library openLibrary() throws LibraryException {
        return Library.open(libraryLocation());
    }

    /** For commands that only read: works while the desktop app has the library open. */
    Library openLibraryToRead() throws LibraryException {
        return Library.openReadOnly(libraryLocation());
    }
}

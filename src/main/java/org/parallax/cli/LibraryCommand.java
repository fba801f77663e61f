package org.parallax.cli;

import java.util.concurrent.Callable;

import org.parallax.core.index.LibraryException;
import org.parallax.core.index.SolrAddress;
import org.parallax.core.index.SolrCollections;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax library init}: makes a shared library on a SolrCloud cluster (docs/solr.md). */
@Command(name = "library", description = "Manage a shared library on a SolrCloud cluster.",
        subcommands = {LibraryCommand.Init.class})
final class LibraryCommand implements Runnable {

    @CommandLine.ParentCommand
    ParallaxCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", description = "Make the collection named in --library a Parallax library: upload "
            + "Parallax's configset and create the collection. Does nothing when it already is one; refuses a "
            + "collection that is not.")
    static final class Init implements Callable<Integer> {

        @CommandLine.ParentCommand
        LibraryCommand library;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean helpRequested;

        @Option(names = "--shards", defaultValue = "2", description = "Shards of the new collection (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "2",
                description = "Replicas of each shard, on different nodes (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Override
        public Integer call() throws Exception {
            String location = library.parent.library;
            if (!SolrAddress.isAddress(location)) {
                throw new Failures.UserError("library init makes a shared library on SolrCloud: give its address with"
                        + " --library solr://HOST:8983/solr/COLLECTION (a local library needs no init).");
            }
            SolrAddress address;
            try {
                address = SolrAddress.parse(location);
            } catch (LibraryException e) {
                throw new Failures.UserError(e.getMessage());
            }
            SolrCollections.Outcome outcome = SolrCollections.init(address, shards, replicas);
            boolean json = library.parent.json;
            if (json) {
                spec.commandLine().getOut().println(Json.write(new Initialised(address.text(), outcome.name().toLowerCase(java.util.Locale.ROOT))));
            } else if (outcome == SolrCollections.Outcome.CREATED) {
                spec.commandLine().getOut().println("created the shared library " + address + " (" + shards
                        + " shards x " + replicas + " replicas)");
            } else {
                spec.commandLine().getOut().println(address + " is already a Parallax library; nothing changed");
            }
            return 0;
        }
    }

    record Initialised(String library, String outcome) {
    }
}

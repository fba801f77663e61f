package org.parallax.cli;

import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one article: its metadata and body text (the text all offsets point into).")
final class ShowCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id, or any unique prefix of it.")
    String id;

    @Option(names = "--furniture", description = "Also print the page furniture set aside at import.")
    boolean furniture;

    @Override
    public Integer call() throws Exception {
        try (Library library = openLibraryToRead()) {
            LibraryEntry e = library.get(id).orElseThrow(() -> new Failures.UserError(
                    "No article with id " + id + " in " + library.location() + " (see: parallax list)."));
            if (json()) {
                out().println(Json.write(Views.detail(e)));
                return 0;
            }
            out().println(e.article().id() + "  " + e.article().source());
            Reports.header(out(), e.article());
            if (!Reports.editedFields(e).isEmpty()) {
                out().println("  edited: " + String.join(", ", Reports.editedFields(e)));
            }
            out().println();
            out().println(e.article().body());
            if (furniture && !e.article().furniture().isEmpty()) {
                out().println();
                out().println("---- page furniture set aside (" + e.article().furniture().size() + " lines) ----");
                e.article().furniture().forEach(out()::println);
            }
            return 0;
        }
    }
}

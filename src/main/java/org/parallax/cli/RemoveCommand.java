package org.parallax.cli;

import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove an article from the library (its source file is not touched).")
final class RemoveCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id, or any unique prefix of it.")
    String id;

    @Override
    public Integer call() throws Exception {
        try (Library library = openLibrary()) {
            LibraryEntry e = library.get(id).orElseThrow(() -> new Failures.UserError(
                    "No article with id " + id + " in " + library.location() + " (see: parallax list)."));
            library.remove(e.article().id());
            if (json()) {
                out().println(Json.write(new Removed(e.article().id(), true)));
            } else {
                out().println("removed " + e.article().id() + "  " + e.article().source());
            }
            return 0;
        }
    }

    record Removed(String id, boolean removed) {
    }
}

package org.parallax.cli;

import java.util.List;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the library's articles, newest first.")
final class ListCommand extends Subcommand {

    /** Characters of an id shown in tables; any unique prefix works wherever an ID is asked for. */
    static final int ID_WIDTH = 10;

    @Override
    public Integer call() throws Exception {
        try (Library library = openLibraryToRead()) {
            List<LibraryEntry> entries = library.list();
            if (json()) {
                out().println(Json.write(entries.stream().map(Views::article).toList()));
                return 0;
            }
            if (entries.isEmpty()) {
                out().println("The library at " + library.location() + " is empty. Add articles with: parallax import PATH...");
                return 0;
            }
            out().printf("%-" + ID_WIDTH + "s  %-10s  %-4s  %-18s  %6s  %4s  %4s  %s%n",
                    "ID", "PUBLISHED", "LANG", "OUTLET", "WORDS", "FIG", "QUO", "TITLE");
            for (LibraryEntry e : entries) {
                Metadata m = e.article().metadata();
                Views.ArticleView v = Views.article(e);
                out().printf("%-" + ID_WIDTH + "s  %-10s  %-4s  %-18s  %,6d  %4d  %4d  %s%n",
                        ImportCommand.shortId(v.id()), m.published() == null ? "undated" : m.published(),
                        v.language() == null ? "-" : v.language(),
                        Reports.cut(m.outlet() == null ? "-" : m.outlet(), 18), v.words(), v.figures(), v.quotes(),
                        Reports.cut(m.title() == null ? "(untitled)" : m.title(), 70));
            }
            out().printf("%d articles in %s%n", entries.size(), library.location());
            return 0;
        }
    }
}

package org.parallax.cli;

import java.util.List;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.Library;
import org.parallax.core.index.SearchHit;
import org.parallax.core.index.Snippet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        description = {"Search titles and bodies with Lucene's query syntax: words, \"phrases\", AND/OR/NOT, "
                + "wildcards, and fields: outlet:, title:, body:, byline:, wire:, published:2024-11-20 or "
                + "published:[2024-11-01 TO 2024-11-30].",
            "Example: parallax search '\"North Korean\" AND Kursk'"})
final class SearchCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        try (Library library = openLibraryToRead()) {
            List<SearchHit> hits = library.search(query, limit);
            if (json()) {
                out().println(Json.write(hits.stream().map(Views::hit).toList()));
                return 0;
            }
            if (hits.isEmpty()) {
                out().println("No article matches " + query);
                return 0;
            }
            for (SearchHit h : hits) {
                Views.ArticleView a = Views.article(h.entry());
                out().printf("%s  %.2f  %s \u00B7 %s \u00B7 %s%n", ImportCommand.shortId(a.id()), h.score(),
                        a.outlet() == null ? Metadata.OUTLET_NOT_STATED : a.outlet(),
                        a.published() == null ? "undated" : a.published(),
                        a.title() == null ? "(untitled)" : a.title());
                for (Snippet s : h.snippets()) {
                    out().println("    \u2026" + Reports.oneLine(s.marked("\u00AB", "\u00BB")) + "\u2026");
                }
            }
            out().printf("%d of %d articles match%n", hits.size(), library.size());
            return 0;
        }
    }
}

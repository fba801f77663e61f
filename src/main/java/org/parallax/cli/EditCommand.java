package org.parallax.cli;

import java.util.List;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.index.MetadataEdit.Field;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit",
        description = "Edit an article's metadata. Edits win over what was imported or inferred, and survive "
                + "re-import. An empty value (\"\") or --clear FIELD goes back to the imported value.")
final class EditCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The article's id, or any unique prefix of it.")
    String id;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--outlet", paramLabel = "NAME")
    String outlet;

    @Option(names = "--byline", paramLabel = "NAME")
    String byline;

    @Option(names = "--wire", paramLabel = "AGENCY")
    String wire;

    @Option(names = "--dateline", paramLabel = "PLACE")
    String dateline;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD")
    String published;

    @Option(names = "--url", paramLabel = "URL")
    String url;

    @Option(names = "--clear", paramLabel = "FIELD",
            description = "Drop your edit of this field: title, outlet, byline, wire, dateline, published, url.")
    List<String> clear = List.of();

    @Override
    public Integer call() throws Exception {
        MetadataEdit edit = MetadataEdit.none();
        edit = set(edit, Field.TITLE, title);
        edit = set(edit, Field.OUTLET, outlet);
        edit = set(edit, Field.BYLINE, byline);
        edit = set(edit, Field.WIRE, wire);
        edit = set(edit, Field.DATELINE, dateline);
        edit = set(edit, Field.PUBLISHED, published);
        edit = set(edit, Field.URL, url);
        for (String name : clear) {
            Field f = Field.named(name).orElseThrow(() -> new Failures.UserError("'" + name
                    + "' is not a field; use title, outlet, byline, wire, dateline, published or url."));
            edit = edit.clear(f);
        }
        if (edit.isEmpty()) {
            throw new Failures.UserError("Nothing to change: give --title, --outlet, --byline, --wire, --dateline, "
                    + "--published, --url or --clear.");
        }
        try (Library library = openLibrary()) {
            LibraryEntry e = library.edit(id, edit);
            if (json()) {
                out().println(Json.write(Views.article(e)));
            } else {
                out().println("edited " + e.article().id() + "  " + e.article().source());
                Reports.header(out(), e.article());
            }
            return 0;
        }
    }

    private static MetadataEdit set(MetadataEdit edit, Field field, String value) {
        return value == null ? edit : edit.set(field, value);
    }
}

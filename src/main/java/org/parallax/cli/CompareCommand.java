package org.parallax.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.AppDirectories;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.story.LibraryStories;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportFormat;
import org.parallax.core.report.ReportWriter;
import org.parallax.core.text.Languages;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare",
        description = {"Compare articles: figure groups with verdicts (agree, consistent, differ, single) and the "
                + "reasons, quotes in several places (reworded, truncated, speaker differs), claims credited to "
                + "different sources, reused passages and aligned passages.",
            "Give files (need not be in the library), library ids, or --story ID for every article of the library "
                + "that covers the same story. Prints Markdown unless --json, --html or --csv is given."})
final class CompareCommand extends Subcommand {

    @Parameters(paramLabel = "FILE-or-ID", arity = "0..*", description = "Article files or library ids (at least 2).")
    List<String> items = new ArrayList<>();

    @Option(names = "--story", paramLabel = "ID",
            description = "Compare every article in the library that covers the same story as this one.")
    String story;

    @ArgGroup(exclusive = true)
    Form form = new Form();

    static final class Form {
        @Option(names = "--md", description = "Markdown (the default).")
        boolean markdown;

        @Option(names = "--html", description = "One self-contained, printable HTML file.")
        boolean html;

        @Option(names = "--csv", description = "The figures as a CSV table.")
        boolean csv;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (the format follows --json/--html/--csv, "
                    + "else FILE's extension).")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        collect(articles, extractions);
        if (articles.size() < 2) {
            throw new Failures.UserError("Give at least two articles to compare (files, library ids or --story ID).");
        }
        for (Article a : articles) {
            if (!Languages.extractionReads(a.language())) {
                String name = a.metadata().title() != null ? "\u201C" + a.metadata().title() + "\u201D" : a.source();
                err().println("parallax: " + name + " is in " + Languages.name(a.language()) + ": its figures, quotes "
                        + "and attributions are not compared (they are extracted from English text only); its text is.");
            }
        }
        Comparison comparison = Comparer.create().compare(articles, extractions, Progress.NONE, Cancellation.NEVER);
        ReportFormat format = format();
        if (output == null) {
            ReportWriter.write(comparison, format, out());
        } else {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                ReportWriter.write(comparison, format, w);
            } catch (IOException e) {
                throw new Failures.UserError("Cannot write " + output + ": " + e.getMessage());
            }
            err().println("Wrote " + format.name().toLowerCase(java.util.Locale.ROOT) + " report of "
                    + articles.size() + " articles to " + output);
        }
        return 0;
    }

    private ReportFormat format() {
        if (json()) {
            return ReportFormat.JSON;
        }
        if (form.html) {
            return ReportFormat.HTML;
        }
        if (form.csv) {
            return ReportFormat.CSV;
        }
        if (!form.markdown && output != null) {
            return ReportFormat.ofFileName(output.getFileName().toString()).orElse(ReportFormat.MARKDOWN);
        }
        return ReportFormat.MARKDOWN;
    }

    private void collect(List<Article> articles, List<Extraction> extractions) throws Exception {
        List<String> ids = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        for (String item : items) {
            Path p = Path.of(item);
            if (Files.isRegularFile(p) || Files.isDirectory(p)) {
                for (Path file : ExtractCommand.expand(List.of(p))) {
                    Article a = loader.load(file);
                    articles.add(a);
                    extractions.add(extractor.extract(a));
                }
            } else {
                ids.add(item);
            }
        }
        if (ids.isEmpty() && story == null) {
            return;
        }
        try (Library library = openLibraryToRead()) {
            for (String id : ids) {
                LibraryEntry e = library.get(id).orElseThrow(() -> new Failures.UserError(
                        id + " is neither a file nor an article id in " + library.location() + " (see: parallax list)."));
                add(e, articles, extractions, extractor);
            }
            if (story != null) {
                LibraryEntry seed = library.get(story).orElseThrow(() -> new Failures.UserError(
                        "No article with id " + story + " in " + library.location() + " (see: parallax list)."));
                Stories.Story found = new LibraryStories(AppDirectories.cacheDirectory().resolve("stories"))
                        .storyOf(library, seed.id(), Progress.NONE, Cancellation.NEVER);
                for (String id : found.ids()) {
                    LibraryEntry e = id.equals(seed.id()) ? seed : library.get(id).orElse(null);
                    if (e != null) {
                        add(e, articles, extractions, extractor);
                    }
                }
            }
        }
    }

    private static void add(LibraryEntry e, List<Article> articles, List<Extraction> extractions, Extractor extractor) {
        articles.add(e.article());
        extractions.add(e.extraction() != null ? e.extraction() : extractor.extract(e.article()));
    }
}

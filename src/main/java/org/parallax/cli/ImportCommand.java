package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        description = "Import article files and folders (recursively) into the library. Prints one line per file: "
                + "imported, duplicate (already in the library) or skipped with the reason. Exits non-zero only "
                + "when nothing could be imported. Ctrl-C stops after the current file; what was imported stays.")
final class ImportCommand extends Subcommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files (.txt, .md, .html, .pdf, .docx, .eml, .mhtml) or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread hook = new Thread(() -> stop.set(true), "parallax-import-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ImportReport report;
        QuickCompiler.request(paths);
        try (Library library = openLibrary()) {
            Progress progress = json() ? Progress.NONE : (done, total, message) -> { };
            report = new Importer(new ArticleLoader(), new Extractor())
                    .importPaths(library, paths, progress, stop::get);
            if (json()) {
                out().println(Json.write(new Views.ImportSummary(
                        report.outcomes().stream().map(Views::importLine).toList(),
                        report.count(ImportOutcome.Status.IMPORTED), report.count(ImportOutcome.Status.DUPLICATE),
                        report.count(ImportOutcome.Status.SKIPPED), report.cancelled(),
                        library.location())));
            } else {
                print(report, library);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping: the hook has done its job
            }
        }
        for (ImportOutcome o : report.outcomes()) {
            if (o.status() != ImportOutcome.Status.SKIPPED && o.message() != null) {
                err().println("parallax: warning: " + o.message());
            }
        }
        for (ImportOutcome o : report.skipped()) {
            err().println("parallax: skipped: " + o.message());
        }
        return report.anyArticle() ? 0 : Failures.FAILED;
    }

    private void print(ImportReport report, Library library) {
        for (ImportOutcome o : report.outcomes()) {
            switch (o.status()) {
                case IMPORTED -> out().printf("imported   %s  %s  %s%n", shortId(o.articleId()), o.file(), title(o));
                case DUPLICATE -> out().printf("duplicate  %s  %s  (already in the library)%n",
                        shortId(o.articleId()), o.file());
                case SKIPPED -> out().printf("skipped    %s  %s  %s%n", " ".repeat(ListCommand.ID_WIDTH), o.file(),
                        reason(o));
            }
            if (o.status() != ImportOutcome.Status.SKIPPED && o.message() != null) {
                out().printf("           %s  note: %s%n", " ".repeat(ListCommand.ID_WIDTH), o.message());
            }
        }
        out().printf("%d imported, %d duplicate, %d skipped%s. Library: %s%n",
                report.count(ImportOutcome.Status.IMPORTED), report.count(ImportOutcome.Status.DUPLICATE),
                report.count(ImportOutcome.Status.SKIPPED), report.cancelled() ? " (cancelled)" : "",
                library.location());
    }

    /** Why a file was skipped, without the file's name that the message starts with (the line shows it). */
    static String reason(ImportOutcome o) {
        String m = o.message() == null ? "" : o.message();
        String file = o.file().toString();
        return m.startsWith(file + " ") ? m.substring(file.length() + 1) : m;
    }

    private static String title(ImportOutcome o) {
        return o.title() == null ? "" : "\u201C" + Reports.cut(o.title(), 60) + "\u201D";
    }

    static String shortId(String id) {
        return id == null ? "" : id.substring(0, Math.min(ListCommand.ID_WIDTH, id.length()));
    }
}

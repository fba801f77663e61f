package org.parallax.reliability;

import java.nio.file.Path;
import java.util.List;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Progress;

/**
 * Run in a child JVM by {@link KillDuringImportTest}: imports a folder into a library. Prints {@code OPEN} once
 * the library is open, {@code AT n} after each file and {@code DONE imported duplicate skipped} at the end.
 */
public final class ImportMain {

    private ImportMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.open(Path.of(args[0]))) {
            System.out.println("OPEN " + library.size());
            System.out.flush();
            // "AT n" after each file, so the test can kill at a chosen point of the import
            Progress progress = (done, total, message) -> System.out.println("AT " + done);
            // commits every 100 files (not the default 1,000), so that kills land between commits of one run
            ImportReport report = new Importer(new ArticleLoader(), new Extractor(),
                    Runtime.getRuntime().availableProcessors(), 100).importPaths(library, List.of(Path.of(args[1])), progress, () -> false);
            System.out.println("DONE " + report.count(ImportOutcome.Status.IMPORTED) + " "
                    + report.count(ImportOutcome.Status.DUPLICATE) + " " + report.count(ImportOutcome.Status.SKIPPED));
        }
    }
}

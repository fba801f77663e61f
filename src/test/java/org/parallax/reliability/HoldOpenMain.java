package org.parallax.reliability;

import java.nio.file.Path;
import java.util.List;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Progress;

/**
 * Run in a child JVM by {@link TwoInstancesTest}: opens a library for writing, imports a folder, prints
 * {@code READY n}, keeps the library open until its standard input closes, then imports the folder again
 * (changes while the other process reads) and closes.
 */
public final class HoldOpenMain {

    private HoldOpenMain() {
    }

    public static void main(String[] args) throws Exception {
        Importer importer = new Importer(new ArticleLoader(), new Extractor());
        try (Library library = Library.open(Path.of(args[0]))) {
            importer.importPaths(library, List.of(Path.of(args[1])), Progress.NONE, () -> false);
            System.out.println("READY " + library.size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the library until the test closes our input
            }
            importer.importPaths(library, List.of(Path.of(args[2])), Progress.NONE, () -> false);
            System.out.println("CLOSING " + library.size());
        }
    }
}

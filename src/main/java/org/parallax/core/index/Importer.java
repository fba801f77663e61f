package org.parallax.core.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders into a library: each file is read, its body extracted and stored, or skipped with
 * a reason; one bad file never stops the others. Blocks the calling thread; reports progress per file and
 * stops between files when cancelled (what was imported by then stays imported).
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    /** Files imported between two commits: a crash loses at most this many, and they import again. */
    static final int COMMIT_EVERY = 100;

    private final ArticleLoader loader;
    private final Extractor extractor;

    public Importer(ArticleLoader loader, Extractor extractor) {
        this.loader = loader;
        this.extractor = extractor;
    }

    public ImportReport importPaths(Library library, List<Path> paths, Progress progress, Cancellation cancellation)
            throws LibraryException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                outcomes.add(ImportOutcome.skipped(path, path + " does not exist."));
            } else if (Files.isDirectory(path)) {
                try {
                    files.addAll(ArticleFiles.collect(List.of(path)));
                } catch (IOException e) {
                    LOG.warn("cannot list {}", path, e);
                    outcomes.add(ImportOutcome.skipped(path, "Cannot read the folder " + path + ": " + e.getMessage()));
                }
            } else if (Format.ofFileName(path.getFileName().toString()).isEmpty()) {
                outcomes.add(ImportOutcome.skipped(path,
                        path + " is not a format Parallax reads (.txt, .md, .html, .htm)."));
            } else {
                files.add(path);
            }
        }
        boolean cancelled = false;
        progress.update(0, files.size(), "");
        // outcomes before this index are committed: only they count as imported (or duplicate)
        int committed = outcomes.size();
        Path current = null;
        Batch batch = library.batch();
        try {
            for (int i = 0; i < files.size(); i++) {
                if (cancellation.isCancelled()) {
                    cancelled = true;
                    break;
                }
                current = files.get(i);
                outcomes.add(importFile(batch, current));
                if ((i + 1) % COMMIT_EVERY == 0) {
                    batch.close();
                    committed = outcomes.size();
                    batch = library.batch();
                }
                progress.update(i + 1, files.size(), current.getFileName().toString());
            }
            current = null;
            batch.close();
        } catch (LibraryException e) {
            throw stopped(library, e, outcomes.subList(0, committed), current);
        }
        return new ImportReport(outcomes, cancelled);
    }

    /**
     * A write failed (disk full, permissions…): the uncommitted articles are thrown away rather than reported
     * as imported and committed later by some other close, and the import stops with one clear message.
     * An article counts as imported only once committed.
     */
    private static LibraryException stopped(Library library, LibraryException e, List<ImportOutcome> committed,
                                            Path at) {
        library.discardUncommitted();
        long stored = committed.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count();
        LOG.warn("import stopped{}: {}", at == null ? "" : " at " + at, e.getMessage());
        return new LibraryException(e.reason(), e.getMessage() + " The import stopped"
                + (at == null ? "" : " at " + at) + "; " + stored + " new article" + (stored == 1 ? " was" : "s were")
                + " stored before that and kept. Import the same files again once this is fixed.", e);
    }

    private ImportOutcome importFile(Batch library, Path file) throws LibraryException {
        Article article;
        try {
            Article loaded = loader.load(file);
            // the library remembers where an article came from wherever the import was started
            article = new Article(loaded.id(), loaded.metadata(), loaded.body(), loaded.furniture(),
                    file.toAbsolutePath().normalize().toString(), loaded.format());
        } catch (IngestException e) {
            LOG.info("skipped {}: {}", file, e.getMessage());
            return ImportOutcome.skipped(file, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure reading {}", file, e);
            return ImportOutcome.skipped(file, file + " could not be read (an unexpected error; see the log).");
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(article.body());
        } catch (RuntimeException e) {
            LOG.error("extraction failed for {}", file, e);
            extraction = Extraction.EMPTY;
        }
        AddResult result = library.add(article, extraction);
        ImportOutcome.Status status = result == AddResult.ADDED
                ? ImportOutcome.Status.IMPORTED : ImportOutcome.Status.DUPLICATE;
        return new ImportOutcome(file, status, article.id(), article.metadata().title(), null);
    }
}

package org.parallax.core.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleFiles;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.core.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files and folders into a library: each file is read, its body extracted and stored, or skipped with
 * a reason; one bad file never stops the others. Blocks the calling thread; reports progress per file and
 * stops between files when cancelled (what was imported by then stays imported).
 *
 * <p>Reading and extraction, the costly part, run on a small pool of worker threads (one per processor), a
 * few files ahead of the calling thread, which adds the results to the library one at a time in file order.
 * So the library sees exactly the changes a one-thread import would make, in the same order (the same file
 * twice, or two files with the same text, still give one article and a duplicate), the commits fall at the
 * same points, and only a bounded number of read articles is held in memory at any time.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    /**
     * Files imported between two commits by default: a crash loses at most this many, and they import again.
     * Each commit flushes a segment that merges later: every 100 files made the index work a third slower.
     */
    public static final int COMMIT_EVERY = 1000;
    /** Files read ahead per worker: enough to keep the workers busy, few enough to bound memory. */
    private static final int AHEAD_PER_WORKER = 4;

    private final ArticleLoader loader;
    private final Extractor extractor;
    private final int workers;
    private final int commitEvery;

    /** An importer with one worker per available processor, committing every {@value #COMMIT_EVERY} files. */
    public Importer(ArticleLoader loader, Extractor extractor) {
        this(loader, extractor, Runtime.getRuntime().availableProcessors(), COMMIT_EVERY);
    }

    /**
     * An importer reading and extracting on {@code workers} threads (1: all on a single worker), committing
     * every {@code commitEvery} files and at the end.
     */
    public Importer(ArticleLoader loader, Extractor extractor, int workers, int commitEvery) {
        if (workers < 1 || commitEvery < 1) {
            throw new IllegalArgumentException("at least one worker and one file a commit expected, got "
                    + workers + " and " + commitEvery);
        }
        this.loader = loader;
        this.extractor = extractor;
        this.workers = workers;
        this.commitEvery = commitEvery;
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
                    files.addAll(ArticleFiles.collectAll(List.of(path)));
                } catch (IOException e) {
                    LOG.warn("cannot list {}", path, e);
                    outcomes.add(ImportOutcome.skipped(path, "Cannot read the folder " + path + ": " + e.getMessage()));
                }
            } else {
                files.add(path);
            }
        }
        boolean cancelled = false;
        progress.update(0, files.size(), "");
        // outcomes before this index are committed: only they count as imported (or duplicate)
        int committed = outcomes.size();
        Path current = null;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, files.size())),
                new WorkerThreads());
        Deque<Future<Read>> ahead = new ArrayDeque<>();
        int submitted = 0;
        Batch batch = library.batch();
        try {
            for (int i = 0; i < files.size(); i++) {
                if (cancellation.isCancelled()) {
                    cancelled = true;
                    break;
                }
                while (submitted < files.size() && ahead.size() < workers * AHEAD_PER_WORKER) {
                    Path file = files.get(submitted++);
                    ahead.add(pool.submit(() -> read(file)));
                }
                current = files.get(i);
                outcomes.add(add(batch, current, result(ahead.poll())));
                if ((i + 1) % commitEvery == 0) {
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
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        return new ImportReport(outcomes, cancelled);
    }

    /**
     * A file read and extracted by a worker: the article and its document ready to add, with notes on what was
     * left out (or null), or why it is skipped.
     */
    private record Read(NewEntry entry, String notes, ImportOutcome skipped) {
    }

    /** Runs on a worker: reads, extracts and encodes one file; never throws for a bad file. */
    private Read read(Path file) {
        Article article;
        List<String> notes = new ArrayList<>();
        try {
            ArticleLoader.Loaded loaded = loader.read(file);
            // the library remembers where an article came from wherever the import was started
            article = loaded.article().withSource(file.toAbsolutePath().normalize().toString());
            notes.addAll(article.warnings());  // metadata problems that did not cost the article
            notes.addAll(loaded.notes());
        } catch (IngestException e) {
            LOG.info("skipped {}: {}", file, e.getMessage());
            return new Read(null, null, ImportOutcome.skipped(file, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("unexpected failure reading {}", file, e);
            return new Read(null, null, ImportOutcome.skipped(file,
                    file + " could not be read (an unexpected error; see the log)."));
        } catch (StackOverflowError e) {
            LOG.error("reading {} nested too deeply", file, e);
            return new Read(null, null, ImportOutcome.skipped(file,
                    file + " could not be read (its structure nests too deeply)."));
        }
        if (!Languages.extractionReads(article.language())) {
            notes.add(englishOnly(article.language()));
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(article);
        } catch (RuntimeException e) {
            LOG.error("extraction failed for {}", file, e);
            extraction = Extraction.EMPTY;
        }
        return new Read(NewEntry.of(article, extraction, true), notes.isEmpty() ? null : String.join(" ", notes),
                null);
    }

    /** The note for an article in a language extraction does not read. */
    private static String englishOnly(String language) {
        return "The text is in " + Languages.name(language) + ": figures, quotes and attributions were not extracted "
                + "(Parallax extracts them from English text only); search and reading work as for any article.";
    }

    /** The worker's result, waiting for it; a worker's unexpected error is rethrown here. */
    private static Read result(Future<Read> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while importing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a file could not be read", e.getCause());
        }
    }

    private static ImportOutcome add(Batch batch, Path file, Read read) throws LibraryException {
        if (read.skipped() != null) {
            return read.skipped();
        }
        Article article = read.entry().entry().article();
        AddResult result = batch.add(read.entry());
        ImportOutcome.Status status = result == AddResult.ADDED
                ? ImportOutcome.Status.IMPORTED : ImportOutcome.Status.DUPLICATE;
        return new ImportOutcome(file, status, article.id(), article.metadata().title(), read.notes());
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

    /** Daemon worker threads named for the log, so a stuck import never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "import-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

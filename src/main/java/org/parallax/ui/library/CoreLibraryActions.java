package org.parallax.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.parallax.core.AppDirectories;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.story.LibraryStories;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.AddResult;
import org.parallax.core.index.Batch;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.ArticleSummary;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryFilter;
import org.parallax.core.index.LibraryOrder;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.index.SearchHit;
import org.parallax.core.index.SolrAddress;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.ingest.SampleArticles;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's library: one core {@link Library}, opened read-write for the app's life. When another
 * Parallax window or command holds it, it is opened read-only instead; when it cannot be opened at all (damaged,
 * from a newer Parallax, not a library), the app runs without one and {@link #status()} says why.
 */
public final class CoreLibraryActions implements LibraryActions {

    private static final Logger LOG = LoggerFactory.getLogger(CoreLibraryActions.class);
    /** Where pasted articles say they came from. */
    public static final String PASTED_SOURCE = "pasted text";

    /** Null when unavailable; for a shared library not reached at start, set once it is reached. */
    private volatile Library library;
    /** A shared library whose cluster did not answer at start: opened again on each use until it answers. */
    private final boolean openOnUse;
    private final LibraryStatus status;
    private final Path samplesDirectory;
    private final ArticleLoader loader = new ArticleLoader();
    private final Extractor extractor = new Extractor();
    private final Importer importer = new Importer(loader, extractor);
    /** The library's stories, kept between runs in the cache folder. */
    private final LibraryStories stories = new LibraryStories(AppDirectories.cacheDirectory().resolve("stories"));

    private CoreLibraryActions(Library library, LibraryStatus status, Path samplesDirectory) {
        this(library, status, samplesDirectory, false);
    }

    private CoreLibraryActions(Library library, LibraryStatus status, Path samplesDirectory, boolean openOnUse) {
        this.library = library;
        this.openOnUse = openOnUse;
        this.status = status;
        this.samplesDirectory = samplesDirectory;
    }

    /** Opens the local library in {@code directory}: see {@link #open(String, Path)}. */
    public static CoreLibraryActions open(Path directory, Path samplesDirectory) {
        return open(directory.toString(), samplesDirectory);
    }

    /**
     * Opens the library at {@code location} (a folder, or a shared library's address: {@code solr://…},
     * {@code solr+zk://…}), through the same {@link Library#open(String)} as the commands; never throws: a local
     * library that cannot be opened for writing is opened read-only, one that cannot be opened at all (or a
     * cluster that does not answer) gives an unavailable status with the reason.
     *
     * @param samplesDirectory where the bundled sample articles are copied before they are imported (never into a
     *                         shared library)
     */
    public static CoreLibraryActions open(String location, Path samplesDirectory) {
        try {
            return new CoreLibraryActions(Library.open(location), LibraryStatus.readWrite(location), samplesDirectory);
        } catch (LibraryException e) {
            if (e.reason() == LibraryException.Reason.UNAVAILABLE && SolrAddress.isAddress(location)) {
                // the cluster is down or slow: the window opens on it anyway, each read says why it failed,
                // and "Try again" (or any later use) opens it once it answers
                LOG.warn("The shared library {} does not answer yet; opening it on first use", location, e);
                return new CoreLibraryActions(null, LibraryStatus.readWrite(location), samplesDirectory, true);
            }
            if (e.reason() != LibraryException.Reason.LOCKED) {
                LOG.error("Cannot open the library at {}", location, e);
                return unavailable(location, e, samplesDirectory);
            }
            LOG.info("The library at {} is locked by another process; opening it read-only", location);
        }
        try {
            Library readOnly = Library.openReadOnly(location);
            return new CoreLibraryActions(readOnly, new LibraryStatus(LibraryStatus.State.READ_ONLY, location,
                    "This library is open in another Parallax window, so it is read-only here: you can browse and "
                            + "search, but not import, edit or remove. Close the other window and restart to make changes."),
                    samplesDirectory);
        } catch (LibraryException e) {
            LOG.error("Cannot open the library at {} read-only either", location, e);
            return unavailable(location, e, samplesDirectory);
        }
    }

    private static CoreLibraryActions unavailable(String location, LibraryException e, Path samplesDirectory) {
        return new CoreLibraryActions(null, new LibraryStatus(LibraryStatus.State.UNAVAILABLE, location, e.getMessage()),
                samplesDirectory);
    }

    @Override
    public LibraryStatus status() {
        return status;
    }

    private Library library() throws LibraryException {
        Library l = library;
        if (l != null) {
            return l;
        }
        if (!openOnUse) {
            throw new LibraryException(LibraryException.Reason.CLOSED, status.message());
        }
        synchronized (this) {
            if (library == null) {
                library = Library.open(status.location());
            }
            return library;
        }
    }

    /** The library to read, or null when there is none (a library that could not be opened lists nothing). */
    private Library reading() throws LibraryException {
        return library == null && !openOnUse ? null : library();
    }

    /**
     * Starts reading the table's first page on {@code executor} (while the window is being made): the index is
     * opened, and the classes and code that listing needs are loaded and warmed, so the window's own first
     * read is quick. It reads no more than a page whatever the library's size (it used to read every article).
     *
     * @return this
     */
    public CoreLibraryActions preload(Executor executor) {
        if (library != null) {
            CompletableFuture.runAsync(() -> {
                try {
                    library.count(LibraryFilter.ALL);
                    library.page(LibraryFilter.ALL, LibraryOrder.NEWEST_FIRST, 0, PagedArticles.PAGE_SIZE);
                } catch (LibraryException | RuntimeException e) {
                    LOG.warn("Reading the library's first page ahead failed", e);
                }
            }, executor);
        }
        return this;
    }

    @Override
    public List<LibraryEntry> list() throws LibraryException {
        Library l = reading();
        return l == null ? List.of() : l.list();
    }

    @Override
    public Optional<LibraryEntry> get(String id) throws LibraryException {
        return library().get(id);
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws LibraryException {
        return library().search(query, limit);
    }

    @Override
    public ImportReport importPaths(List<Path> paths, Progress progress, Cancellation cancellation) throws LibraryException {
        boolean done = false;
        try {
            ImportReport report = importer.importPaths(library(), paths, progress, cancellation);
            added(report);
            done = true;
            return report;
        } finally {
            if (!done) {
                regroupAll();
            }
        }
    }

    /** Every article imported or found again (its metadata may have changed) is added for the stories. */
    private void added(ImportReport report) {
        for (var o : report.outcomes()) {
            if (o.articleId() != null && o.status() != org.parallax.core.ingest.ImportOutcome.Status.SKIPPED) {
                stories.added(o.articleId());
            }
        }
    }

    private void added(String id) {
        stories.added(id);
    }

    private void removed(String id) {
        stories.removed(id);
    }

    /** After a change not followed article by article: see {@link LibraryStories#changedUnseen}. */
    private void regroupAll() {
        stories.changedUnseen();
    }

    @Override
    public Pasted importText(String text, Metadata given) throws LibraryException {
        Article article = loader.fromText(text, given, PASTED_SOURCE);
        Extraction extraction;
        try {
            extraction = extractor.extract(article);
        } catch (RuntimeException e) {
            LOG.error("Extraction failed for a pasted article", e);
            extraction = Extraction.EMPTY;
        }
        AddResult result = library().add(article, extraction);
        added(article.id());
        return new Pasted(article.id(), result);
    }

    @Override
    public LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException {
        LibraryEntry entry = library().edit(id, edit);
        added(entry.id()); // a new date can move it to another story
        return entry;
    }

    @Override
    public int remove(List<String> ids, Progress progress, Cancellation cancellation) throws LibraryException {
        Library lib = library();
        int removed = 0;
        try (Batch batch = lib.batch()) {
            for (int i = 0; i < ids.size(); i++) {
                if (cancellation.isCancelled()) {
                    break;
                }
                if (batch.remove(ids.get(i))) {
                    removed++;
                    removed(ids.get(i));
                }
                progress.update(i + 1, ids.size(), null);
            }
        }
        return removed;
    }

    @Override
    public Optional<ImportReport> importSamplesIfEmpty(Progress progress, Cancellation cancellation) throws Exception {
        if (library == null || status.shared() || library.isReadOnly() || library.size() > 0) {
            return Optional.empty(); // a shared library holds the desk's articles, never the samples
        }
        LOG.info("The library at {} is empty: importing the sample articles", library.location());
        return Optional.of(importSamples(progress, cancellation));
    }

    @Override
    public ImportReport resetToSamples(Progress progress, Cancellation cancellation) throws Exception {
        Library lib = library();
        if (status.shared()) {
            throw new LibraryException(LibraryException.Reason.INVALID_INPUT, "This is a shared library ("
                    + status.location() + "): resetting it to the sample articles would remove everyone's articles,"
                    + " so Parallax does not do it.");
        }
        List<String> ids = lib.list().stream().map(LibraryEntry::id).toList();
        remove(ids, progress, cancellation);
        cancellation.check();
        return importSamples(progress, cancellation);
    }

    private ImportReport importSamples(Progress progress, Cancellation cancellation) throws Exception {
        regroupAll();
        progress.update(0, -1, "Copying the sample articles");
        List<Path> files = SampleArticles.copyTo(samplesDirectory);
        return importer.importPaths(library(), files, progress, cancellation);
    }

    /** The library's stories: see {@link LibraryStories#stories}; none when there is no library to read. */
    @Override
    public List<Stories.Story> stories(Progress progress, Cancellation cancellation) throws Exception {
        Library l = reading();
        return l == null ? List.of() : stories.stories(l, progress, cancellation);
    }

    @Override
    public int count(LibraryFilter filter) throws LibraryException {
        Library l = reading();
        return l == null ? 0 : l.count(filter);
    }

    @Override
    public List<ArticleSummary> page(LibraryFilter filter, LibraryOrder order, int offset, int limit)
            throws LibraryException {
        Library l = reading();
        return l == null ? List.of() : l.page(filter, order, offset, limit);
    }

    @Override
    public List<String> outlets() throws LibraryException {
        Library l = reading();
        return l == null ? List.of() : l.outlets();
    }

    @Override
    public void close() {
        Library l = library;
        if (l == null) {
            return;
        }
        try {
            l.close();
        } catch (LibraryException e) {
            LOG.error("Closing the library at {} failed", l.location(), e);
        }
    }
}

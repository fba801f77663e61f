package org.parallax.ui.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.parallax.core.AppDirectories;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.story.SavedStories;
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
    /** Keeps what grouping read from each article, so regrouping after a change reads only new articles. */
    private final Stories stories = new Stories();
    /** The stories last given, and what changed since: the next grouping updates them from these. */
    private List<Stories.Story> grouped;
    private final Set<String> addedSince = new LinkedHashSet<>();
    private final Set<String> removedSince = new LinkedHashSet<>();
    /** Most articles changed before an update gives way to grouping the whole library, or a step at a time. */
    static final int MAX_UPDATE = 1000;
    /** Largest library grouped all at once (every article read); a larger one is grouped a step at a time. */
    static final int WHOLE_GROUPING = 2000;
    /** Where the stories are kept between runs: the cache folder's {@code stories}. */
    private static final Path STORIES_DIRECTORY = AppDirectories.cacheDirectory().resolve("stories");
    /** How often stories grouped a step at a time are kept while the grouping runs. */
    private static final long SAVE_EVERY_NANOS = 10_000_000_000L;

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
    private synchronized void added(ImportReport report) {
        for (var o : report.outcomes()) {
            if (o.articleId() != null && o.status() != org.parallax.core.ingest.ImportOutcome.Status.SKIPPED) {
                addedSince.add(o.articleId());
                removedSince.remove(o.articleId());
            }
        }
    }

    private synchronized void added(String id) {
        addedSince.add(id);
        removedSince.remove(id);
    }

    private synchronized void removed(String id) {
        removedSince.add(id);
        addedSince.remove(id);
    }

    /**
     * After a change not followed article by article (an import stopped midway, the samples put back): the next
     * grouping starts again from the kept stories and the library's ids, which tell what came and went.
     */
    private synchronized void regroupAll() {
        grouped = null;
        addedSince.clear();
        removedSince.clear();
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

    /**
     * The library's stories. The first time, the stories kept from the last run ({@link SavedStories}) are read and
     * updated with the articles that came or went since (the library's ids against theirs); with none kept, a
     * library of up to {@value #WHOLE_GROUPING} articles is grouped at once (every article read while it runs, see
     * {@link Stories#group}), a larger one a step at a time ({@link Stories#updateInSteps}: memory bounded, kept
     * after every few steps so that a stop midway loses little). After that, updates the stories of the articles
     * added, changed or removed since ({@link Stories#update}, their neighbours found in the index). What it gives
     * is kept for the next run.
     */
    @Override
    public List<Stories.Story> stories(Progress progress, Cancellation cancellation) throws Exception {
        List<Stories.Story> previous;
        Set<String> added;
        Set<String> removed;
        synchronized (this) {
            previous = grouped;
            added = new LinkedHashSet<>(addedSince);
            removed = new LinkedHashSet<>(removedSince);
            addedSince.clear();
            removedSince.clear();
        }
        try {
            Library lib = library();
            SavedStories saved = new SavedStories(STORIES_DIRECTORY, lib.location());
            if (previous == null) {
                Optional<List<Stories.Story>> kept = saved.read();
                if (kept.isPresent()) {
                    previous = kept.get();
                    stories.remember(previous);
                    Set<String> now = lib.ids();
                    Set<String> before = new java.util.HashSet<>();
                    previous.forEach(st -> before.addAll(st.ids()));
                    now.stream().filter(id -> !before.contains(id)).forEach(added::add);
                    before.stream().filter(id -> !now.contains(id)).forEach(removed::add);
                    added.removeIf(id -> !now.contains(id));
                    removed.removeIf(now::contains);
                    LOG.info("Read {} saved stories of {} articles: {} articles came and {} went since", previous.size(),
                            before.size(), added.size(), removed.size());
                }
            }
            Stories.Neighbourhood neighbourhood = neighbourhood(lib);
            List<Stories.Story> now = null;
            if (previous != null && added.isEmpty() && removed.isEmpty()) {
                now = previous;
            } else if (previous != null && added.size() + removed.size() <= MAX_UPDATE) {
                now = stories.update(previous, neighbourhood.articles(added), removed, neighbourhood, progress,
                        cancellation).orElse(null);
            }
            if (now == null && lib.size() <= WHOLE_GROUPING) {
                List<Article> articles = list().stream().map(LibraryEntry::article).toList();
                now = stories.group(articles, progress, cancellation);
            } else if (now == null) {
                List<Stories.Story> from = previous == null ? List.of() : previous;
                Set<String> toAdd = previous == null ? lib.ids() : added;
                long[] lastSaved = {System.nanoTime()};
                now = stories.updateInSteps(from, toAdd, removed, neighbourhood, sofar -> {
                    if (System.nanoTime() - lastSaved[0] > SAVE_EVERY_NANOS) {
                        keep(saved, sofar);
                        lastSaved[0] = System.nanoTime();
                    }
                }, progress, cancellation);
            }
            synchronized (this) {
                grouped = now;
            }
            if (now != previous) {
                keep(saved, now);
            }
            return now;
        } catch (Exception | Error e) {
            synchronized (this) {
                // not grouped: what changed is still to be taken into account
                addedSince.addAll(added);
                removedSince.addAll(removed);
            }
            throw e;
        }
    }

    /** The index as the stories see it: neighbours by {@link Library#similar}, bodies read one by one. */
    private static Stories.Neighbourhood neighbourhood(Library lib) {
        return new Stories.Neighbourhood() {
            @Override
            public List<String> similar(String id, int limit) throws LibraryException {
                return lib.similar(id, limit);
            }

            @Override
            public List<Article> articles(java.util.Collection<String> ids) throws LibraryException {
                List<Article> out = new java.util.ArrayList<>(ids.size());
                for (String id : ids) {
                    lib.get(id).ifPresent(e -> out.add(e.article()));
                }
                return out;
            }
        };
    }

    /** Keeps the stories for the next run; a failure to write them costs a regrouping then, nothing else. */
    private void keep(SavedStories saved, List<Stories.Story> now) {
        if (library != null && library.isReadOnly()) {
            return; // the window that owns the library keeps them
        }
        try {
            saved.write(now);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the stories in {}", saved.file(), e);
        }
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

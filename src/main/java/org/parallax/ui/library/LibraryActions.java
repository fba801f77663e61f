package org.parallax.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.index.AddResult;
import org.parallax.core.index.ArticleSummary;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.LibraryFilter;
import org.parallax.core.index.LibraryOrder;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.index.SearchHit;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * What the desktop app asks of its library. Every call blocks (the UI runs it as a task off the FX thread) and
 * may be called from any thread. {@link CoreLibraryActions} is the real one, over the core {@code Library};
 * {@link #NOT_WIRED} stands in where no library is wanted (view tests, demos).
 */
public interface LibraryActions extends AutoCloseable {

    /** An article added from pasted text: its id and whether it was new. */
    record Pasted(String id, AddResult result) {
    }

    LibraryStatus status();

    /** Every article, newest first, with bodies and extractions: for small libraries and tests only. */
    List<LibraryEntry> list() throws LibraryException;

    /** How many articles pass the filter (counted in the index). */
    default int count(LibraryFilter filter) throws LibraryException {
        return (int) list().stream().map(ArticleSummary::of).filter(filter::accepts).count();
    }

    /** A page of the articles passing the filter, in this order, without bodies: see {@code Library#page}. */
    default List<ArticleSummary> page(LibraryFilter filter, LibraryOrder order, int offset, int limit)
            throws LibraryException {
        return list().stream().map(ArticleSummary::of).filter(filter::accepts).sorted(order.comparator())
                .skip(offset).limit(limit).toList();
    }

    /** The library's outlets, sorted, {@link LibraryFilter#NO_OUTLET} last when some article has none. */
    default List<String> outlets() throws LibraryException {
        return List.of();
    }

    /** One article by id (or unique id prefix), with its stored extraction. */
    Optional<LibraryEntry> get(String id) throws LibraryException;

    /** Articles matching a Lucene query, best first, with highlighted snippets. */
    List<SearchHit> search(String query, int limit) throws LibraryException;

    /** Imports files and folders; a bad file is skipped with its reason, the others go on. */
    ImportReport importPaths(List<Path> paths, Progress progress, Cancellation cancellation) throws Exception;

    /** Adds an article from pasted text, with the metadata the user gave (non-null fields win). */
    Pasted importText(String text, Metadata given) throws Exception;

    LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException;

    /** Removes these articles; returns how many were there. */
    int remove(List<String> ids, Progress progress, Cancellation cancellation) throws LibraryException;

    /** On first run: imports the sample articles when the library is empty; empty when it was not. */
    Optional<ImportReport> importSamplesIfEmpty(Progress progress, Cancellation cancellation) throws Exception;

    /** Removes every article, then imports the sample articles. */
    ImportReport resetToSamples(Progress progress, Cancellation cancellation) throws Exception;

    /**
     * The story groups of the library's articles (newest first), by {@link Stories}: what
     * {@code parallax compare --story} groups by. Blocks; reports progress and stops when cancelled.
     */
    default List<Stories.Story> stories(Progress progress, Cancellation cancellation) throws Exception {
        List<Article> articles = list().stream().map(LibraryEntry::article).toList();
        return new Stories().group(articles, progress, cancellation);
    }

    /** Closes the library (commits what is pending). */
    @Override
    void close();

    /** No library: lists nothing, every change fails with a clear message. */
    LibraryActions NOT_WIRED = new LibraryActions() {
        private static final String MESSAGE = "No article library is open in this window.";

        @Override
        public LibraryStatus status() {
            return new LibraryStatus(LibraryStatus.State.UNAVAILABLE, null, MESSAGE);
        }

        @Override
        public List<LibraryEntry> list() {
            return List.of();
        }

        @Override
        public List<SearchHit> search(String query, int limit) {
            return List.of();
        }

        @Override
        public ImportReport importPaths(List<Path> paths, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException(MESSAGE);
        }

        @Override
        public Pasted importText(String text, Metadata given) {
            throw new UnsupportedOperationException(MESSAGE);
        }

        @Override
        public LibraryEntry edit(String id, MetadataEdit edit) {
            throw new UnsupportedOperationException(MESSAGE);
        }

        @Override
        public int remove(List<String> ids, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException(MESSAGE);
        }

        @Override
        public Optional<LibraryEntry> get(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<ImportReport> importSamplesIfEmpty(Progress progress, Cancellation cancellation) {
            return Optional.empty();
        }

        @Override
        public ImportReport resetToSamples(Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException(MESSAGE);
        }

        @Override
        public void close() {
        }
    };
}

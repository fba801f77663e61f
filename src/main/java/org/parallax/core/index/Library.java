package org.parallax.core.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.parallax.core.AppDirectories;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;

/**
 * The library: every imported article with its metadata, the user's edits and its extraction, and the
 * operations the commands and the desktop app need on it. {@link LocalLibrary}, one Lucene index in a folder, is
 * the one every user has; another backend implements the same contract and gives the same answers.
 *
 * <p>Articles are identified by their id, a hash of the body text, so the same article imported twice (by one
 * person or two) is stored once. Changes are committed at once unless made inside a {@link #batch()}. All
 * methods are safe to call from several threads.
 */
public interface Library extends AutoCloseable {

    /** The default local library folder of this user and platform. */
    static Path defaultDirectory() {
        return AppDirectories.defaultLibrary();
    }

    /** Opens (creating it when missing or empty) the local library in {@code dir}: see {@link LocalLibrary#open}. */
    static Library open(Path dir) throws LibraryException {
        return LocalLibrary.open(dir);
    }

    /** Opens the local library in {@code dir} for reading only: see {@link LocalLibrary#openReadOnly}. */
    static Library openReadOnly(Path dir) throws LibraryException {
        return LocalLibrary.openReadOnly(dir);
    }

    /**
     * Opens the library at {@code location}: a shared library's address ({@code solr://…}, {@code solr+zk://…},
     * see {@link SolrAddress}), else the local library in that folder ({@link #open(Path)}).
     */
    static Library open(String location) throws LibraryException {
        Optional<SolrAddress> address = SolrAddress.of(location);
        return address.isPresent() ? SolrLibrary.open(address.get()) : open(Path.of(location));
    }

    /**
     * Opens the library at {@code location} for reading: a local folder read-only ({@link #openReadOnly(Path)});
     * a shared library as it is (several people use it at once anyway).
     */
    static Library openReadOnly(String location) throws LibraryException {
        Optional<SolrAddress> address = SolrAddress.of(location);
        return address.isPresent() ? SolrLibrary.open(address.get()) : openReadOnly(Path.of(location));
    }

    /** Newest first, undated last; then title ignoring case, untitled last; then id. */
    Comparator<LibraryEntry> LIST_ORDER = Comparator
            .comparing((LibraryEntry e) -> e.article().metadata().published(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(e -> e.article().metadata().title(),
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(LibraryEntry::id);

    /** Where the library is, as a user would name it in {@code --library}: a folder or an address. */
    String location();

    boolean isReadOnly();

    /**
     * Stores an article with its extraction. When an article with the same id (the same body text) is
     * already stored, the result is {@link AddResult#DUPLICATE}, the stored article keeps its edits and import
     * time, and:
     * <ul>
     * <li>if it comes from the same source file (re-import, e.g. after its sidecar changed), the stored
     *     imported metadata, body, furniture, format and extraction are replaced by the new ones;</li>
     * <li>if it comes from another file or format, the stored article stays; the new metadata only fills
     *     fields the stored import lacks, and its extraction is taken only if the body text is identical
     *     (offsets point into the stored body).</li>
     * </ul>
     */
    AddResult add(Article article, Extraction extraction) throws LibraryException;

    /**
     * The article with this id, or with this id prefix when only one article's id starts with it (ignoring
     * case and surrounding blanks).
     *
     * @throws LibraryException when the prefix matches several articles; the message names them
     */
    Optional<LibraryEntry> get(String idOrUniquePrefix) throws LibraryException;

    /** Every article, newest publication date first (undated last), then by title ignoring case, then by id. */
    List<LibraryEntry> list() throws LibraryException;

    /**
     * The articles with these ids that are in the library (bodies and metadata, not their extraction), in no
     * particular order: what grouping into stories reads. The default gets them one by one; a backend with an
     * index reads them in one query, without parsing the extractions.
     */
    default List<org.parallax.core.article.Article> articles(java.util.Collection<String> ids) throws LibraryException {
        List<org.parallax.core.article.Article> out = new java.util.ArrayList<>(ids.size());
        for (String id : new java.util.LinkedHashSet<>(ids)) {
            get(id).filter(e -> e.id().equals(id)).ifPresent(e -> out.add(e.article()));
        }
        return out;
    }

    /**
     * The ids of every article, in no particular order: what a caller needs to tell which articles came or went
     * since it last looked (the saved stories), without reading bodies. The default lists every article; a
     * backend with an index reads the ids alone.
     */
    default java.util.Set<String> ids() throws LibraryException {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (LibraryEntry e : list()) {
            out.add(e.id());
        }
        return out;
    }

    /**
     * The articles matching {@code query} (Lucene's classic syntax, see {@link LibraryQueryParser}), best
     * first, at most {@code limit}, each with up to three highlighted body snippets. A blank query finds
     * nothing.
     *
     * @throws LibraryException when the query cannot be parsed; the message says what is wrong
     */
    List<SearchHit> search(String query, int limit) throws LibraryException;

    /**
     * Applies the user's metadata edit to the article with this id (or unique id prefix). Edits are stored
     * apart from the imported metadata, win over it, and survive re-import.
     *
     * @return the article as it is now
     * @throws LibraryException when no article has this id, or a value is invalid
     */
    LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException;

    /**
     * Removes the article with this id (or unique id prefix).
     *
     * @return false when there was none
     */
    boolean remove(String id) throws LibraryException;

    /** Number of articles (committed ones, for a read-only library). */
    int size() throws LibraryException;

    // ---------------------------------------------------------------- listing by pages

    /**
     * How many articles pass the filter. The default reads every article; a backend with an index answers it
     * there.
     */
    default int count(LibraryFilter filter) throws LibraryException {
        return matching(filter).size();
    }

    /**
     * The articles passing the filter, in this order, from the {@code offset}-th (0 is the first) on, at most
     * {@code limit}: what a list shows, without bodies or extractions (load those with {@link #get} when an
     * article is shown or compared). The default reads every article and sorts in memory; a backend with an
     * index filters and sorts there, so a page costs about the same for any library size.
     */
    default List<ArticleSummary> page(LibraryFilter filter, LibraryOrder order, int offset, int limit)
            throws LibraryException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        List<ArticleSummary> all = new java.util.ArrayList<>(matching(filter));
        all.sort(order.comparator());
        return offset >= all.size() ? List.of() : List.copyOf(all.subList(offset, Math.min(all.size(), offset + limit)));
    }

    /**
     * The outlets of the library's articles, each once (ignoring case, as written in one of them), sorted
     * ignoring case; {@link LibraryFilter#NO_OUTLET} last when some article does not say its outlet.
     */
    default List<String> outlets() throws LibraryException {
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean unknown = false;
        for (LibraryEntry e : list()) {
            String o = e.article().metadata().outlet();
            if (o == null || o.isBlank()) {
                unknown = true;
            } else {
                names.add(o.strip());
            }
        }
        List<String> out = new java.util.ArrayList<>(names);
        if (unknown) {
            out.add(LibraryFilter.NO_OUTLET);
        }
        return out;
    }

    /**
     * The most articles a word may be in to be compared by {@link #similar} (a word in more says little about
     * which story an article tells): 5 % of the library's articles; in a library so small that 5 % is under two
     * articles (under 40), no bound, or no word shared by two articles could count and nothing would be similar.
     */
    static long similarMaxArticles(long articles) {
        long share = 5 * articles / 100;
        return share < 2 ? Math.max(articles, 2) : share;
    }

    /**
     * The ids of up to {@code limit} articles most like the one with this id (itself left out), most alike
     * first: the candidates a story update compares it with. The default searches for its title's words; a
     * backend with an index compares the bodies' terms there (as Lucene's MoreLikeThis).
     */
    default List<String> similar(String id, int limit) throws LibraryException {
        Optional<LibraryEntry> entry = get(id);
        String title = entry.map(e -> e.article().metadata().title()).orElse(null);
        if (title == null || title.isBlank()) {
            return List.of();
        }
        String words = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (words.isEmpty()) {
            return List.of();
        }
        return search(String.join(" OR ", words.split(" ")), limit + 1).stream().map(h -> h.entry().id())
                .filter(other -> !other.equals(entry.get().id())).limit(limit).toList();
    }

    /**
     * {@link #similar(String, int)} for each of these articles, in one call (a backend with an index reads them
     * together), by id in the order given (an id not in the library: none).
     */
    default java.util.Map<String, List<String>> similar(java.util.Collection<String> ids, int limit)
            throws LibraryException {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, similar(id, limit));
        }
        return out;
    }

    private List<ArticleSummary> matching(LibraryFilter filter) throws LibraryException {
        List<LibraryEntry> entries;
        if (filter.query() == null) {
            entries = list();
        } else {
            entries = search(filter.query(), Math.max(1, size())).stream().map(SearchHit::entry).toList();
        }
        return entries.stream().map(ArticleSummary::of).filter(filter::accepts).toList();
    }

    /**
     * Opens a read-only view of this library for work that reads most articles once (the first grouping of a large
     * library's stories), which does not keep what it read in this process's memory: for a local library the same
     * folder with its stored fields read without mapping them ({@link LocalLibrary#openUnmapped}). The view sees
     * the last commit and takes no lock; the caller closes it. Empty when this library has no such view: read it
     * as it is.
     */
    default Optional<Library> openUnmappedView() throws LibraryException {
        return Optional.empty();
    }

    /** Commits pending changes now (only useful inside a batch: other changes are committed at once). */
    void commit() throws LibraryException;

    /**
     * Starts a batch: changes made until it closes (through it or through this library) are committed once,
     * at the end. For importing thousands of files. Batches may nest; the outermost one commits.
     *
     * <pre>{@code
     * try (Batch batch = library.batch()) {
     *     for (...) batch.add(article, extraction);
     * }
     * }</pre>
     */
    Batch batch() throws LibraryException;

    /**
     * Throws away every change not yet committed, after a failed write (disk full…), so that nothing reported
     * as not imported is committed later by {@link #close()}. The library then accepts no more changes; close
     * and reopen it.
     */
    void discardUncommitted();

    /** Commits what is pending, then closes the library. Calling it again does nothing. */
    @Override
    void close() throws LibraryException;
}

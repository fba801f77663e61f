package org.parallax.core.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;
import org.parallax.core.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local library: every imported article, with its metadata, the user's edits and its extraction, in one
 * Lucene index in a folder on this machine. There is no other store. The document layout is described in {@link ArticleDocuments}.
 *
 * <p>One open read-write library owns one {@link IndexWriter} (and so Lucene's {@code write.lock}) and one
 * {@link SearcherManager}; both are closed with it. A second read-write open of the same folder, from this or
 * another process, fails with {@link Reason#LOCKED}. {@link #openReadOnly} takes no lock and sees the last
 * commit of whoever writes.
 *
 * <p>Changes ({@link #add}, {@link #edit}, {@link #remove}) are committed at once, unless made inside a
 * {@link #batch()}, which commits once when it closes. All methods are safe to call from several threads:
 * reads run in parallel, changes one at a time.
 *
 * <p>The commit user data records the schema ({@code parallax.schema}) and the Parallax version that last wrote
 * the library. A library from a newer Parallax is refused; one from an older Parallax is migrated by
 * re-indexing its stored documents when opened read-write. A folder that is neither empty nor a library, or
 * a damaged index, is refused and left untouched.
 */
public final class LocalLibrary implements Library {

    private static final Logger LOG = LoggerFactory.getLogger(LocalLibrary.class);

    /**
     * The layout of documents and commit data this code writes; bump it when that changes. 3: each article's
     * language (migration detects it for older articles and drops the extraction of those not in English). 4: sort
     * keys, counts and the body's opening for listing a page from the index (migration re-encodes every article;
     * a read-only open of an older library lists in memory, as before).
     */
    public static final int SCHEMA_VERSION = 4;

    /** The first schema whose documents carry what {@link #page} and {@link #count} read from the index. */
    static final int PAGED_SCHEMA = 4;

    /**
     * The oldest schema a read-only open reads as it is, without upgrading: format 2 lacks only the articles'
     * languages, read as unknown (list, show and search work; the upgrade comes with the next write).
     */
    static final int OLDEST_READABLE_SCHEMA = 2;

    static final String SCHEMA_KEY = "parallax.schema";
    static final String VERSION_KEY = "parallax.version";

    /** Files an operating system drops into folders, which do not make a folder "not empty". */
    private static final Set<String> IGNORABLE = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    /** Names of files Lucene writes: segments_N, write.lock, _0.cfs, _1_Lucene99_0.doc… */
    private static final Pattern LUCENE_FILE = Pattern.compile("segments.*|write\\.lock|_[0-9a-z]+.*");
    private static final int MAX_CANDIDATES_NAMED = 5;
    /** The classic parser's {@code Encountered " <KIND> "image "" at line 1, column 5.} */
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" .+? \"(.*?)\"\" at line \\d+, column (\\d+)");

    private final Path dir;
    private final boolean readOnly;
    private final Analyzer analyzer = ArticleDocuments.analyzer();
    private final IndexWriter writer;
    /** The searchers; null only for a read-only library whose folder holds no index yet. */
    private volatile SearcherManager searchers;
    private Directory directory;

    /** Read lock: any operation; write lock: closing. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    /** Held while changing the index, so changes (read-check-write) are atomic. */
    private final ReentrantLock changing = new ReentrantLock();
    private boolean closed;
    private int batchDepth;
    /** Ids changed since the searchers were last refreshed; guarded by {@link #changing}. */
    private final Set<String> unrefreshed = new HashSet<>();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong refreshedUpTo = new AtomicLong();

    /** Marks in the listing the table shows, so a page deep in it collects little (see {@link PageMarks}). */
    private final PageMarks pageMarks = new PageMarks();

    /** The schema of the documents read: older only for a library opened read-only and not upgraded. */
    private final int schema;
    /** How the directory is opened (a read-only library opened before its index existed opens it later). */
    private final DirectoryOpener opener;

    private LocalLibrary(Path dir, boolean readOnly, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this(dir, readOnly, directory, writer, searchers, SCHEMA_VERSION, FSDirectory::open);
    }

    private LocalLibrary(Path dir, boolean readOnly, Directory directory, IndexWriter writer, SearcherManager searchers,
                         int schema, DirectoryOpener opener) {
        this.schema = schema;
        this.opener = opener;
        this.dir = dir;
        this.readOnly = readOnly;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the library in {@code dir} for reading and writing, creating the folder and an empty library when
     * the folder is missing or empty.
     *
     * @throws LibraryException when the folder holds something else, the index is damaged or from a newer
     *                          Parallax, or another Parallax has it open
     */
    public static LocalLibrary open(Path dir) throws LibraryException {
        return open(dir, FSDirectory::open);
    }

    /** How a read-write library opens its Lucene directory; tests wrap it to simulate failing storage. */
    @FunctionalInterface
    interface DirectoryOpener {
        Directory open(Path dir) throws IOException;
    }

    /** {@link #open(Path)} with another way to open the directory: a test hook (disk full…). */
    static LocalLibrary open(Path dir, DirectoryOpener opener) throws LibraryException {
        Path d = dir.toAbsolutePath().normalize();
        Found found = inspect(d);
        if (found.hasIndex() && found.schema() > SCHEMA_VERSION) {
            checkReadable(d, found.schema());
        }
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(d);
            directory = opener.open(d);
            IndexWriterConfig config = new IndexWriterConfig(ArticleDocuments.analyzer())
                    // never CREATE: it would wipe an index another process made since inspect()
                    .setOpenMode(found.hasIndex() ? IndexWriterConfig.OpenMode.APPEND
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            if (!found.hasIndex() && DirectoryReader.indexExists(directory)) {
                LOG.info("A library appeared at {} while opening it; checking it first", d);
                closeQuietly(writer, directory);
                return open(dir, opener);
            }
            writer.setLiveCommitData(commitData().entrySet());
            if (!found.hasIndex()) {
                writer.commit();
                LOG.info("Created a new library at {}", d);
            } else if (found.schema() < SCHEMA_VERSION) {
                migrate(writer, found.schema(), d);
            }
            SearcherManager searchers = new SearcherManager(writer, true, false, null);
            LOG.info("Opened the library at {} for writing", d);
            return new LocalLibrary(d, false, directory, writer, searchers);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory);
            throw new LibraryException(Reason.LOCKED, "The library at " + d
                    + " is open in another Parallax window or command; close it there, or pick another library with --library.",
                    e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, directory);
            throw failure(d, "open", e);
        }
    }

    /**
     * Opens the library in {@code dir} for reading only: list, show and search while another window or
     * command may be writing. Sees the last commit and picks up later ones. A missing or empty folder reads as
     * an empty library and is not created.
     */
    public static LocalLibrary openReadOnly(Path dir) throws LibraryException {
        return openReadOnly(dir, FSDirectory::open);
    }

    /**
     * As {@link #openReadOnly}, with the stored fields (the {@value #UNMAPPED} files: the articles' bodies and
     * extractions, two thirds of the index) read through {@link NIOFSDirectory} (positional reads) instead of being
     * mapped into memory as the rest (what {@link FSDirectory#open} does on 64-bit Java). For work that reads most
     * articles once, as the first grouping of a large library's stories: a mapped file's pages that work touched
     * count in the process's resident memory until the kernel reclaims them (about 190 MB of stored fields at
     * 100,000 articles); read this way they stay in the kernel's page cache, outside the process. The terms and
     * postings stay mapped: read through small buffers, their many small reads cost a system call each (13 % more
     * CPU for the grouping when every file was read so).
     */
    public static LocalLibrary openUnmapped(Path dir) throws LibraryException {
        return openReadOnly(dir, d -> new FileSwitchDirectory(Set.of(UNMAPPED), new NIOFSDirectory(d),
                FSDirectory.open(d), true));
    }

    /** The extension of the files {@link #openUnmapped} reads unmapped: stored fields' data. */
    static final String UNMAPPED = "fdt";

    private static LocalLibrary openReadOnly(Path dir, DirectoryOpener opener) throws LibraryException {
        Path d = dir.toAbsolutePath().normalize();
        Found found = inspect(d);
        if (!found.hasIndex()) {
            LOG.info("Opened the library at {} read-only; it holds no index yet", d);
            return new LocalLibrary(d, true, null, null, null, SCHEMA_VERSION, opener);
        }
        checkReadable(d, found.schema());
        Directory directory = null;
        try {
            directory = opener.open(d);
            SearcherManager searchers = new SearcherManager(directory, null);
            LOG.info("Opened the library at {} read-only", d);
            return new LocalLibrary(d, true, directory, null, searchers, found.schema(), opener);
        } catch (IOException | RuntimeException e) {
            closeQuietly(null, directory);
            throw failure(d, "open", e);
        }
    }

    /** The same folder, read-only and unmapped: see {@link #openUnmapped}. */
    @Override
    public Optional<Library> openUnmappedView() throws LibraryException {
        return Optional.of(openUnmapped(dir));
    }

    /** Whether the stored fields' data ({@value #UNMAPPED} files) is mapped into memory; for tests. */
    boolean mapsStoredFields() {
        Directory d = directory instanceof FileSwitchDirectory both ? both.getPrimaryDir() : directory;
        return d instanceof MMapDirectory;
    }

    /** The library's folder. */
    public Path directory() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public AddResult add(Article article, Extraction extraction) throws LibraryException {
        return add(NewEntry.of(article, extraction, false));
    }

    AddResult add(NewEntry added) throws LibraryException {
        Article article = added.entry().article();
        Extraction ex = added.entry().extraction();
        return change(() -> {
            Optional<LibraryEntry> stored = storedEntry(article.id());
            if (stored.isEmpty()) {
                // not stored (this writer holds the lock, and changes not yet searchable were looked at):
                // add without the delete-by-id an update buffers and applies to every segment at each flush
                writer.addDocument(added.document() != null ? added.document()
                        : ArticleDocuments.encode(added.entry()));
                markChanged(article.id());
                LOG.debug("Added article {} from {}", article.id(), article.source());
                return AddResult.ADDED;
            }
            LibraryEntry old = stored.get();
            LibraryEntry merged = reimport(old, article, ex);
            if (!merged.equals(old)) {
                writeEntry(merged);
                LOG.debug("Refreshed the imported data of article {} from {}", article.id(), article.source());
            }
            return AddResult.DUPLICATE;
        });
    }

    @Override
    public Optional<LibraryEntry> get(String idOrUniquePrefix) throws LibraryException {
        String key = normaliseId(idOrUniquePrefix);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return read(s -> {
            Optional<Integer> doc = resolve(s, key);
            return doc.isEmpty() ? Optional.empty() : Optional.of(decode(s, doc.get()));
        }, Optional.empty());
    }

    @Override
    public List<LibraryEntry> list() throws LibraryException {
        List<LibraryEntry> all = read(LocalLibrary::all, List.of());
        List<LibraryEntry> sorted = new ArrayList<>(all);
        sorted.sort(Library.LIST_ORDER);
        return sorted;
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws LibraryException {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Query q = parse(query);
        return read(s -> {
            // a huge limit would allocate a huge queue: no more than there are documents
            TopDocs top = s.search(q, Math.min(limit, Math.max(1, s.getIndexReader().maxDoc())));
            int[] docIds = new int[top.scoreDocs.length];
            for (int i = 0; i < docIds.length; i++) {
                docIds[i] = top.scoreDocs[i].doc;
            }
            StoredFields stored = s.storedFields();
            List<LibraryEntry> entries = new ArrayList<>(docIds.length);
            Map<Integer, String> bodies = new HashMap<>();
            for (int docId : docIds) {
                LibraryEntry entry = ArticleDocuments.decode(stored.document(docId));
                entries.add(entry);
                bodies.put(docId, entry.article().body());
            }
            // the highlighter takes the bodies just read instead of reading every document a second time
            List<List<Snippet>> snippets = new SnippetHighlighter(s, analyzer, bodies).bodySnippets(q, docIds);
            List<SearchHit> hits = new ArrayList<>(docIds.length);
            for (int i = 0; i < docIds.length; i++) {
                hits.add(new SearchHit(entries.get(i), top.scoreDocs[i].score, snippets.get(i)));
            }
            return hits;
        }, List.of());
    }

    @Override
    public int count(LibraryFilter filter) throws LibraryException {
        if (schema < PAGED_SCHEMA) {
            return Library.super.count(filter);
        }
        Query q = filterQuery(filter);
        return read(s -> s.count(q), 0);
    }

    @Override
    public List<ArticleSummary> page(LibraryFilter filter, LibraryOrder order, int offset, int limit)
            throws LibraryException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (schema < PAGED_SCHEMA) {
            return Library.super.page(filter, order, offset, limit);
        }
        Query q = filterQuery(filter);
        Sort sort = sort(order);
        return read(s -> {
            int maxDoc = s.getIndexReader().maxDoc();
            if (limit == 0 || offset >= maxDoc) {
                return List.<ArticleSummary>of();
            }
            StoredFields stored = s.storedFields();
            int total = offset > maxDoc / 2 ? s.count(q) : -1;
            if (total >= 0 && total - offset <= PageMarks.STEP) {
                // near the end: the same rows from the end of the reversed order (the order is total: ids
                // break every tie), so the sorted queue holds what lies after the page, not all that comes before
                int end = Math.min(total, offset + limit);
                if (offset >= end) {
                    return List.<ArticleSummary>of();
                }
                TopDocs top = s.search(q, total - offset, reversed(sort), false);
                List<ArticleSummary> out = new ArrayList<>(end - offset);
                for (int i = Math.min(top.scoreDocs.length, total - offset) - 1; i >= total - end; i--) {
                    out.add(ArticleDocuments.summary(stored.document(top.scoreDocs[i].doc, ArticleDocuments.SUMMARY_FIELDS)));
                }
                return out;
            }
            List<ArticleSummary> out = new ArrayList<>();
            for (ScoreDoc row : pageMarks.rows(s, q, sort, offset, limit)) {
                out.add(ArticleDocuments.summary(stored.document(row.doc, ArticleDocuments.SUMMARY_FIELDS)));
            }
            return out;
        }, List.of());
    }

    /** The exact reverse of a sort: each field the other way, its missing values kept (so they change ends too). */
    private static Sort reversed(Sort sort) {
        SortField[] fields = sort.getSort();
        SortField[] out = new SortField[fields.length];
        for (int i = 0; i < fields.length; i++) {
            SortField f = fields[i];
            out[i] = new SortField(f.getField(), f.getType(), !f.getReverse());
            if (f.getMissingValue() != null) {
                out[i].setMissingValue(f.getMissingValue());
            }
        }
        return new Sort(out);
    }

    @Override
    public List<org.parallax.core.article.Article> articles(java.util.Collection<String> ids) throws LibraryException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
        return read(s -> {
            TopDocs top = s.search(new TermInSetQuery(ArticleDocuments.ID, terms), terms.size());
            int[] docs = new int[top.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            java.util.Arrays.sort(docs); // stored fields read in index order
            StoredFields stored = s.storedFields();
            List<org.parallax.core.article.Article> out = new ArrayList<>(docs.length);
            for (int doc : docs) {
                out.add(ArticleDocuments.article(stored.document(doc, ArticleDocuments.ARTICLE_FIELDS)));
            }
            return out;
        }, List.of());
    }

    @Override
    public Set<String> ids() throws LibraryException {
        if (schema < PAGED_SCHEMA) {
            return Library.super.ids();
        }
        return read(s -> {
            Set<String> out = new java.util.HashSet<>(Math.max(16, s.getIndexReader().numDocs() * 4 / 3));
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues values = DocValues.getSorted(leaf.reader(), ArticleDocuments.SORT_ID);
                for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        out.add(values.lookupOrd(values.ordValue()).utf8ToString());
                    }
                }
            }
            return out;
        }, Set.of());
    }

    @Override
    public List<String> outlets() throws LibraryException {
        if (schema < PAGED_SCHEMA) {
            return Library.super.outlets();
        }
        return read(s -> {
            Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            boolean unknown = false;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                SortedDocValues values = DocValues.getSorted(leaf.reader(), ArticleDocuments.OUTLET_NAME);
                java.util.BitSet ords = new java.util.BitSet(values.getValueCount());
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (values.docID() < doc) {
                        values.advance(doc);
                    }
                    if (values.docID() == doc) {
                        ords.set(values.ordValue());
                    } else {
                        unknown = true;
                    }
                }
                for (int ord = ords.nextSetBit(0); ord >= 0; ord = ords.nextSetBit(ord + 1)) {
                    names.add(values.lookupOrd(ord).utf8ToString());
                }
            }
            List<String> out = new ArrayList<>(names);
            if (unknown) {
                out.add(LibraryFilter.NO_OUTLET);
            }
            return out;
        }, List.of());
    }

    /** Terms of a body compared by {@link #similar}: its most telling ones (tf-idf), as many as Stories reads. */
    static final int SIMILAR_QUERY_TERMS = 30;

    @Override
    public List<String> similar(String id, int limit) throws LibraryException {
        return similar(List.of(id), limit).getOrDefault(id, List.of());
    }

    /**
     * For each article, the query {@link MoreLikeThis} builds from its body (see {@link #likeQuery}) searched for,
     * in one read: the bodies' terms' document frequencies are looked up once for all of them (most articles of a
     * story share most of their words), which was two thirds of the time of looking up one article at a time.
     */
    @Override
    public Map<String, List<String>> similar(Collection<String> ids, int limit) throws LibraryException {
        if (limit <= 0 || ids.isEmpty()) {
            Map<String, List<String>> none = new java.util.LinkedHashMap<>();
            ids.forEach(id -> none.put(id, List.of()));
            return none;
        }
        return read(s -> {
            Likeness likeness = new Likeness(s);
            StoredFields stored = s.storedFields();
            Map<String, List<String>> out = new java.util.LinkedHashMap<>();
            for (String id : ids) {
                Optional<Integer> doc = resolve(s, normaliseId(id));
                if (doc.isEmpty()) {
                    out.put(id, List.of());
                    continue;
                }
                Document d = stored.document(doc.get(), Set.of(ArticleDocuments.ID, ArticleDocuments.BODY));
                String self = d.get(ArticleDocuments.ID);
                String body = d.get(ArticleDocuments.BODY);
                TopDocs top = s.search(likeness.query(analyzer, body == null ? "" : body), limit + 1);
                List<String> found = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    String other = stored.document(sd.doc, Set.of(ArticleDocuments.ID)).get(ArticleDocuments.ID);
                    if (!other.equals(self) && found.size() < limit) {
                        found.add(other);
                    }
                }
                out.put(id, found);
            }
            return out;
        }, Map.of());
    }

    /**
     * The query {@link #similar} searches for: as {@link MoreLikeThis} builds it from a body with the settings
     * below (for a test that they are equal).
     */
    static MoreLikeThis moreLikeThis(IndexReader reader, Analyzer analyzer) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {ArticleDocuments.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq((int) Math.min(Integer.MAX_VALUE, Library.similarMaxArticles(reader.numDocs())));
        mlt.setMaxQueryTerms(SIMILAR_QUERY_TERMS);
        return mlt;
    }

    /**
     * {@link MoreLikeThis#like(String, java.io.Reader...)} on the body field with the settings of
     * {@link #moreLikeThis}, step for step (the same term counts in a {@link HashMap} filled in the same order, the
     * same scores, the same queue, so the same terms in the same order), with each term's statistics looked up once
     * for all the bodies of one read: its document frequency, and the term's state in each segment, which the
     * query's terms carry so that searching does not look them up again (a {@link TermQuery}'s equality and scores
     * do not depend on it). For one searcher; not thread-safe.
     */
    static final class Likeness {
        private final IndexSearcher searcher;
        private final Map<String, org.apache.lucene.index.TermStates> states = new HashMap<>();
        private final org.apache.lucene.search.similarities.ClassicSimilarity similarity =
                new org.apache.lucene.search.similarities.ClassicSimilarity();
        private final int maxDocFreq;
        private final long numDocs;

        Likeness(IndexSearcher searcher) throws IOException {
            this.searcher = searcher;
            IndexReader reader = searcher.getIndexReader();
            this.maxDocFreq = (int) Math.min(Integer.MAX_VALUE, Library.similarMaxArticles(reader.numDocs()));
            long count = reader.getDocCount(ArticleDocuments.BODY);
            this.numDocs = count == -1 ? reader.numDocs() : count;
        }

        Query query(Analyzer analyzer, String body) throws IOException {
            // MoreLikeThis.addTermFrequencies
            Map<String, int[]> counts = new HashMap<>();
            try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(ArticleDocuments.BODY, body)) {
                int tokens = 0;
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute tf =
                        ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String word = term.toString();
                    if (++tokens > MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
                        break;
                    }
                    int[] c = counts.get(word);
                    if (c == null) {
                        counts.put(word, new int[] {tf.getTermFrequency()});
                    } else {
                        c[0] += tf.getTermFrequency();
                    }
                }
                ts.end();
            }
            // MoreLikeThis.createQueue (min term frequency 1, min document frequency 2)
            int limit = Math.min(SIMILAR_QUERY_TERMS, counts.size());
            ScoreQueue queue = new ScoreQueue(limit);
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                String word = e.getKey();
                int tf = e.getValue()[0];
                if (tf < 1) {
                    continue;
                }
                org.apache.lucene.index.TermStates known = states.get(word);
                if (known == null) {
                    known = org.apache.lucene.index.TermStates.build(searcher, new Term(ArticleDocuments.BODY, word),
                            true);
                    states.put(word, known);
                }
                int docFreq = known.docFreq();
                if (docFreq < 2 || docFreq > maxDocFreq || docFreq == 0) {
                    continue;
                }
                float idf = similarity.idf(docFreq, numDocs);
                float score = tf * idf;
                if (queue.size() < limit) {
                    queue.add(new ScoreTerm(word, score));
                } else {
                    ScoreTerm least = queue.top();
                    if (least.score < score) {
                        least.word = word;
                        least.score = score;
                        queue.updateTop();
                    }
                }
            }
            // MoreLikeThis.createQuery (no boost)
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            ScoreTerm t;
            while ((t = queue.pop()) != null) {
                query.add(new TermQuery(new Term(ArticleDocuments.BODY, t.word), states.get(t.word)),
                        BooleanClause.Occur.SHOULD);
            }
            return query.build();
        }

        private static final class ScoreTerm {
            String word;
            float score;

            ScoreTerm(String word, float score) {
                this.word = word;
                this.score = score;
            }
        }

        private static final class ScoreQueue extends org.apache.lucene.util.PriorityQueue<ScoreTerm> {
            ScoreQueue(int size) {
                super(size);
            }

            @Override
            protected boolean lessThan(ScoreTerm a, ScoreTerm b) {
                return a.score < b.score;
            }
        }
    }

    /** The filter as one query: every part a non-scoring clause, the search (if any) a required one. */
    private Query filterQuery(LibraryFilter f) throws LibraryException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (f.query() != null) {
            b.add(parse(f.query()), BooleanClause.Occur.MUST);
            any = true;
        }
        if (f.outlet() != null) {
            if (f.outlet().isBlank()) {
                b.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
                b.add(new FieldExistsQuery(ArticleDocuments.OUTLET_NAME), BooleanClause.Occur.MUST_NOT);
            } else {
                b.add(new TermQuery(new Term(ArticleDocuments.OUTLET, f.outlet().strip().toLowerCase(Locale.ROOT))),
                        BooleanClause.Occur.FILTER);
            }
            any = true;
        }
        if (f.from() != null || f.to() != null) {
            int lo = f.from() == null ? Integer.MIN_VALUE : Math.toIntExact(f.from().toEpochDay());
            int hi = f.to() == null ? Integer.MAX_VALUE : Math.toIntExact(f.to().toEpochDay());
            b.add(IntPoint.newRangeQuery(ArticleDocuments.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.language() != null) {
            b.add(new TermQuery(new Term(ArticleDocuments.LANGUAGE, f.language())), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (f.ids() != null) {
            List<BytesRef> ids = f.ids().stream().map(BytesRef::new).toList();
            b.add(new TermInSetQuery(ArticleDocuments.ID, ids), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : new MatchAllDocsQuery();
    }

    /** The order as index sort fields, ties broken by the list order (newest, title, id) so pages never overlap. */
    private static Sort sort(LibraryOrder order) {
        boolean desc = order.descending();
        SortField first = switch (order.key()) {
            case PUBLISHED -> publishedSort(desc);
            case TITLE -> stringSort(ArticleDocuments.SORT_TITLE, desc);
            case OUTLET -> stringSort(ArticleDocuments.SORT_OUTLET, desc);
            case WORDS -> new SortField(ArticleDocuments.WORDS, SortField.Type.LONG, desc);
            case FIGURES -> new SortField(ArticleDocuments.FIGURES, SortField.Type.LONG, desc);
            case QUOTES -> new SortField(ArticleDocuments.QUOTES, SortField.Type.LONG, desc);
            case ATTRIBUTIONS -> new SortField(ArticleDocuments.ATTRIBUTIONS, SortField.Type.LONG, desc);
        };
        return new Sort(first, publishedSort(true), stringSort(ArticleDocuments.SORT_TITLE, false),
                new SortField(ArticleDocuments.SORT_ID, SortField.Type.STRING));
    }

    /** Undated last in both directions. */
    private static SortField publishedSort(boolean descending) {
        SortField f = new SortField(ArticleDocuments.SORT_PUBLISHED, SortField.Type.LONG, descending);
        f.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    /** Missing (untitled, no outlet) last in both directions. */
    private static SortField stringSort(String field, boolean descending) {
        SortField f = new SortField(field, SortField.Type.STRING, descending);
        f.setMissingValue(descending ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return f;
    }

    @Override
    public LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException {
        Objects.requireNonNull(edit, "edit");
        String key = normaliseId(id);
        return change(() -> {
            LibraryEntry old = resolveForChange(key)
                    .orElseThrow(() -> notFound(id));
            Metadata edits = edit.applyTo(old.edits());
            if (edits.equals(old.edits())) {
                return old;
            }
            LibraryEntry updated = new LibraryEntry(old.article().withMetadata(old.imported().overriddenBy(edits)),
                    old.imported(), edits, old.importedAt(), old.extraction());
            writeEntry(updated);
            LOG.debug("Edited article {}", updated.id());
            return updated;
        });
    }

    @Override
    public boolean remove(String id) throws LibraryException {
        String key = normaliseId(id);
        if (key.isEmpty()) {
            return false;
        }
        return change(() -> {
            Optional<LibraryEntry> found = resolveForChange(key);
            if (found.isEmpty()) {
                return false;
            }
            String full = found.get().id();
            writer.deleteDocuments(ArticleDocuments.idTerm(full));
            markChanged(full);
            LOG.debug("Removed article {}", full);
            return true;
        });
    }

    @Override
    public int size() throws LibraryException {
        return read(s -> s.getIndexReader().numDocs(), 0);
    }

    @Override
    public void commit() throws LibraryException {
        change(() -> {
            commitNow();
            return null;
        });
    }

    @Override
    public Batch batch() throws LibraryException {
        change(() -> {
            batchDepth++;
            return null;
        });
        return new Batch(this, this::endBatch);
    }

    void endBatch() throws LibraryException {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return;
            }
            changing.lock();
            try {
                batchDepth = Math.max(0, batchDepth - 1);
                if (batchDepth == 0) {
                    commitNow();
                }
            } finally {
                changing.unlock();
            }
        } catch (IOException | RuntimeException e) {
            throw failure(dir, "write", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Throws away every change not yet committed, after a failed write (disk full…), so that nothing reported
     * as not imported is committed later by {@link #close()}. The library then accepts no more changes; close
     * and reopen it. Holds on to nothing a later open would need: Lucene deletes the uncommitted files.
     */
    @Override
    public void discardUncommitted() {
        lifecycle.readLock().lock();
        try {
            if (closed || writer == null) {
                return;
            }
            changing.lock();
            try {
                batchDepth = 0;
                writer.rollback();
                LOG.warn("Discarded the uncommitted changes to the library at {} after a failed write", dir);
            } finally {
                changing.unlock();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Discarding the uncommitted changes to the library at {} failed", dir, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Commits what is pending, then closes the index. Calling it again does nothing. */
    @Override
    public void close() throws LibraryException {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            LibraryException failed = null;
            try {
                if (writer != null && writer.isOpen()) {
                    writer.commit();
                }
            } catch (IOException | RuntimeException e) {
                failed = failure(dir, "write", e);
            }
            try {
                if (searchers != null) {
                    searchers.close();
                }
                if (writer != null) {
                    writer.close();
                }
                if (directory != null) {
                    directory.close();
                }
                analyzer.close();
            } catch (IOException | RuntimeException e) {
                if (failed == null) {
                    failed = failure(dir, "close", e);
                }
            }
            LOG.info("Closed the library at {}", dir);
            if (failed != null) {
                throw failed;
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "Library[" + dir + (readOnly ? ", read-only]" : "]");
    }

    // ------------------------------------------------------------------------------------------ opening

    /** What a folder holds: no index (hasIndex false), or an index with its schema. */
    private record Found(boolean hasIndex, int schema) {
    }

    /** Looks at the folder without changing anything. */
    private static Found inspect(Path d) throws LibraryException {
        if (!Files.exists(d)) {
            return new Found(false, 0);
        }
        if (!Files.isDirectory(d)) {
            throw new LibraryException(Reason.NOT_A_LIBRARY, d
                    + " is a file, not a library folder; pick a folder with --library.");
        }
        List<String> names;
        try (Stream<Path> files = Files.list(d)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> !IGNORABLE.contains(n)).toList();
        } catch (IOException e) {
            throw failure(d, "open", e);
        }
        if (names.isEmpty() || names.equals(List.of("write.lock"))) {
            return new Found(false, 0);
        }
        boolean hasSegments = names.stream().anyMatch(n -> n.startsWith("segments_"));
        if (!hasSegments) {
            if (names.stream().allMatch(n -> LUCENE_FILE.matcher(n).matches())) {
                throw damaged(d, "its segments file is missing", null);
            }
            throw new LibraryException(Reason.NOT_A_LIBRARY, "The folder " + d
                    + " is not a Parallax library and already holds other files; pick an empty or new folder with --library.");
        }
        try (FSDirectory directory = FSDirectory.open(d); DirectoryReader reader = DirectoryReader.open(directory)) {
            String schema = reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
            if (schema == null) {
                throw new LibraryException(Reason.NOT_A_LIBRARY, "The folder " + d
                        + " holds a search index that Parallax did not make; pick an empty or new folder with --library.");
            }
            try {
                return new Found(true, Integer.parseInt(schema.trim()));
            } catch (NumberFormatException e) {
                throw damaged(d, "its format number '" + schema + "' is unreadable", e);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(d, "open", e);
        }
    }

    private static void checkReadable(Path d, int schema) throws LibraryException {
        if (schema > SCHEMA_VERSION) {
            throw new LibraryException(Reason.NEWER_SCHEMA, "The library at " + d
                    + " was made by a newer Parallax (library format " + schema + ", this one reads up to "
                    + SCHEMA_VERSION + "); update Parallax, or pick another library with --library.");
        }
        if (schema < OLDEST_READABLE_SCHEMA) {
            throw new LibraryException(Reason.OLDER_SCHEMA, "The library at " + d
                    + " was made by an older Parallax (library format " + schema
                    + "); open it once in the Parallax window or with an import to upgrade it, then try again.");
        }
    }

    /** Re-indexes every stored document with this version's schema and analysers, then commits. */
    private static void migrate(IndexWriter writer, int from, Path d) throws IOException {
        if (from > SCHEMA_VERSION) {
            throw new IllegalStateException("cannot migrate down from " + from);
        }
        LOG.info("Upgrading the library at {} from format {} to {}", d, from, SCHEMA_VERSION);
        int count = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live != null && !live.get(i)) {
                        continue;
                    }
                    LibraryEntry entry = upgraded(ArticleDocuments.decode(stored.document(i)));
                    writer.updateDocument(ArticleDocuments.idTerm(entry.id()), ArticleDocuments.encode(entry));
                    count++;
                }
            }
        }
        writer.commit();
        LOG.info("Upgraded {} articles in the library at {}", count, d);
    }

    /**
     * An entry stored by an older Parallax, brought up to this schema: from format 2, its language detected,
     * and for an article not in a language extraction reads, its figures, quotes and attributions dropped (they
     * were read with English rules: wrong more often than not, see {@link Languages#extractionReads}).
     */
    static LibraryEntry upgraded(LibraryEntry entry) {
        Article a = entry.article();
        if (a.language() != null) {
            return entry;
        }
        String language = Languages.detect(a.metadata().title(), a.body());
        Extraction extraction = Languages.extractionReads(language) ? entry.extraction() : Extraction.EMPTY;
        return new LibraryEntry(a.withLanguage(language), entry.imported(), entry.edits(), entry.importedAt(),
                extraction);
    }

    private static Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, Integer.toString(SCHEMA_VERSION));
        data.put(VERSION_KEY, parallaxVersion());
        return data;
    }

    /** This Parallax's version, from the jar manifest; "development" when run from classes. */
    static String parallaxVersion() {
        String v = LocalLibrary.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    // ------------------------------------------------------------------------------------------ reading

    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException, LibraryException;
    }

    private <T> T read(Read<T> action, T whenNoIndex) throws LibraryException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            SearcherManager sm = currentSearchers();
            if (sm == null) {
                return whenNoIndex;
            }
            IndexSearcher s = sm.acquire();
            try {
                return action.apply(s);
            } finally {
                sm.release(s);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(dir, "read", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** The searchers, refreshed to see the latest changes (read-write) or the latest commit (read-only). */
    private SearcherManager currentSearchers() throws IOException, LibraryException {
        if (readOnly) {
            SearcherManager sm = searchers;
            if (sm == null) {
                sm = openLateReaders();
            }
            if (sm != null) {
                sm.maybeRefresh();
            }
            return sm;
        }
        long upTo = changes.get();
        if (refreshedUpTo.get() < upTo) {
            searchers.maybeRefreshBlocking();
            refreshedUpTo.accumulateAndGet(upTo, Math::max);
        }
        return searchers;
    }

    /** For a read-only library opened before any index existed: opens one once a writer made it. */
    private synchronized SearcherManager openLateReaders() throws IOException, LibraryException {
        if (searchers != null) {
            return searchers;
        }
        Found found = inspect(dir);
        if (!found.hasIndex()) {
            return null;
        }
        checkReadable(dir, found.schema());
        Directory d = opener.open(dir);
        try {
            searchers = new SearcherManager(d, null);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
        directory = d;
        return searchers;
    }

    private static List<LibraryEntry> all(IndexSearcher s) throws IOException {
        List<LibraryEntry> out = new ArrayList<>(s.getIndexReader().numDocs());
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live == null || live.get(i)) {
                    out.add(ArticleDocuments.decode(stored.document(i)));
                }
            }
        }
        return out;
    }

    /** The document id of the article with id {@code key}, else of the one article whose id starts with it. */
    private Optional<Integer> resolve(IndexSearcher s, String key) throws IOException, LibraryException {
        TopDocs exact = s.search(new TermQuery(ArticleDocuments.idTerm(key)), 1);
        if (exact.scoreDocs.length > 0) {
            return Optional.of(exact.scoreDocs[0].doc);
        }
        PrefixQuery prefix = new PrefixQuery(ArticleDocuments.idTerm(key));
        TopDocs matches = s.search(prefix, MAX_CANDIDATES_NAMED);
        if (matches.scoreDocs.length == 0) {
            return Optional.empty();
        }
        if (matches.scoreDocs.length == 1) {
            return Optional.of(matches.scoreDocs[0].doc);
        }
        int total = s.count(prefix);
        StoredFields stored = s.storedFields();
        List<String> named = new ArrayList<>();
        for (ScoreDoc sd : matches.scoreDocs) {
            LibraryEntry e = ArticleDocuments.decode(stored.document(sd.doc));
            String title = e.article().metadata().title();
            named.add(title == null ? e.id() : e.id() + " (" + shorten(title) + ")");
        }
        throw new LibraryException(Reason.AMBIGUOUS, "The id '" + key + "' matches " + total + " articles: "
                + String.join(", ", named) + (total > named.size() ? ", …" : "") + "; type more of the id.");
    }

    private LibraryEntry decode(IndexSearcher s, int doc) throws IOException {
        return ArticleDocuments.decode(s.storedFields().document(doc));
    }

    private Query parse(String query) throws LibraryException {
        try {
            return matchAllIfOnlyNegative(new LibraryQueryParser(analyzer).parse(query));
        } catch (ParseException e) {
            throw new LibraryException(Reason.BAD_QUERY,
                    "Cannot understand the search '" + query.strip() + "': " + explain(e) + ".", e);
        }
    }

    /** "NOT kursk" or "-kursk" alone means every article without the word, not nothing. */
    private static Query matchAllIfOnlyNegative(Query q) {
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bq.clauses().forEach(b::add);
            return b.build();
        }
        return q;
    }

    /** A short reason from the parser's message, which is several lines of grammar. */
    static String explain(ParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith("Cannot parse '")) {
            int colon = m.indexOf("': ");
            m = colon >= 0 ? m.substring(colon + 3) : m;
        }
        if (m.matches("(?s)Encountered\\s+\"?<EOF>.*") || m.contains("Lexical error") && m.contains("<EOF>")) {
            return "it ends too early; check for an unclosed quote or bracket, or a dangling AND/OR/NOT";
        }
        if (m.contains("Lexical error")) {
            return "it has a character out of place; put special characters in quotes or escape them with \\";
        }
        java.util.regex.Matcher found = ENCOUNTERED.matcher(m);
        if (found.find()) {
            int column = Integer.parseInt(found.group(2));
            return "there is an unexpected '" + found.group(1).strip() + "' at character " + (column + 1)
                    + "; check quotes, brackets and AND/OR/NOT";
        }
        if (m.contains("too many boolean clauses") || m.contains("maxClauseCount")) {
            return "it expands to too many words; make wildcards more specific";
        }
        String line = m.lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    // ------------------------------------------------------------------------------------------ changing

    @FunctionalInterface
    private interface Change<T> {
        T run() throws IOException, LibraryException;
    }

    private <T> T change(Change<T> action) throws LibraryException {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            if (readOnly) {
                throw new LibraryException(Reason.READ_ONLY,
                        "The library at " + dir + " was opened read-only, so it cannot be changed.");
            }
            changing.lock();
            try {
                T result = action.run();
                if (batchDepth == 0) {
                    commitNow();
                }
                return result;
            } finally {
                changing.unlock();
            }
        } catch (IOException | RuntimeException e) {
            throw failure(dir, "write", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private void commitNow() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    private void writeEntry(LibraryEntry entry) throws IOException {
        write(entry.id(), ArticleDocuments.encode(entry));
    }

    private void write(String id, Document document) throws IOException {
        writer.updateDocument(ArticleDocuments.idTerm(id), document);
        markChanged(id);
    }

    private void markChanged(String id) {
        unrefreshed.add(id);
        changes.incrementAndGet();
    }

    /**
     * The stored entry with exactly this id, seeing changes not yet visible to searchers (inside a batch,
     * searchers are refreshed only when an id changed since the last refresh is asked for).
     */
    private Optional<LibraryEntry> storedEntry(String id) throws IOException {
        refreshIfChanged(id);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(decode(s, top.scoreDocs[0].doc));
        } finally {
            searchers.release(s);
        }
    }

    /** Like {@link #get} but for changes: sees pending changes. */
    private Optional<LibraryEntry> resolveForChange(String key) throws IOException, LibraryException {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (!unrefreshed.isEmpty()) {
            refreshAll();
        }
        IndexSearcher s = searchers.acquire();
        try {
            Optional<Integer> doc = resolve(s, key);
            return doc.isEmpty() ? Optional.empty() : Optional.of(decode(s, doc.get()));
        } finally {
            searchers.release(s);
        }
    }

    private void refreshIfChanged(String id) throws IOException {
        if (unrefreshed.contains(id)) {
            refreshAll();
        }
    }

    /** Called holding {@link #changing}, so no change slips between reading the counter and refreshing. */
    private void refreshAll() throws IOException {
        long upTo = changes.get();
        searchers.maybeRefreshBlocking();
        refreshedUpTo.accumulateAndGet(upTo, Math::max);
        unrefreshed.clear();
    }

    /** The entry after re-importing {@code article}; see {@link #add}. The same for every backend. */
    static LibraryEntry reimport(LibraryEntry old, Article article, Extraction extraction) {
        Article stored = old.article();
        boolean sameSource = article.source() != null && article.source().equals(stored.source());
        if (sameSource) {
            Article fresh = new Article(stored.id(), article.metadata().overriddenBy(old.edits()), article.body(),
                    article.furniture(), article.source(), article.format(), article.dek(), List.of(),
                    article.language() != null ? article.language() : stored.language());
            return new LibraryEntry(fresh, article.metadata(), old.edits(), old.importedAt(), extraction);
        }
        Metadata imported = article.metadata().overriddenBy(old.imported());
        Extraction kept = old.extraction();
        if (article.body().equals(stored.body()) && !extraction.equals(Extraction.EMPTY)) {
            kept = extraction;
        }
        Article shown = stored.withMetadata(imported.overriddenBy(old.edits()));
        if (shown.language() == null) {
            shown = shown.withLanguage(article.language());
        }
        return new LibraryEntry(shown, imported, old.edits(), old.importedAt(), kept);
    }

    // ------------------------------------------------------------------------------------------ errors

    private void ensureOpen() throws LibraryException {
        if (closed) {
            throw new LibraryException(Reason.CLOSED, "The library at " + dir + " is closed.");
        }
    }

    private static LibraryException notFound(String id) {
        return new LibraryException(Reason.NOT_FOUND, "There is no article with the id '" + id + "' in the library.");
    }

    /** Turns an exception from Lucene or the file system into a message for the user. */
    static LibraryException failure(Path d, String doing, Exception e) {
        if (e instanceof LibraryException le) {
            return le;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
                return damaged(d, "a file is missing", e);
            }
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof LockObtainFailedException) {
                return new LibraryException(Reason.LOCKED, "The library at " + d
                        + " is open in another Parallax window or command; close it there, or pick another library with --library.",
                        e);
            }
            if (t instanceof CorruptIndexException) {
                return damaged(d, "a file's contents do not check out", e);
            }
            if (t instanceof IndexFormatTooNewException) {
                return damaged(d, "it was written in a format this Parallax does not know", e);
            }
            if (t instanceof IndexFormatTooOldException) {
                return damaged(d, "it was written in a format too old to read", e);
            }
            if (t instanceof EOFException) {
                return damaged(d, "a file is cut short", e);
            }
            if (t instanceof IndexNotFoundException) {
                return damaged(d, "its segments file is missing", e);
            }
            if (t instanceof AccessDeniedException) {
                return new LibraryException(Reason.IO, "Parallax is not allowed to " + doing + " the library at "
                        + d + "; check the folder's permissions.", e);
            }
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof IOException && m.contains("Read-only file system")) {
                return new LibraryException(Reason.IO, "The library at " + d + " is on a read-only disk or folder, so"
                        + " Parallax cannot " + doing + " it; list, show and search still work, or copy the folder"
                        + " somewhere writable and use --library.", e);
            }
            if (t instanceof IOException && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return new LibraryException(Reason.IO, "The disk holding the library at " + d + " is full, so"
                        + " Parallax could not " + doing + " it; what was stored before is kept. Free some space"
                        + " and try again.", e);
            }
            if (t instanceof AlreadyClosedException) {
                return new LibraryException(Reason.IO, "The library at " + d
                        + " stopped accepting changes after an earlier error; close and reopen it.", e);
            }
            t = t.getCause();
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new LibraryException(Reason.IO, "Parallax could not " + doing + " the library at " + d + " ("
                + detail + ").", e);
    }

    private static LibraryException damaged(Path d, String what, Throwable cause) {
        return new LibraryException(Reason.DAMAGED, "The library at " + d + " is damaged (" + what
                + "); Parallax left its files untouched, so back them up, then import your articles again into a new library with --library NEW_FOLDER.",
                cause);
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a half-opened writer failed", e);
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing a half-opened directory failed", e);
        }
    }

    static String normaliseId(String id) {
        return id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}

package org.parallax.core.index;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shared library: a SolrCloud collection that several people's Parallax use at once. It keeps the same
 * articles as a {@link LocalLibrary} (the same ids, metadata, edits and extractions, {@link SolrDocuments}) and
 * gives the same answers (the same query syntax and analysis, {@link SolrQueries}); the collection is made by
 * {@link SolrCollections#init}. See docs/solr.md.
 *
 * <p>Concurrency between clients is Solr's optimistic concurrency: every write names the {@code _version_} it
 * read ({@code -1}: the article must not exist yet). An import that meets an article someone else stored in
 * between reads it again and merges as a duplicate, so two people importing the same files get each article
 * once; an edit that meets someone else's change is refused ({@link Reason#CONFLICT}) and nothing is written.
 *
 * <p>Changes are sent in groups of {@value #SEND_EVERY} articles inside a {@link #batch()} (at once outside
 * one) and made visible by a soft commit when the batch ends; the collection's transaction log keeps what was
 * sent. Solr applies a group article by article (its tolerant update processor), so an article is never half
 * stored; a group that cannot be sent (a node down, a leader being elected) is sent again for up to
 * {@link #retryFor} before the change fails with {@link Reason#UNAVAILABLE}. Sending a group twice is harmless:
 * the articles already stored read as unchanged duplicates.
 */
public final class SolrLibrary implements Library {

    private static final Logger LOG = LoggerFactory.getLogger(SolrLibrary.class);

    /** The schema name that marks a collection as a Parallax library (managed-schema.xml). */
    public static final String SCHEMA_NAME = "parallax-library-1";
    /** Articles sent to Solr in one request inside a batch. */
    static final int SEND_EVERY = 200;
    private static final int PAGE = 500;
    /** Ids read in one request by {@link #ids()}. */
    private static final int ID_PAGE = 10_000;
    private static final int MAX_CANDIDATES_NAMED = 5;
    /** Rounds of re-reading after version conflicts before an import gives up on an article. */
    private static final int MAX_CONFLICT_ROUNDS = 10;

    private final SolrAddress address;
    private final CloudSolrClient client;
    private final String collection;

    /** Held while changing, so a change (read, merge, write) and the pending group stay consistent. */
    private final ReentrantLock changing = new ReentrantLock();
    /** Changes not yet sent, by article id, in order; guarded by {@link #changing}. */
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private int batchDepth;
    private volatile boolean closed;
    private boolean broken;
    /** How long a group is sent again while the cluster does not answer. */
    private volatile long retryForMillis = TimeUnit.SECONDS.toMillis(60);
    /** Test hook: runs between reading an article and writing its edit. */
    private volatile Runnable beforeEditWrite;

    /** A change waiting to be sent: the entry to store and the version it was read at (-1: must be new). */
    private record Pending(LibraryEntry entry, long version, List<Added> adds, boolean edited) {
    }

    /** One import of an article, kept so it can be merged again after a conflict. */
    private record Added(Article article, Extraction extraction, Instant at) {
    }

    /** An article as stored, with its version. */
    private record Stored(LibraryEntry entry, long version, Pending pending) {
    }

    private SolrLibrary(SolrAddress address, CloudSolrClient client) {
        this.address = address;
        this.client = client;
        this.collection = address.collection();
    }

    /**
     * Opens the shared library at {@code address}.
     *
     * @throws LibraryException when the cluster cannot be reached ({@link Reason#UNAVAILABLE}), or the
     *                          collection is missing or not a Parallax library ({@link Reason#NOT_A_LIBRARY})
     */
    public static SolrLibrary open(SolrAddress address) throws LibraryException {
        CloudSolrClient client = client(address);
        try {
            String name = SolrCollections.schemaName(client, address);
            if (!SCHEMA_NAME.equals(name)) {
                throw SolrCollections.notParallax(address, name);
            }
            LOG.info("Opened the shared library {}", address);
            return new SolrLibrary(address, client);
        } catch (LibraryException | RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    /** A client for the cluster at {@code address}; basic-auth credentials come from the environment. */
    static CloudSolrClient client(SolrAddress address) {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withIdleTimeout(120, TimeUnit.SECONDS);
        String user = System.getenv("PARALLAX_SOLR_USER");
        String password = System.getenv("PARALLAX_SOLR_PASSWORD");
        if (user != null && !user.isBlank() && password != null) {
            http.withBasicAuthCredentials(user, password);
        }
        CloudHttp2SolrClient.Builder b = address.zkHosts().isEmpty()
                ? new CloudHttp2SolrClient.Builder(address.solrUrls())
                : new CloudHttp2SolrClient.Builder(address.zkHosts(), Optional.ofNullable(address.zkChroot()));
        return b.withDefaultCollection(address.collection()).withInternalClientBuilder(http).build();
    }

    /** The collection's address. */
    public SolrAddress address() {
        return address;
    }

    /** Test hook: how long a group of changes is sent again while the cluster does not answer. */
    void retryFor(long millis) {
        this.retryForMillis = millis;
    }

    /** Test hook: runs between reading an article and writing the user's edit of it. */
    void beforeEditWrite(Runnable hook) {
        this.beforeEditWrite = hook;
    }

    @Override
    public String location() {
        return address.text();
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    // ------------------------------------------------------------------------------------------ reading

    @Override
    public Optional<LibraryEntry> get(String idOrUniquePrefix) throws LibraryException {
        String key = LocalLibrary.normaliseId(idOrUniquePrefix);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        ensureOpen();
        Optional<String> id = resolve(key);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Stored s = stored(id.get());
        return s == null ? Optional.empty() : Optional.of(s.entry());
    }

    @Override
    public List<LibraryEntry> list() throws LibraryException {
        ensureOpen();
        List<LibraryEntry> all = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*");
            q.setRows(PAGE);
            q.setFields("*");
            q.setSort(ArticleDocuments.ID, SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q, "list");
            for (SolrDocument d : r.getResults()) {
                all.add(SolrDocuments.decode(d));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        all.sort(Library.LIST_ORDER);
        return all;
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws LibraryException {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        ensureOpen();
        SolrQuery q;
        try {
            // refused here with the local library's words, before anything is sent
            new LibraryQueryParser(ArticleDocuments.analyzer()).parse(query);
            q = SolrQueries.search(query, limit);
        } catch (ParseException e) {
            throw new LibraryException(Reason.BAD_QUERY,
                    "Cannot understand the search '" + query.strip() + "': " + LocalLibrary.explain(e) + ".", e);
        }
        QueryResponse r = query(q, "search");
        Map<String, Map<String, List<String>>> highlighting = r.getHighlighting();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            LibraryEntry entry = SolrDocuments.decode(d);
            Object score = d.getFieldValue("score");
            Map<String, List<String>> hl = highlighting == null ? null : highlighting.get(entry.id());
            List<String> fragments = hl == null ? List.of() : hl.getOrDefault(ArticleDocuments.BODY, List.of());
            hits.add(new SearchHit(entry, score instanceof Number n ? n.floatValue() : 0f,
                    SolrSnippets.of(entry.article().body(), fragments)));
        }
        return hits;
    }

    /** Ids read a page at a time, the id alone (its doc values): no body, no extraction is read. */
    @Override
    public java.util.Set<String> ids() throws LibraryException {
        ensureOpen();
        java.util.Set<String> out = new java.util.HashSet<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery q = new SolrQuery("*:*");
            q.setRows(ID_PAGE);
            q.setFields(ArticleDocuments.ID);
            q.setSort(ArticleDocuments.ID, SolrQuery.ORDER.asc);
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = query(q, "list");
            for (SolrDocument d : r.getResults()) {
                out.add((String) d.getFieldValue(ArticleDocuments.ID));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        return out;
    }

    /**
     * The local library's More Like This over the body ({@link LocalLibrary#similar}), with the collection's
     * statistics rather than one shard's: the body's terms (analysed as the schema does) are looked up in the
     * whole collection (the terms component, summed over the shards); those in at least 2 articles and at most
     * 5% of them are scored by term frequency × idf and the best {@value LocalLibrary#SIMILAR_QUERY_TERMS} are
     * searched in the body (any of them). Solr's own {@code {!mlt}} parser picks the terms on each shard from
     * that shard's counts alone, so a rare name shared by this article and one on another shard (the other
     * outlet's report of the same event) falls under its minimum of 2 there and is never searched.
     */
    @Override
    public List<String> similar(String id, int limit) throws LibraryException {
        if (limit <= 0) {
            return List.of();
        }
        String key = LocalLibrary.normaliseId(id);
        if (key.isEmpty()) {
            return List.of();
        }
        ensureOpen();
        Stored self = stored(key);   // a whole id: one real-time get
        if (self == null) {
            Optional<String> full = resolve(key);
            self = full.isEmpty() ? null : stored(full.get());
        }
        if (self == null) {
            return List.of();
        }
        List<String> terms = likeTerms(self.entry().article().body());
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder bool = new StringBuilder("{!bool");
        SolrQuery q = new SolrQuery();
        for (int i = 0; i < terms.size(); i++) {
            bool.append(" should=$t").append(i);
            q.set("t" + i, "{!term f=" + ArticleDocuments.BODY + "}" + terms.get(i));
        }
        q.setQuery(bool.append('}').toString());
        q.setRows(limit + 1);
        q.setFields(ArticleDocuments.ID);
        List<String> out = new ArrayList<>();
        for (SolrDocument d : query(q, "read").getResults()) {
            String other = (String) d.getFieldValue(ArticleDocuments.ID);
            if (!other.equals(self.entry().id()) && out.size() < limit) {
                out.add(other);
            }
        }
        return out;
    }

    /** Tokens of a body read for its terms, as Lucene's MoreLikeThis reads at most. */
    private static final int SIMILAR_MAX_TOKENS = 5000;

    /**
     * The terms of {@code body} that {@link #similar} searches: Lucene's MoreLikeThis choice (term frequency ×
     * classic idf; document frequency from 2 to 5% of the articles) with the collection's document frequencies.
     */
    private List<String> likeTerms(String body) throws LibraryException {
        Map<String, Integer> tf = new java.util.HashMap<>();
        try (org.apache.lucene.analysis.Analyzer analyzer = ArticleDocuments.analyzer();
             org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(ArticleDocuments.BODY,
                     body == null ? "" : body)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            int tokens = 0;
            while (ts.incrementToken() && tokens++ < SIMILAR_MAX_TOKENS) {
                tf.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new LibraryException(Reason.IO, "Could not read the article's words.", e);
        }
        if (tf.isEmpty()) {
            return List.of();
        }
        SolrQuery q = new SolrQuery();
        q.setRequestHandler("/terms");
        q.set("shards.qt", "/terms");
        q.setTerms(true);
        q.addTermsField(ArticleDocuments.BODY);
        q.set("terms.stats", true);
        q.setTermsLimit(-1);
        q.set("terms.list", String.join(",", tf.keySet().stream()
                .map(t -> t.replace("\\", "\\\\").replace(",", "\\,")).toList()));
        QueryResponse r = withRetries("read", () -> client.query(collection, q,
                org.apache.solr.client.solrj.SolrRequest.METHOD.POST));
        long docs = 0;
        if (r.getResponse().get("indexstats") instanceof NamedList<?> stats
                && stats.get("numDocs") instanceof Number n) {
            docs = n.longValue();
        }
        if (docs == 0) {
            return List.of();
        }
        long maxDocFreq = Library.similarMaxArticles(docs);
        var found = r.getTermsResponse() == null ? null : r.getTermsResponse().getTerms(ArticleDocuments.BODY);
        if (found == null) {
            return List.of();
        }
        org.apache.lucene.search.similarities.ClassicSimilarity classic =
                new org.apache.lucene.search.similarities.ClassicSimilarity();
        record Scored(String term, float score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (var t : found) {
            Integer freq = tf.get(t.getTerm());
            long df = t.getFrequency();
            if (freq == null || df < 2 || df > maxDocFreq) {
                continue;
            }
            scored.add(new Scored(t.getTerm(), freq * classic.idf(df, docs)));
        }
        scored.sort(java.util.Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::term));
        return scored.stream().limit(LocalLibrary.SIMILAR_QUERY_TERMS).map(Scored::term).toList();
    }

    @Override
    public int size() throws LibraryException {
        ensureOpen();
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        return Math.toIntExact(query(q, "count").getResults().getNumFound());
    }

    // ------------------------------------------------------------------------------------------ pages

    /** Counted in Solr: no document is read. */
    @Override
    public int count(LibraryFilter filter) throws LibraryException {
        ensureOpen();
        SolrQuery q = filtered(filter);
        q.setRows(0);
        return Math.toIntExact(query(q, "count").getResults().getNumFound());
    }

    /**
     * Filtered and sorted in Solr, read from {@code offset} on: only the summary fields (no body, no extraction),
     * so a page costs about the same for any collection size.
     */
    @Override
    public List<ArticleSummary> page(LibraryFilter filter, LibraryOrder order, int offset, int limit)
            throws LibraryException {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        ensureOpen();
        SolrQuery q = filtered(filter);
        q.setStart(offset);
        q.setRows(limit);
        q.setFields(SolrDocuments.SUMMARY_FIELDS);
        String key = switch (order.key()) {
            case PUBLISHED -> ArticleDocuments.PUBLISHED;
            case TITLE -> SolrDocuments.TITLE_SORT;
            case OUTLET -> SolrDocuments.OUTLET_SORT;
            case WORDS -> SolrDocuments.WORDS;
            case FIGURES -> SolrDocuments.FIGURES;
            case QUOTES -> SolrDocuments.QUOTES;
            case ATTRIBUTIONS -> SolrDocuments.ATTRIBUTIONS;
        };
        // ties in the list order (newest first, then title, then id), so that pages never overlap; a missing
        // date, title or outlet sorts last either way (sortMissingLast in the schema)
        q.addSort(key, order.descending() ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
        q.addSort(ArticleDocuments.PUBLISHED, SolrQuery.ORDER.desc);
        q.addSort(SolrDocuments.TITLE_SORT, SolrQuery.ORDER.asc);
        q.addSort(ArticleDocuments.ID, SolrQuery.ORDER.asc);
        List<ArticleSummary> out = new ArrayList<>();
        for (SolrDocument d : query(q, "list").getResults()) {
            out.add(SolrDocuments.summary(d));
        }
        return out;
    }

    /** A facet in Solr over the outlets as written; names differing only in case are one outlet. */
    @Override
    public List<String> outlets() throws LibraryException {
        ensureOpen();
        SolrQuery q = new SolrQuery("*:*");
        q.setRows(0);
        q.setFacet(true);
        q.addFacetField(SolrDocuments.OUTLET_NAME);
        q.setFacetLimit(-1);
        q.setFacetMinCount(1);
        q.setFacetMissing(true);
        q.setFacetSort("index");
        QueryResponse r = query(q, "list");
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        boolean unknown = false;
        org.apache.solr.client.solrj.response.FacetField facet = r.getFacetField(SolrDocuments.OUTLET_NAME);
        if (facet != null && facet.getValues() != null) {
            for (org.apache.solr.client.solrj.response.FacetField.Count c : facet.getValues()) {
                if (c.getName() == null) {
                    unknown = c.getCount() > 0;
                } else if (c.getCount() > 0) {
                    names.add(c.getName());
                }
            }
        }
        List<String> out = new ArrayList<>(names);
        if (unknown) {
            out.add(LibraryFilter.NO_OUTLET);
        }
        return out;
    }

    /** The request for the articles passing {@code filter}: the search (if any) as q, every other part an fq. */
    private SolrQuery filtered(LibraryFilter filter) throws LibraryException {
        SolrQuery q;
        if (filter.query() == null) {
            q = new SolrQuery("*:*");
        } else {
            try {
                new LibraryQueryParser(ArticleDocuments.analyzer()).parse(filter.query());
                q = SolrQueries.search(filter.query(), 0);
            } catch (ParseException e) {
                throw new LibraryException(Reason.BAD_QUERY, "Cannot understand the search '" + filter.query().strip()
                        + "': " + LocalLibrary.explain(e) + ".", e);
            }
            q.setHighlight(false);
        }
        if (filter.outlet() != null) {
            String outlet = filter.outlet().strip().toLowerCase(java.util.Locale.ROOT);
            q.addFilterQuery(outlet.isEmpty() ? "*:* -" + ArticleDocuments.OUTLET + ":[* TO *]"
                    : "{!term f=" + ArticleDocuments.OUTLET + "}" + outlet);
        }
        if (filter.from() != null || filter.to() != null) {
            q.addFilterQuery(ArticleDocuments.PUBLISHED + ":["
                    + (filter.from() == null ? "*" : String.valueOf(filter.from().toEpochDay())) + " TO "
                    + (filter.to() == null ? "*" : String.valueOf(filter.to().toEpochDay())) + "]");
        }
        if (filter.language() != null) {
            q.addFilterQuery("{!term f=" + ArticleDocuments.LANGUAGE + "}" + filter.language());
        }
        if (filter.ids() != null) {
            q.addFilterQuery(filter.ids().isEmpty() ? "-*:*"
                    : "{!terms f=" + ArticleDocuments.ID + "}" + String.join(",", filter.ids()));
        }
        return q;
    }

    /** The full id of the article with id {@code key}, else of the one article whose id starts with it. */
    private Optional<String> resolve(String key) throws LibraryException {
        changing.lock();
        try {
            if (pending.containsKey(key)) {
                return Optional.of(key);
            }
        } finally {
            changing.unlock();
        }
        if (realTimeGet(key) != null) {
            return Optional.of(key);
        }
        SolrQuery q = new SolrQuery("{!prefix f=" + ArticleDocuments.ID + " v=$prefix}");
        q.set("prefix", key);
        q.setRows(MAX_CANDIDATES_NAMED);
        q.setFields("*");
        q.setSort(ArticleDocuments.ID, SolrQuery.ORDER.asc);
        SolrDocumentList found = query(q, "read").getResults();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.getNumFound() == 1) {
            return Optional.of((String) found.get(0).getFieldValue(ArticleDocuments.ID));
        }
        List<String> named = new ArrayList<>();
        for (SolrDocument d : found) {
            LibraryEntry e = SolrDocuments.decode(d);
            String title = e.article().metadata().title();
            named.add(title == null ? e.id() : e.id() + " (" + LocalLibrary.shorten(title) + ")");
        }
        long total = found.getNumFound();
        throw new LibraryException(Reason.AMBIGUOUS, "The id '" + key + "' matches " + total + " articles: "
                + String.join(", ", named) + (total > named.size() ? ", …" : "") + "; type more of the id.");
    }

    /** The article with exactly this id as this client will write it: pending, else as Solr holds it now. */
    private Stored stored(String id) throws LibraryException {
        changing.lock();
        try {
            Pending p = pending.get(id);
            if (p != null) {
                return new Stored(p.entry(), p.version(), p);
            }
        } finally {
            changing.unlock();
        }
        SolrDocument d = realTimeGet(id);
        return d == null ? null : new Stored(SolrDocuments.decode(d), SolrDocuments.version(d), null);
    }

    /** The document with this id as Solr holds it now, committed or not (real-time get), or null. */
    private SolrDocument realTimeGet(String id) throws LibraryException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", "*," + SolrDocuments.VERSION);
        return withRetries("read", () -> client.getById(collection, id, p));
    }

    private QueryResponse query(SolrQuery q, String doing) throws LibraryException {
        return withRetries(doing, () -> client.query(collection, q));
    }

    // ------------------------------------------------------------------------------------------ changing

    @Override
    public AddResult add(Article article, Extraction extraction) throws LibraryException {
        Objects.requireNonNull(article, "article");
        Extraction ex = extraction == null ? Extraction.EMPTY : extraction;
        Added added = new Added(article, ex, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return change(() -> {
            Stored old = stored(article.id());
            if (old == null) {
                queue(new Pending(fresh(added), -1, List.of(added), false));
                return AddResult.ADDED;
            }
            LibraryEntry merged = LocalLibrary.reimport(old.entry(), article, ex);
            if (!merged.equals(old.entry())) {
                List<Added> adds = new ArrayList<>(old.pending() == null ? List.of() : old.pending().adds());
                adds.add(added);
                queue(new Pending(merged, old.version(), adds, old.pending() != null && old.pending().edited()));
            }
            return AddResult.DUPLICATE;
        });
    }

    @Override
    public LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException {
        Objects.requireNonNull(edit, "edit");
        String key = LocalLibrary.normaliseId(id);
        return change(() -> {
            Optional<String> full = key.isEmpty() ? Optional.empty() : resolve(key);
            Stored old = full.isEmpty() ? null : stored(full.get());
            if (old == null) {
                throw notFound(id);
            }
            Metadata edits = edit.applyTo(old.entry().edits());
            if (edits.equals(old.entry().edits())) {
                return old.entry();
            }
            LibraryEntry e = old.entry();
            LibraryEntry updated = new LibraryEntry(e.article().withMetadata(e.imported().overriddenBy(edits)),
                    e.imported(), edits, e.importedAt(), e.extraction());
            Runnable hook = beforeEditWrite;
            if (hook != null) {
                hook.run();
            }
            queue(new Pending(updated, old.version(), old.pending() == null ? List.of() : old.pending().adds(), true));
            LOG.debug("Edited article {}", updated.id());
            return updated;
        });
    }

    @Override
    public boolean remove(String id) throws LibraryException {
        String key = LocalLibrary.normaliseId(id);
        if (key.isEmpty()) {
            return false;
        }
        return change(() -> {
            send();
            Optional<String> full = resolve(key);
            if (full.isEmpty()) {
                return false;
            }
            UpdateRequest delete = new UpdateRequest();
            delete.deleteById(full.get());
            withRetries("write", () -> delete.process(client, collection));
            LOG.debug("Removed article {}", full.get());
            return true;
        });
    }

    @Override
    public void commit() throws LibraryException {
        change(() -> {
            send();
            softCommit();
            return null;
        });
    }

    @Override
    public Batch batch() throws LibraryException {
        changing.lock();
        try {
            ensureWritable();
            batchDepth++;
        } finally {
            changing.unlock();
        }
        return new Batch(this, this::endBatch);
    }

    private void endBatch() throws LibraryException {
        changing.lock();
        try {
            batchDepth--;
            if (batchDepth == 0 && !broken && !closed) {
                send();
                softCommit();
            }
        } finally {
            changing.unlock();
        }
    }

    @Override
    public void discardUncommitted() {
        changing.lock();
        try {
            int dropped = pending.size();
            pending.clear();
            broken = true;
            LOG.warn("Dropped {} changes not yet sent to {}; what was sent before stays", dropped, address);
        } finally {
            changing.unlock();
        }
    }

    @Override
    public void close() throws LibraryException {
        changing.lock();
        try {
            if (closed) {
                return;
            }
            try {
                if (!broken && !pending.isEmpty()) {
                    send();
                    softCommit();
                }
            } finally {
                closed = true;
                pending.clear();
                closeQuietly(client);
                LOG.info("Closed the shared library {}", address);
            }
        } finally {
            changing.unlock();
        }
    }

    @FunctionalInterface
    private interface Change<T> {
        T run() throws LibraryException;
    }

    private <T> T change(Change<T> action) throws LibraryException {
        changing.lock();
        try {
            ensureWritable();
            try {
                T result = action.run();
                if (batchDepth == 0) {
                    send();
                    softCommit();
                } else if (pending.size() >= SEND_EVERY) {
                    send();
                }
                return result;
            } catch (LibraryException | RuntimeException e) {
                if (batchDepth == 0) {
                    pending.clear();
                }
                throw e;
            }
        } finally {
            changing.unlock();
        }
    }

    private void queue(Pending p) {
        String id = p.entry().id();
        pending.remove(id);   // keeps the order of the latest change
        pending.put(id, p);
    }

    private static LibraryEntry fresh(Added a) {
        return new LibraryEntry(a.article(), a.article().metadata(), Metadata.EMPTY, a.at(), a.extraction());
    }

    /**
     * Sends the pending changes. A version conflict on an import (someone stored the article meanwhile) is
     * resolved by reading it again and merging; one on an edit fails with {@link Reason#CONFLICT}.
     */
    private void send() throws LibraryException {
        List<Pending> todo = new ArrayList<>(pending.values());
        for (int round = 0; !todo.isEmpty(); round++) {
            Map<String, String> failed = sendOnce(todo);
            List<Pending> again = new ArrayList<>();
            for (Pending p : todo) {
                String id = p.entry().id();
                String why = failed.get(id);
                if (why == null) {
                    pending.remove(id);
                    continue;
                }
                if (!why.contains("version conflict")) {
                    throw new LibraryException(Reason.UNAVAILABLE, "The shared library " + address
                            + " refused article " + id + " (" + oneLine(why) + ").");
                }
                if (p.edited() || round >= MAX_CONFLICT_ROUNDS) {
                    pending.remove(id);
                    throw conflict(id);
                }
                Pending merged = remerge(p);
                if (merged == null) {
                    pending.remove(id);
                } else {
                    pending.put(id, merged);
                    again.add(merged);
                }
            }
            todo = again;
        }
    }

    /** The imports of {@code p} applied again to the article as someone else stored it; null if nothing changes. */
    private Pending remerge(Pending p) throws LibraryException {
        SolrDocument d = realTimeGet(p.entry().id());
        LibraryEntry e;
        long version;
        int from;
        if (d == null) {
            e = fresh(p.adds().get(0));
            version = -1;
            from = 1;
        } else {
            e = SolrDocuments.decode(d);
            version = SolrDocuments.version(d);
            from = 0;
        }
        LibraryEntry start = e;
        for (Added a : p.adds().subList(from, p.adds().size())) {
            e = LocalLibrary.reimport(e, a.article(), a.extraction());
        }
        LOG.debug("Article {} was stored by someone else meanwhile; merged as a duplicate", e.id());
        return d != null && e.equals(start) ? null : new Pending(e, version, p.adds(), false);
    }

    /** Sends the changes once (with retries while the cluster does not answer); the refused ones by id. */
    private Map<String, String> sendOnce(List<Pending> changes) throws LibraryException {
        UpdateRequest req = new UpdateRequest();
        for (Pending p : changes) {
            try {
                var doc = SolrDocuments.encode(p.entry());
                doc.setField(SolrDocuments.VERSION, p.version());
                req.add(doc);
            } catch (IOException e) {
                throw new LibraryException(Reason.IO, "Could not encode article " + p.entry().id() + ".", e);
            }
        }
        UpdateResponse r = withRetries("write", () -> req.process(client, collection));
        return refused(r.getResponseHeader());
    }

    /** The tolerant update processor's report: the id and message of each refused document. */
    private static Map<String, String> refused(NamedList<?> header) {
        Map<String, String> out = new LinkedHashMap<>();
        Object errors = header == null ? null : header.get("errors");
        if (errors instanceof Collection<?> list) {
            for (Object o : list) {
                Object id = null;
                Object message = null;
                if (o instanceof NamedList<?> nl) {
                    id = nl.get("id");
                    message = nl.get("message");
                } else if (o instanceof Map<?, ?> m) {
                    id = m.get("id");
                    message = m.get("message");
                }
                if (id != null) {
                    out.put(id.toString(), message == null ? "" : message.toString());
                }
            }
        }
        return out;
    }

    private void softCommit() throws LibraryException {
        withRetries("write", () -> client.commit(collection, true, true, true));
    }

    // ------------------------------------------------------------------------------------------ errors

    @FunctionalInterface
    private interface Call<T> {
        T call() throws SolrServerException, IOException;
    }

    /** Runs {@code call}, again while the cluster does not answer (a node down, a leader being elected). */
    private <T> T withRetries(String doing, Call<T> call) throws LibraryException {
        long deadline = System.currentTimeMillis() + retryForMillis;
        long wait = 250;
        while (true) {
            try {
                return call.call();
            } catch (SolrServerException | IOException | RuntimeException e) {
                if (e instanceof RuntimeException re && !(e instanceof SolrException) && !isUnreachable(re)) {
                    throw re;
                }
                if (!retryable(e) || System.currentTimeMillis() + wait > deadline || closed && doing.equals("read")) {
                    throw failure(doing, e);
                }
                LOG.info("The shared library {} did not answer ({}); trying again in {} ms", address, oneLine(e), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw failure(doing, e);
                }
                wait = Math.min(wait * 2, 4000);
            }
        }
    }

    /**
     * True for what SolrJ throws when no node of the cluster answers to tell the cluster's state: a plain
     * RuntimeException ("Failed fetching live_nodes from [...]"), not a SolrException.
     */
    static boolean isUnreachable(RuntimeException e) {
        return e.getClass() == RuntimeException.class;
    }

    private static boolean retryable(Exception e) {
        if (e instanceof SolrException se) {
            int code = se.code();
            return code >= 500 || code == 409 && !String.valueOf(se.getMessage()).contains("version conflict");
        }
        return true;
    }

    private LibraryException failure(String doing, Exception e) {
        if (e instanceof SolrException se && se.code() == 400) {
            return new LibraryException(Reason.BAD_QUERY, "The shared library " + address + " could not " + doing
                    + " that (" + oneLine(e) + ").", e);
        }
        if (e instanceof SolrException se && String.valueOf(se.getMessage()).contains("version conflict")) {
            return conflict("?");
        }
        return new LibraryException(Reason.UNAVAILABLE, "The shared library " + address + " cannot be reached to "
                + doing + " (" + oneLine(e) + "); check that its Solr servers are running and reachable, then try"
                + " again. Nothing that was stored before is lost.", e);
    }

    private LibraryException conflict(String id) {
        return new LibraryException(Reason.CONFLICT, "Someone else changed article " + id + " in the shared library "
                + address + " at the same time, so this change was not saved and theirs was kept; look at the article"
                + " again and repeat the change.");
    }

    private static LibraryException notFound(String id) {
        return new LibraryException(Reason.NOT_FOUND, "There is no article with the id '" + id + "' in the library.");
    }

    private void ensureOpen() throws LibraryException {
        if (closed) {
            throw new LibraryException(Reason.CLOSED, "The shared library " + address + " is closed.");
        }
    }

    private void ensureWritable() throws LibraryException {
        ensureOpen();
        if (broken) {
            throw new LibraryException(Reason.IO, "The shared library " + address
                    + " stopped accepting changes after an earlier error; close and reopen it.");
        }
    }

    static String oneLine(Object o) {
        String m = o instanceof Throwable t ? (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())
                : String.valueOf(o);
        String line = m.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    private static void closeQuietly(CloudSolrClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the Solr client failed", e);
        }
    }
}

package org.parallax.core.compare.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.parallax.core.compare.text.TokenizedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;

/**
 * Finds, for every passage, the passages worth comparing with it, and their similarity. Below
 * {@code luceneThreshold} passages, exact cosines are accumulated over an inverted index of the
 * passages' content terms (only pairs sharing a term are touched). From the threshold on, an in-memory
 * Lucene index is searched (BM25, the passage's 16 heaviest terms shared with some other passage as the
 * query) and only the top 10 + 4·(articles − 1) hits of each passage are scored, so the candidate pairs
 * grow with passages × hits, not passages².
 */
final class CandidateSearch {

    private static final String FIELD = "t";
    private static final String ID = "g";
    private static final int MAX_QUERY_TERMS = 16;

    private CandidateSearch() {
    }

    /** Similar passages of each passage (both directions), {@link PassageVectors#similarity} ≥ {@code floor}. */
    static Neighbours find(PassageVectors v, int articles, double floor, int luceneThreshold,
                           Cancellation cancel) throws CancelledException {
        return v.size() >= luceneThreshold ? lucene(v, articles, floor, cancel) : exhaustive(v, floor, cancel);
    }

    static Neighbours exhaustive(PassageVectors v, double floor, Cancellation cancel) throws CancelledException {
        int n = v.size();
        Map<Integer, TokenizedText.IntList> postings = new HashMap<>();
        for (int g = 0; g < n; g++) {
            for (int t : v.terms[g]) {
                postings.computeIfAbsent(t, x -> new TokenizedText.IntList()).add(g);
            }
        }
        Neighbours.Builder out = new Neighbours.Builder(n);
        double[] acc = new double[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        for (int g = 0; g < n; g++) {
            if ((g & 63) == 0) {
                cancel.check();
            }
            int nt = 0;
            int[] terms = v.terms[g];
            for (int i = 0; i < terms.length; i++) {
                TokenizedText.IntList post = postings.get(terms[i]);
                float w = v.weights[g][i];
                for (int k = 0; k < post.size; k++) {
                    int h = post.a[k];
                    if (h <= g) {
                        continue;
                    }
                    if (shared[h] == 0) {
                        touched[nt++] = h;
                    }
                    acc[h] += w * weightOf(v, h, terms[i]);
                    shared[h]++;
                }
            }
            for (int k = 0; k < nt; k++) {
                int h = touched[k];
                double sim = PassageVectors.damped(Math.min(1.0, acc[h]), shared[h]);
                if (sim >= floor) {
                    out.add(g, h, sim);
                }
                acc[h] = 0;
                shared[h] = 0;
            }
        }
        return out.build();
    }

    private static float weightOf(PassageVectors v, int g, int term) {
        int i = Arrays.binarySearch(v.terms[g], term);
        return i >= 0 ? v.weights[g][i] : 0f;
    }

    static Neighbours lucene(PassageVectors v, int articles, double floor, Cancellation cancel)
            throws CancelledException {
        int n = v.size();
        int topK = Math.min(n, 10 + 4 * Math.max(1, articles - 1));
        Neighbours.Builder out = new Neighbours.Builder(n);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig cfg = new IndexWriterConfig(new WhitespaceAnalyzer());
            cfg.setRAMBufferSizeMB(64);
            cfg.setMergeScheduler(new SerialMergeScheduler()); // no merge threads of our own
            cfg.setMergePolicy(NoMergePolicy.INSTANCE);
            cfg.setCommitOnClose(true);
            try (IndexWriter w = new IndexWriter(dir, cfg)) {
                StringBuilder b = new StringBuilder();
                for (int g = 0; g < n; g++) {
                    b.setLength(0);
                    for (int t : v.terms[g]) {
                        b.append(Integer.toString(t, 36)).append(' ');
                    }
                    Document d = new Document();
                    d.add(new TextField(FIELD, b.toString(), Field.Store.NO));
                    d.add(new NumericDocValuesField(ID, g));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setQueryCache(null);
                int[] globalOfDoc = globalIds(reader);
                for (int g = 0; g < n; g++) {
                    if ((g & 15) == 0) {
                        cancel.check();
                    }
                    BooleanQuery q = query(v, g);
                    if (q.clauses().isEmpty()) {
                        continue;
                    }
                    TopDocs hits = searcher.search(q, new TopScoreDocCollectorManager(topK + 1, null, topK + 1));

                    for (ScoreDoc sd : hits.scoreDocs) {
                        int h = globalOfDoc[sd.doc];
                        if (h == g) {
                            continue;
                        }
                        double sim = v.similarity(g, h);
                        if (sim >= floor) {
                            out.add(Math.min(g, h), Math.max(g, h), sim);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index failed", e);
        }
        return out.build();
    }

    private static int[] globalIds(DirectoryReader reader) throws IOException {
        int[] ids = new int[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = leaf.reader().getNumericDocValues(ID);
            for (int d = dv.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
                ids[leaf.docBase + d] = (int) dv.longValue();
            }
        }
        return ids;
    }

    private static BooleanQuery query(PassageVectors v, int g) {
        int[] terms = v.terms[g];
        float[] w = v.weights[g];
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Float.compare(w[y], w[x]));
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i < order.length && added < MAX_QUERY_TERMS; i++) {
            int k = order[i];
            if (v.df(terms[k]) < 2) {
                continue; // no other passage has it
            }
            added++;
            q.add(new BoostQuery(new TermQuery(new Term(FIELD, Integer.toString(terms[k], 36))),
                    Math.max(0.01f, w[k])), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /** Symmetric sparse similarity lists. */
    static final class Neighbours {
        private final int[][] other;
        private final float[][] sim;
        private final Map<Long, Float> pairs;

        private Neighbours(int[][] other, float[][] sim, Map<Long, Float> pairs) {
            this.other = other;
            this.sim = sim;
            this.pairs = pairs;
        }

        int[] of(int g) {
            return other[g];
        }

        float[] sims(int g) {
            return sim[g];
        }

        /** The stored similarity of a pair, or -1 when the search did not pair them. */
        double get(int g, int h) {
            Float s = pairs.get(key(Math.min(g, h), Math.max(g, h)));
            return s == null ? -1 : s;
        }

        Map<Long, Float> pairs() {
            return pairs;
        }

        static long key(int lo, int hi) {
            return ((long) lo << 32) | (hi & 0xffffffffL);
        }

        static final class Builder {
            private final int n;
            private final Map<Long, Float> pairs = new HashMap<>();

            Builder(int n) {
                this.n = n;
            }

            void add(int lo, int hi, double s) {
                pairs.put(key(lo, hi), (float) s);
            }

            Neighbours build() {
                int[] count = new int[n];
                for (long k : pairs.keySet()) {
                    count[(int) (k >>> 32)]++;
                    count[(int) k]++;
                }
                int[][] other = new int[n][];
                float[][] sim = new float[n][];
                for (int g = 0; g < n; g++) {
                    other[g] = new int[count[g]];
                    sim[g] = new float[count[g]];
                }
                int[] fill = new int[n];
                List<Map.Entry<Long, Float>> entries = new ArrayList<>(pairs.entrySet());
                entries.sort(Map.Entry.comparingByKey());
                for (Map.Entry<Long, Float> e : entries) {
                    int lo = (int) (e.getKey() >>> 32);
                    int hi = (int) (long) e.getKey();
                    other[lo][fill[lo]] = hi;
                    sim[lo][fill[lo]++] = e.getValue();
                    other[hi][fill[hi]] = lo;
                    sim[hi][fill[hi]++] = e.getValue();
                }
                return new Neighbours(other, sim, pairs);
            }
        }
    }
}

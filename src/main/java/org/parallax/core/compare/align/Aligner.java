package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.core.article.Span;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.compare.text.Passage;
import org.parallax.core.compare.text.PassageSplitter;
import org.parallax.core.compare.text.Synonyms;
import org.parallax.core.compare.text.TokenizedText;
import org.parallax.core.compare.text.Vocabulary;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares articles passage by passage: the facade of the comparison core. Stages, named as in CollateX:
 * <b>tokenize</b> (passages by a {@link PassageSplitter}, then words with offsets), <b>normalize</b>
 * (stems, synonyms, numbers), <b>align</b> (candidate search, then a progressive multiple alignment into
 * rows with moved passages recognised) and <b>judge</b> (word diffs of aligned pairs, text reuse).
 *
 * <p>Immutable and thread-safe; each call keeps its own working state. Options come from {@link #builder()}.
 */
public final class Aligner {

    private static final Logger LOG = LoggerFactory.getLogger(Aligner.class);

    /** Pairs less similar than this are not diffed for reuse: copies, repeats and spun copies score higher. */
    private static final double REUSE_MIN_SIMILARITY = 0.35;

    private final double minSimilarity;
    private final double moveSimilarity;
    private final boolean synonyms;
    private final int maxArticles;
    private final int luceneThreshold;
    private final PassageSplitter splitter;
    private final ReuseFinder.Thresholds reuse;

    private Aligner(Builder b) {
        this.minSimilarity = b.minSimilarity;
        this.moveSimilarity = b.moveSimilarity;
        this.synonyms = b.synonyms;
        this.maxArticles = b.maxArticles;
        this.luceneThreshold = b.luceneThreshold;
        this.splitter = b.splitter;
        this.reuse = new ReuseFinder.Thresholds(b.verbatimThreshold, b.repeatedThreshold,
                b.paraphraseThreshold, b.minReuseWords, Math.max(b.minSimilarity, REUSE_MIN_SIMILARITY));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A comparer with the default options. */
    public static Aligner create() {
        return builder().build();
    }

    /**
     * Aligns the passages of {@code texts}, diffs every aligned pair and finds reused text.
     *
     * @param texts        1 to {@code maxArticles} texts; the column order of the result
     * @param progress     told after each merged article, then before the word diffs and the reuse search
     *                     (n + 2 units for n texts)
     * @param cancel       asked between units of work
     * @throws CancelledException when {@code cancel} says so
     * @throws IllegalArgumentException when there are no texts or more than {@code maxArticles}
     */
    public Alignment align(List<ComparedText> texts, Progress progress, Cancellation cancel)
            throws CancelledException {
        Objects.requireNonNull(texts, "texts");
        progress = progress == null ? Progress.NONE : progress;
        cancel = cancel == null ? Cancellation.NEVER : cancel;
        if (texts.isEmpty() || texts.size() > maxArticles) {
            throw new IllegalArgumentException("expected 1 to " + maxArticles + " texts, got " + texts.size());
        }
        long t0 = System.nanoTime();
        int n = texts.size();
        Vocabulary vocab = new Vocabulary(synonyms ? Synonyms.DEFAULT : Synonyms.parse(List.of()));
        TokenizedText[] tok = new TokenizedText[n];
        for (int a = 0; a < n; a++) {
            cancel.check();
            String body = texts.get(a).body();
            tok[a] = TokenizedText.of(body, splitter.split(body), vocab);
        }
        long t1 = System.nanoTime();
        PassageVectors v = PassageVectors.of(tok);
        double floor = Math.min(minSimilarity, 0.1);
        CandidateSearch.Neighbours nb = CandidateSearch.find(v, n, floor, luceneThreshold, cancel);
        long t2 = System.nanoTime();
        List<ProgressiveAligner.Row> rawRows = ProgressiveAligner.align(tok, v, nb, minSimilarity, moveSimilarity,
                progress, cancel);

        long t3 = System.nanoTime();
        Map<Long, TokenDiffer.Result> cache = new HashMap<>();
        List<AlignedRow> rows = new ArrayList<>(rawRows.size());
        List<PassageDiff> diffs = new ArrayList<>();
        int done = 0;
        for (ProgressiveAligner.Row r : rawRows) {
            if ((done++ & 31) == 0) {
                cancel.check();
            }
            List<Optional<Passage>> cells = new ArrayList<>(n);
            double simSum = 0;
            int pairs = 0;
            for (int a = 0; a < n; a++) {
                int p = r.cells[a];
                cells.add(p < 0 ? Optional.empty() : Optional.of(new Passage(a, tok[a].passages[p])));
                if (p < 0) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    int q = r.cells[b];
                    if (q < 0) {
                        continue;
                    }
                    int ga = v.global(a, p);
                    int gb = v.global(b, q);
                    double s = nb.get(ga, gb);
                    simSum += s >= 0 ? s : v.similarity(ga, gb);
                    pairs++;
                    TokenDiffer.Result d = diff(cache, tok, v, ga, gb);
                    diffs.add(new PassageDiff(new Passage(a, tok[a].passages[p]), new Passage(b, tok[b].passages[q]),
                            d.kind(), d.changes()));
                }
            }
            rows.add(new AlignedRow(cells, pairs == 0 ? 0 : simSum / pairs));
        }
        cancel.check();
        long t4 = System.nanoTime();
        progress.update(n + 1, n + 2, "Finding reused text");
        List<Reuse> reused = ReuseFinder.find(tok, v, nb, (g, h) -> diff(cache, tok, v, g, h), reuse);
        progress.update(n + 2, n + 2, "Done");
        if (LOG.isDebugEnabled()) {
            long t5 = System.nanoTime();
            LOG.debug("aligned {} texts, {} passages, {} candidate pairs into {} rows, {} diffs, {} reuses in {} ms"
                            + " (tokenize {}, candidates {}, align {}, diffs {}, reuse {})",
                    n, v.size(), nb.pairs().size(), rows.size(), diffs.size(), reused.size(), ms(t5 - t0),
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        }
        return new Alignment(rows, diffs, reused);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The passages the configured splitter finds in {@code body}, repaired as the comparison repairs them. */
    public List<Span> passages(String body) {
        return List.of(TokenizedText.repair(body, splitter.split(body)));
    }

    private static TokenDiffer.Result diff(Map<Long, TokenDiffer.Result> cache, TokenizedText[] tok, PassageVectors v,
                                           int g, int h) {
        int lo = Math.min(g, h);
        int hi = Math.max(g, h);
        return cache.computeIfAbsent(CandidateSearch.Neighbours.key(lo, hi),
                k -> TokenDiffer.diff(tok[v.articleOf[lo]], v.localOf[lo], tok[v.articleOf[hi]], v.localOf[hi]));
    }

    /** Options of a {@link Aligner}. Not thread-safe; build once, share the comparer. */
    public static final class Builder {
        private double minSimilarity = 0.2;
        private double moveSimilarity = 0.45;
        private boolean synonyms = true;
        private int maxArticles = 100;
        private int luceneThreshold = 3000;
        private PassageSplitter splitter = PassageSplitter.sentences();
        private double verbatimThreshold = 0.85;
        private double repeatedThreshold = 0.6;
        private double paraphraseThreshold = 0.5;
        private int minReuseWords = 5;

        private Builder() {
        }

        /** Lowest similarity (0..1) at which a passage joins a row in reading order. Default 0.2. */
        public Builder minSimilarity(double v) {
            this.minSimilarity = unit(v, "minSimilarity");
            return this;
        }

        /** Lowest similarity at which a passage joins a row out of reading order (moved). Default 0.45. */
        public Builder moveSimilarity(double v) {
            this.moveSimilarity = unit(v, "moveSimilarity");
            return this;
        }

        /** Whether the synonym table counts in similarity and in the word diff. Default on. */
        public Builder synonyms(boolean on) {
            this.synonyms = on;
            return this;
        }

        /** Most texts one call accepts. Default 100. */
        public Builder maxArticles(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxArticles < 1");
            }
            this.maxArticles = n;
            return this;
        }

        /**
         * Total passages from which candidates come from an in-memory Lucene index (BM25, top hits per
         * passage, so candidate pairs grow linearly) instead of exact scoring of all passage pairs sharing a
         * content word over a plain inverted index. Default 3000 (about 100 articles): measured here, the
         * exact path was faster at every size tried (1283 passages: 0.19 s against 2.2 s; 2152 passages:
         * 0.25 s against 1.5 s), Lucene paying about 1 ms per query on this machine; it is there to bound
         * the pair count on very large comparisons. 0 = always Lucene.
         */
        public Builder luceneThreshold(int passages) {
            this.luceneThreshold = Math.max(0, passages);
            return this;
        }

        /** How bodies are cut into passages. Default {@link PassageSplitter#sentences()}. */
        public Builder passageSplitter(PassageSplitter s) {
            this.splitter = Objects.requireNonNull(s, "splitter");
            return this;
        }

        /** Share of identical words from which two articles' passages are a VERBATIM copy. Default 0.85. */
        public Builder verbatimThreshold(double v) {
            this.verbatimThreshold = unit(v, "verbatimThreshold");
            return this;
        }

        /** Share of identical words from which two passages of one article are REPEATED. Default 0.6. */
        public Builder repeatedThreshold(double v) {
            this.repeatedThreshold = unit(v, "repeatedThreshold");
            return this;
        }

        /** Share of words equal after stemming and synonyms from which a copy is a PARAPHRASE. Default 0.5. */
        public Builder paraphraseThreshold(double v) {
            this.paraphraseThreshold = unit(v, "paraphraseThreshold");
            return this;
        }

        /** Fewest words a passage needs to count as reused. Default 5. */
        public Builder minReuseWords(int n) {
            this.minReuseWords = Math.max(1, n);
            return this;
        }

        public Aligner build() {
            return new Aligner(this);
        }

        private static double unit(double v, String name) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
            }
            return v;
        }
    }
}

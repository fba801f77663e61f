package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Quote;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.Token;

/**
 * Groups the same quote across articles and inside one, and finds its unquoted paraphrases.
 *
 * <ol>
 *   <li>tokenize and normalize: each quote's words and numbers, case and apostrophes folded, punctuation dropped,
 *       house style folded by {@link QuoteWords} ("50%" = "50 per cent", "haven't" = "have not", "recognise" =
 *       "recognize", "3,700" = "3700");</li>
 *   <li>align: two quotes are one when the longest common subsequence of their tokens covers at least
 *       {@code quoteSimilarity} of the shorter one (and 3 tokens): a partial cut, a dropped word or a changed
 *       punctuation mark keeps them together; or when they share a run of 8 words unbroken (two outlets quoting
 *       overlapping stretches of one statement); or when both are long renderings of one statement, sharing 8 or
 *       more content words in one order, half of the shorter's ({@link #reworded}); candidates come from an index
 *       of shared content words, so only quotes sharing two of them are compared;</li>
 *   <li>paraphrases: an unquoted passage repeating {@code paraphraseSimilarity} of a quote's tokens in order
 *       (4 or more, in a stretch at most 1.5 times the quote's length, for quotes of 3 or more content words);
 *       and the attributed content holding a figure of an agreeing or consistent {@link FigureGroup} whose other
 *       mention stands inside the quote. A passage joins one group only, the first (largest) that finds it;</li>
 *   <li>judge: REWORDED when two variants' words differ other than by a cut (or a paraphrase is in the group),
 *       TRUNCATED when one variant's words are a part of another's, SPEAKER_DIFFERS when two speakers differ
 *       ({@link SourceNames#compare}) or one article quotes the words crediting nobody while another names a
 *       speaker ({@link #speakerDiffers}); word-level diffs against the longest quoted variant with
 *       java-diff-utils.</li>
 * </ol>
 */
final class QuoteGrouper {

    private static final int MIN_TOKENS = 3;
    /** Letters of a content word compared when quotes are reworded ("rates" = "rate", "assessed" = "assessment"). */
    private static final int STEM = 5;
    private static final int REWORDED_MIN_STEMS = 8;
    /** Words in one unbroken run two quotes must share to be overlapping cuts of one statement. */
    private static final int SHARED_RUN = 8;
    private static final double REWORDED_SHARE = 0.5;

    private final ClaimComparer.Options options;

    QuoteGrouper(ClaimComparer.Options options) {
        this.options = options;
    }

    /** Tokens of one passage: normalised texts and where they stand. */
    private record Passage(int article, Quote quote, Span span, List<String> words, List<Span> spans,
                           Set<String> content, List<String> stems, Set<String> vocabulary, String speaker) {
    }

    /**
     * How many of {@code words} occur in {@code vocabulary}: a bound on the longest common subsequence, so the
     * quadratic alignment runs only where it can succeed.
     */
    private static int inCommon(List<String> words, Set<String> vocabulary) {
        int n = 0;
        for (String w : words) {
            if (vocabulary.contains(w)) {
                n++;
            }
        }
        return n;
    }

    List<QuoteGroup> group(List<ComparedArticle> articles, List<FigureGroup> figures) {
        List<Passage> quotes = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            ComparedArticle art = articles.get(a);
            for (Quote q : art.extraction().quotes()) {
                if (q.end() > art.body().length()) {
                    continue;
                }
                Passage p = passage(a, q, q.span(), art.body(), q.speaker());
                if (p.words().size() >= MIN_TOKENS) {
                    quotes.add(p);
                }
            }
        }
        int n = quotes.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String w : quotes.get(i).content()) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> shared = new HashMap<>();
            for (String w : quotes.get(i).content()) {
                for (int j : index.get(w)) {
                    if (j > i) {
                        shared.merge(j, 1, Integer::sum);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                Passage x = quotes.get(i);
                Passage y = quotes.get(e.getKey());
                int need = Math.min(2, Math.min(x.content().size(), y.content().size()));
                if (e.getValue() < Math.max(1, need)) {
                    continue;
                }
                int shorter = Math.min(x.words().size(), y.words().size());
                int bound = Math.min(Math.max(MIN_TOKENS, (int) Math.ceil(options.quoteSimilarity() * shorter)),
                        SHARED_RUN);
                boolean same = false;
                if (Math.min(inCommon(x.words(), y.vocabulary()), inCommon(y.words(), x.vocabulary())) >= bound) {
                    int lcs = lcs(x.words(), y.words());
                    same = lcs >= MIN_TOKENS && lcs >= options.quoteSimilarity() * shorter
                            || lcs >= SHARED_RUN && longestRun(x.words(), y.words()) >= SHARED_RUN;
                }
                if (same || reworded(x, y)) {
                    union(parent, i, e.getKey());
                }
            }
        }
        Map<Integer, List<Passage>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(quotes.get(i));
        }
        // paraphrases
        Map<Integer, List<Passage>> paraphrases = new HashMap<>();
        List<Passage> sentences = new ArrayList<>();
        unquotedSentences(articles).forEach(sentences::addAll);
        Map<String, List<Integer>> sentenceIndex = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            for (String w : sentences.get(k).content()) {
                sentenceIndex.computeIfAbsent(w, x -> new ArrayList<>()).add(k);
            }
        }
        for (Map.Entry<Integer, List<Passage>> e : groups.entrySet()) {
            List<Passage> found = new ArrayList<>();
            for (Passage q : e.getValue()) {
                if (q.words().size() >= 4 && q.content().size() >= 3) {
                    found.addAll(lexicalParaphrases(q, sentences, sentenceIndex));
                }
            }
            found.addAll(figureParaphrases(e.getValue(), articles, figures));
            paraphrases.put(e.getKey(), found);
        }
        List<QuoteGroup> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>(groups.keySet());
        roots.sort(Comparator.comparingInt((Integer r) -> -groups.get(r).size()).thenComparingInt(r -> r));
        List<Passage> taken = new ArrayList<>(); // paraphrases already in a group
        for (int root : roots) {
            List<Passage> members = new ArrayList<>(groups.get(root));
            for (Passage p : paraphrases.get(root)) {
                if (!overlapsAny(members, p) && !overlapsAny(taken, p)) {
                    members.add(p);
                    taken.add(p);
                }
            }
            if (members.size() < 2) {
                continue;
            }
            members.sort(Comparator.comparingInt(Passage::article).thenComparingInt(p -> p.span().start()));
            out.add(judge(members, articles));
        }
        out.sort(Comparator.comparingInt((QuoteGroup g) -> g.mentions().get(0).article())
                .thenComparingInt(g -> g.mentions().get(0).span().start()));
        return out;
    }

    private static boolean overlapsAny(List<Passage> members, Passage p) {
        for (Passage m : members) {
            if (m.article() == p.article() && m.span().overlaps(p.span())) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------ tokenize

    private static Passage passage(int article, Quote quote, Span span, String body, String speaker) {
        List<String> words = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Set<String> content = new HashSet<>();
        List<String> stems = new ArrayList<>();
        for (QuoteWords.Word t : QuoteWords.DEFAULT.words(body, span)) {
            String w = t.text();
            words.add(w);
            spans.add(t.span());
            if (t.letters() && w.length() > 2 && !ClaimText.STOP.contains(w)) {
                content.add(w);
                stems.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return new Passage(article, quote, span, words, spans, content, stems, new HashSet<>(words), speaker);
    }

    /**
     * Two renderings of one long statement (two translations, or an outlet's own wording of a written statement):
     * both hold {@link #REWORDED_MIN_STEMS} or more content words, and the content words they share in the same
     * order, compared by stem, are that many and at least {@link #REWORDED_SHARE} of the shorter one's. Quotes
     * that merely share a topic share a few content words, seldom eight in one order.
     */
    private static boolean reworded(Passage x, Passage y) {
        int shorter = Math.min(x.stems().size(), y.stems().size());
        if (shorter < REWORDED_MIN_STEMS) {
            return false;
        }
        int common = lcs(x.stems(), y.stems());
        return common >= REWORDED_MIN_STEMS && common >= REWORDED_SHARE * shorter;
    }

    /** Each article's sentences with quoted stretches cut out, as passages (speaker from the attribution). */
    private static List<List<Passage>> unquotedSentences(List<ComparedArticle> articles) {
        List<List<Passage>> out = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            ComparedArticle art = articles.get(a);
            List<Passage> ps = new ArrayList<>();
            for (Sentence s : ClaimText.sentences(art.body())) {
                int from = s.start();
                List<Span> holes = new ArrayList<>();
                for (Quote q : art.extraction().quotes()) {
                    if (q.span().overlaps(s.span())) {
                        holes.add(q.span());
                    }
                }
                for (Span h : holes) {
                    if (h.start() > from) {
                        addPassage(ps, a, art, new Span(from, h.start()));
                    }
                    from = Math.max(from, h.end());
                }
                if (s.end() > from) {
                    addPassage(ps, a, art, new Span(from, s.end()));
                }
            }
            out.add(ps);
        }
        return out;
    }

    private static void addPassage(List<Passage> ps, int a, ComparedArticle art, Span span) {
        Passage p = passage(a, null, span, art.body(), null);
        if (p.words().size() >= 4) {
            ps.add(p);
        }
    }

    /** Unquoted passages repeating the quote; candidates are the sentences sharing two content words with it. */
    private List<Passage> lexicalParaphrases(Passage quote, List<Passage> sentences,
                                             Map<String, List<Integer>> sentenceIndex) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String w : quote.content()) {
            for (int k : sentenceIndex.getOrDefault(w, List.of())) {
                shared.merge(k, 1, Integer::sum);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() >= Math.min(2, quote.content().size())) {
                candidates.add(e.getKey());
            }
        }
        candidates.sort(null);
        List<Passage> out = new ArrayList<>();
        for (int k : candidates) {
            Passage s = sentences.get(k);
            if (inCommon(quote.words(), s.vocabulary())
                    < Math.max(4, options.paraphraseSimilarity() * quote.words().size())) {
                continue;
            }
            int[] match = lcsSpan(quote.words(), s.words());
            int lcs = match[0];
            if (lcs < 4 || lcs < options.paraphraseSimilarity() * quote.words().size()) {
                continue;
            }
            int first = match[1];
            int last = match[2];
            if (2 * (last - first + 1) > 3 * quote.words().size()) {
                continue;
            }
            Span span = new Span(s.spans().get(first).start(), s.spans().get(last).end());
            out.add(new Passage(s.article(), null, span, s.words().subList(first, last + 1),
                    s.spans().subList(first, last + 1), Set.of(), List.of(), Set.of(), null));
        }
        return out;
    }

    /** Attributed contents holding another mention of an agreeing figure group whose mention stands in a quote. */
    private static List<Passage> figureParaphrases(List<Passage> group, List<ComparedArticle> articles,
                                                   List<FigureGroup> figures) {
        List<Passage> out = new ArrayList<>();
        for (FigureGroup g : figures) {
            if (g.verdict() != Verdict.AGREE && g.verdict() != Verdict.CONSISTENT) {
                continue;
            }
            boolean quoted = false;
            for (FigureMention m : g.mentions()) {
                for (Passage q : group) {
                    if (q.article() == m.article() && m.part() == Part.BODY && q.span().contains(m.figure().span())) {
                        quoted = true;
                    }
                }
            }
            if (!quoted) {
                continue;
            }
            for (FigureMention m : g.mentions()) {
                ComparedArticle art = articles.get(m.article());
                if (m.part() != Part.BODY || insideQuote(art.extraction(), m.figure().span())) {
                    continue;
                }
                Span span = m.figure().span();
                int k = m.figure().attribution();
                if (k >= 0 && k < art.extraction().attributions().size()) {
                    Attribution at = art.extraction().attributions().get(k);
                    if (at.content() != null && at.content().contains(span)) {
                        span = at.content();
                    }
                }
                Passage p = passage(m.article(), null, span, art.body(), m.source());
                out.add(p);
            }
        }
        return out;
    }

    private static boolean insideQuote(Extraction ex, Span s) {
        for (Quote q : ex.quotes()) {
            if (q.span().contains(s)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------ judge

    private static QuoteGroup judge(List<Passage> members, List<ComparedArticle> articles) {
        List<QuoteMention> mentions = new ArrayList<>();
        int base = -1;
        for (int i = 0; i < members.size(); i++) {
            Passage p = members.get(i);
            String speaker = p.speaker();
            if (p.quote() == null && speaker == null) {
                speaker = speakerAt(articles.get(p.article()).extraction(), p.span());
            }
            mentions.add(new QuoteMention(p.article(), p.quote(), p.span(), p.span().of(articles.get(p.article())
                    .body()), speaker, p.quote() != null));
            if (p.quote() != null && (base < 0 || p.words().size() > members.get(base).words().size())) {
                base = i;
            }
        }
        Set<QuoteFlag> flags = EnumSet.noneOf(QuoteFlag.class);
        List<QuoteVariantDiff> diffs = new ArrayList<>();
        Passage b = members.get(base);
        for (int i = 0; i < members.size(); i++) {
            Passage p = members.get(i);
            if (p.quote() == null) {
                flags.add(QuoteFlag.REWORDED);
            }
            for (int j = i + 1; j < members.size(); j++) {
                Passage q = members.get(j);
                if (p.quote() == null || q.quote() == null || p.words().equals(q.words())
                        || flags.contains(QuoteFlag.TRUNCATED) && flags.contains(QuoteFlag.REWORDED)) {
                    continue;
                }
                int lcs = lcs(p.words(), q.words());
                int shorter = Math.min(p.words().size(), q.words().size());
                int longer = Math.max(p.words().size(), q.words().size());
                if (lcs == shorter && shorter < longer) {
                    flags.add(QuoteFlag.TRUNCATED);
                } else if (lcs < shorter) {
                    flags.add(QuoteFlag.REWORDED);
                }
            }
            if (i != base) {
                diffs.add(diff(base, b, i, p));
            }
        }
        if (speakerDiffers(mentions)) {
            flags.add(QuoteFlag.SPEAKER_DIFFERS);
        }
        return new QuoteGroup(mentions, flags, diffs);
    }

    private static String speakerAt(Extraction ex, Span span) {
        for (Attribution a : ex.attributions()) {
            if (a.content() != null && a.content().overlaps(span) && a.source() != null) {
                return a.source();
            }
        }
        return null;
    }

    /**
     * Do the places credit the words to different speakers? True when two speakers that identify someone are
     * {@link SourceNames.Match#DIFFERENT} (two names, or two offices, that differ; a name against a bare role is
     * not a difference), or when one article quotes the words without crediting anyone while another credits a
     * speaker it identifies. A quote with no speaker counts as credited when a quote of the same group in the same
     * article is (the article split the statement and named its speaker once). Speakers that identify nobody
     * ("workers", "the outlet", a bare medium) are neither compared nor "nobody".
     */
    static boolean speakerDiffers(List<QuoteMention> mentions) {
        Map<String, SourceNames.Name> speakers = new HashMap<>(); // each distinct speaker, taken apart once
        Map<Integer, Boolean> credited = new HashMap<>(); // article -> does any of its quoted mentions credit someone
        boolean identified = false;
        for (QuoteMention m : mentions) {
            SourceNames.Name name = m.speaker() == null ? null : speakers.computeIfAbsent(m.speaker(), SourceNames::of);
            boolean identifies = name != null && name.identifies();
            if (m.quoted()) {
                credited.merge(m.article(), m.speaker() != null, Boolean::logicalOr);
                identified |= identifies;
            }
        }
        List<SourceNames.Name> named = speakers.values().stream().filter(SourceNames.Name::identifies).toList();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (SourceNames.compare(named.get(i), named.get(j)) == SourceNames.Match.DIFFERENT) {
                    return true;
                }
            }
        }
        return identified && credited.containsValue(false); // an article credits nobody; another names a speaker
    }

    private static QuoteVariantDiff diff(int baseIndex, Passage base, int variantIndex, Passage variant) {
        Patch<String> patch = DiffUtils.diff(base.words(), variant.words());
        List<Span> removed = new ArrayList<>();
        List<Span> added = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int sp = d.getSource().getPosition();
            int ss = d.getSource().size();
            if (ss > 0) {
                removed.add(new Span(base.spans().get(sp).start(), base.spans().get(sp + ss - 1).end()));
            }
            int tp = d.getTarget().getPosition();
            int ts = d.getTarget().size();
            if (ts > 0) {
                added.add(new Span(variant.spans().get(tp).start(), variant.spans().get(tp + ts - 1).end()));
            }
        }
        return new QuoteVariantDiff(baseIndex, variantIndex, removed, added);
    }

    // ------------------------------------------------------------------------------------ align

    /** The longest run of words {@code a} and {@code b} share unbroken. */
    static int longestRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    static int lcs(List<String> a, List<String> b) {
        return lcsSpan(a, b)[0];
    }

    /** Length of the LCS of {@code a} and {@code b}, and the first and last index in {@code b} it uses. */
    static int[] lcsSpan(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] dp = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                dp[i][j] = a.get(i).equals(b.get(j)) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
            }
        }
        int first = -1;
        int last = -1;
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                if (first < 0) {
                    first = j;
                }
                last = j;
                i++;
                j++;
            } else if (dp[i + 1][j] >= dp[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new int[] {dp[0][0], first, last};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }
}

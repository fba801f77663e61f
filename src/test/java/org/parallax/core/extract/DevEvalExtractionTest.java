package org.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.deveval.DevEval;

/**
 * Quotes, speakers and attributions on dev-eval ({@code ../shared/dev-eval}, text nobody tuned for), scored with
 * the matching rules of its {@code score.py} ported here: one-to-one maximum matching (Kuhn, candidates nearest
 * position first); a quote matches when the token-set Jaccard of the normalised texts is at least 0.7, its
 * speaker is right when the last tokens of the predicted and gold speaker (or an alias) agree (null = null); an
 * attribution matches when the last token of its source is the gold source's (or an alias's) and the cues share
 * their first four letters after leading auxiliaries. Prints a per-story table; fails below the floors. Fails
 * under CI when {@code ../shared} is missing, skips loudly elsewhere.
 */
class DevEvalExtractionTest {

    /** Floors a little under what the extractor reaches (docs/attribution.md). */
    static final double FLOOR_QUOTE_F1 = 0.95;
    static final double FLOOR_SPEAKER = 0.90;
    static final double FLOOR_ATTRIBUTION_F1 = 0.85;
    static final double FLOOR_ATTRIBUTION_P = 0.88;

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are",
            "been", "be", "being", "will", "would", "did", "does", "do", "also", "then", "later", "earlier",
            "previously", "reportedly");

    /** Counts for one story (or all). */
    static final class Counts {
        int qGold;
        int qPred;
        int qMatch;
        int spkOk;
        int aGold;
        int aPred;
        int aMatch;
        int aGoldDirect;
        int aMatchDirect;
        int aGoldIndirect;
        int aMatchIndirect;

        void add(Counts o) {
            qGold += o.qGold;
            qPred += o.qPred;
            qMatch += o.qMatch;
            spkOk += o.spkOk;
            aGold += o.aGold;
            aPred += o.aPred;
            aMatch += o.aMatch;
            aGoldDirect += o.aGoldDirect;
            aMatchDirect += o.aMatchDirect;
            aGoldIndirect += o.aGoldIndirect;
            aMatchIndirect += o.aMatchIndirect;
        }

        double[] quotes() {
            return prf(qMatch, qGold, qPred);
        }

        double[] attributions() {
            return prf(aMatch, aGold, aPred);
        }

        double speaker() {
            return qMatch == 0 ? 0 : (double) spkOk / qMatch;
        }
    }

    /** A predicted or gold item for matching: its fields and its position (or -1). */
    record Item(Map<String, Object> fields, int pos) {
        String s(String k) {
            Object v = fields.get(k);
            return v == null ? null : v.toString();
        }

        @SuppressWarnings("unchecked")
        List<String> list(String k) {
            Object v = fields.get(k);
            return v == null ? List.of() : (List<String>) v;
        }
    }

    @Test
    void quotesSpeakersAndAttributionsOnDevEval() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        Map<String, Counts> perStory = new LinkedHashMap<>();
        Counts total = new Counts();
        for (DevEval.Story story : DevEval.stories()) {
            Counts sc = new Counts();
            for (DevEval.Article a : story.articles()) {
                Article article = loader.load(a.file());
                Extraction x = extractor.extract(article.body());
                sc.add(score(a.gold(), x));
            }
            perStory.put(story.name(), sc);
            total.add(sc);
        }
        StringBuilder t = new StringBuilder(String.format("%-36s | %7s %5s %5s %5s %5s | %7s %5s %5s %5s%n",
                "story", "quotes", "P", "R", "F1", "spkr", "attrib", "P", "R", "F1"));
        perStory.forEach((name, c) -> t.append(row(name, c)));
        t.append(row("OVERALL", total));
        t.append(String.format("attribution recall: direct-quote cues %.2f, reported-speech/sourcing cues %.2f%n",
                ratio(total.aMatchDirect, total.aGoldDirect), ratio(total.aMatchIndirect, total.aGoldIndirect)));
        System.out.println(t);
        assertThat(total.quotes()[2]).as("dev-eval quote F1").isGreaterThanOrEqualTo(FLOOR_QUOTE_F1);
        assertThat(total.speaker()).as("dev-eval speaker accuracy").isGreaterThanOrEqualTo(FLOOR_SPEAKER);
        assertThat(total.attributions()[2]).as("dev-eval attribution F1").isGreaterThanOrEqualTo(FLOOR_ATTRIBUTION_F1);
        assertThat(total.attributions()[0]).as("dev-eval attribution precision")
                .isGreaterThanOrEqualTo(FLOOR_ATTRIBUTION_P);
    }

    private static String row(String name, Counts c) {
        double[] q = c.quotes();
        double[] a = c.attributions();
        return String.format("%-36s | %3d/%-3d %5.2f %5.2f %5.2f %5.2f | %3d/%-3d %5.2f %5.2f %5.2f%n", name, c.qGold,
                c.qPred, q[0], q[1], q[2], c.speaker(), c.aGold, c.aPred, a[0], a[1], a[2]);
    }

    static Counts score(JsonNode gold, Extraction x) {
        Counts c = new Counts();
        List<Item> gq = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            gq.add(new Item(mapOf("text", q.path("text").asText(), "speaker", nullable(q.get("speaker")),
                    "aliases", strings(q.get("speaker_aliases"))), q.has("start") ? q.get("start").asInt() : -1));
        }
        List<Item> pq = new ArrayList<>();
        for (Quote q : x.quotes()) {
            pq.add(new Item(mapOf("text", q.text(), "speaker", q.speaker()), q.start()));
        }
        List<int[]> m = maxMatch(gq, pq, (g, p) -> jaccard(g.s("text"), p.s("text")) >= 0.7);
        c.qGold = gq.size();
        c.qPred = pq.size();
        c.qMatch = m.size();
        for (int[] gp : m) {
            if (speakerOk(gq.get(gp[0]), pq.get(gp[1]))) {
                c.spkOk++;
            }
        }
        List<Item> ga = new ArrayList<>();
        for (JsonNode a : gold.path("attributions")) {
            ga.add(new Item(mapOf("source", nullable(a.get("source")), "cue", nullable(a.get("cue")),
                    "aliases", strings(a.get("source_aliases")), "kind", nullable(a.get("kind"))),
                    a.has("start") ? a.get("start").asInt() : -1));
        }
        List<Item> pa = new ArrayList<>();
        for (Attribution a : x.attributions()) {
            pa.add(new Item(mapOf("source", a.source(), "cue", a.cueText()), a.start()));
        }
        m = maxMatch(ga, pa, DevEvalExtractionTest::attributionOk);
        c.aGold = ga.size();
        c.aPred = pa.size();
        c.aMatch = m.size();
        for (Item g : ga) {
            if ("direct".equals(g.s("kind"))) {
                c.aGoldDirect++;
            } else if ("indirect".equals(g.s("kind"))) {
                c.aGoldIndirect++;
            }
        }
        for (int[] gp : m) {
            String kind = ga.get(gp[0]).s("kind");
            if ("direct".equals(kind)) {
                c.aMatchDirect++;
            } else if ("indirect".equals(kind)) {
                c.aMatchIndirect++;
            }
        }
        return c;
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String nullable(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> {
                if (!v.isNull()) {
                    out.add(v.asText());
                }
            });
        }
        return out;
    }

    // ---------------------------------------------------------------- score.py's text helpers

    static String normText(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return t.toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(normText(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static String lastToken(String name) {
        if (name == null) {
            return null;
        }
        List<String> t = tokens(name);
        while (!t.isEmpty() && (NAME_SUFFIXES.contains(t.get(t.size() - 1)) || t.get(t.size() - 1).equals("s"))) {
            t.remove(t.size() - 1);
        }
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }

    static String cueStem(String cue) {
        List<String> words = new ArrayList<>();
        for (String w : normText(cue == null ? "" : cue).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        while (words.size() > 1 && AUXILIARIES.contains(words.get(0).replaceAll("[^a-z]", ""))) {
            words.remove(0);
        }
        String letters = String.join(" ", words).replaceAll("[^a-z]", "");
        return letters.isEmpty() ? null : letters.substring(0, Math.min(4, letters.length()));
    }

    static double jaccard(String a, String b) {
        Set<String> sa = new HashSet<>(tokens(a));
        Set<String> sb = new HashSet<>(tokens(b));
        if (sa.isEmpty() && sb.isEmpty()) {
            return 1.0;
        }
        Set<String> inter = new HashSet<>(sa);
        inter.retainAll(sb);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        return (double) inter.size() / union.size();
    }

    static boolean speakerOk(Item gold, Item pred) {
        String p = lastToken(pred.s("speaker"));
        String g = lastToken(gold.s("speaker"));
        Set<String> accepted = new HashSet<>();
        for (String a : gold.list("aliases")) {
            String l = lastToken(a);
            if (l != null) {
                accepted.add(l);
            }
        }
        if (g == null) {
            return p == null || accepted.contains(p);
        }
        return g.equals(p) || accepted.contains(p);
    }

    static boolean attributionOk(Item gold, Item pred) {
        String p = lastToken(pred.s("source"));
        if (p == null) {
            return false;
        }
        Set<String> accepted = new HashSet<>();
        String g = lastToken(gold.s("source"));
        if (g != null) {
            accepted.add(g);
        }
        for (String a : gold.list("aliases")) {
            String l = lastToken(a);
            if (l != null) {
                accepted.add(l);
            }
        }
        String gs = cueStem(gold.s("cue"));
        return accepted.contains(p) && gs != null && gs.equals(cueStem(pred.s("cue")));
    }

    /** Maximum one-to-one matching (Kuhn), candidates nearest position first; pairs (gold, pred). */
    static List<int[]> maxMatch(List<Item> gold, List<Item> pred, BiPredicate<Item, Item> ok) {
        List<List<Integer>> cand = new ArrayList<>();
        for (Item p : pred) {
            List<Integer> c = new ArrayList<>();
            for (int gi = 0; gi < gold.size(); gi++) {
                if (ok.test(gold.get(gi), p)) {
                    c.add(gi);
                }
            }
            c.sort(Comparator.<Integer>comparingInt(gi -> p.pos() >= 0 && gold.get(gi).pos() >= 0
                    ? Math.abs(gold.get(gi).pos() - p.pos()) : 0).thenComparingInt(gi -> gi));
            cand.add(c);
        }
        int[] owner = new int[gold.size()];
        java.util.Arrays.fill(owner, -1);
        for (int pi = 0; pi < pred.size(); pi++) {
            augment(pi, new HashSet<>(), cand, owner);
        }
        List<int[]> out = new ArrayList<>();
        for (int gi = 0; gi < owner.length; gi++) {
            if (owner[gi] >= 0) {
                out.add(new int[] {gi, owner[gi]});
            }
        }
        return out;
    }

    private static boolean augment(int pi, Set<Integer> seen, List<List<Integer>> cand, int[] owner) {
        for (int gi : cand.get(pi)) {
            if (!seen.add(gi)) {
                continue;
            }
            if (owner[gi] < 0 || augment(owner[gi], seen, cand, owner)) {
                owner[gi] = pi;
                return true;
            }
        }
        return false;
    }

    static double[] prf(int match, int gold, int pred) {
        double p = pred > 0 ? (double) match / pred : gold == 0 ? 1.0 : 0.0;
        double r = gold > 0 ? (double) match / gold : pred == 0 ? 1.0 : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }
}

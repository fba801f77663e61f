package org.parallax.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportData;
import org.parallax.deveval.DevEval;

/**
 * Scores the cross-outlet comparison on {@code ../shared/dev-eval} (six real stories nobody tuned for) exactly as
 * {@code ../shared/dev-eval/score_compare.py} does, prints the per-story table and fails below the floors at the
 * top of this class. Under {@code CI=true} a missing dev-eval fails; elsewhere the test is skipped loudly
 * ({@link DevEval#root()}).
 *
 * <p><b>What is compared</b>, as the scorer runs {@code parallax compare --json} once per story: every article of
 * the story, in {@code sources.json} order, copied into a temporary folder beside a {@code NAME.meta.json}
 * sidecar holding its outlet and, when {@code sources.json} gives a full {@code YYYY-MM-DD} date, its published
 * day; then the CLI's own path: {@link ArticleLoader#load}, {@link Extractor#extract} of the body,
 * {@link Comparer#create()}, and {@link ReportData#of}, the rows the JSON report prints.
 *
 * <p><b>Rules, ported from score_compare.py</b> (and the helpers it takes from {@code score.py}):
 * <ul>
 *   <li>Text tokens: the text NFKC-normalised, typographic quotes folded to straight ones, lower-cased, then every
 *       run of letters, digits and underscores ({@code \w+}).</li>
 *   <li>Numbers agree: when the gold figure has a value, it and the predicted value are within 0.5% of the larger
 *       (plus 1e-12); otherwise both the lows and the highs are. A missing number never agrees.</li>
 *   <li>Figure mapping, per article: the predicted mentions of that article (in figure-group order, then mention
 *       order), sorted by start offset (stable), each take the first gold figure of the article, in gold order,
 *       not yet taken whose numbers agree and whose text shares a token with the mention's text.</li>
 *   <li>Figure pairs: every pair of gold figures from two different articles of the story. Gold positive when both
 *       sit in one gold group; predicted positive when both were mapped into one predicted figure group. TP, FP and
 *       FN are summed over all stories; P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean (0 when undefined).</li>
 *   <li>Verdicts: for each gold group, the predicted groups its mapped mentions fell into; the one holding most of
 *       them (ties broken as Python's {@code max(set(hits), key=hits.count)} does: the first in the set's iteration
 *       order, see {@link #pythonSetOrder}) is right when it says agree or consistent and the gold says agree, or
 *       says differ when the gold does not agree; "single", or no mapped mention, is wrong.</li>
 *   <li>Quote mapping, per article: the predicted quote-group mentions (quoted or paraphrase), sorted by start,
 *       each take the first untaken gold quote of the article whose text has token-set Jaccard ≥ 0.7 with
 *       it.</li>
 *   <li>Quote pairs: as for figures, over the gold quotes of different articles and {@code quote_groups.json}.</li>
 *   <li>Speaker differs: for each gold quote group marked {@code speaker_differs}, the predicted group holding most
 *       of its mapped quotes carries a flag containing "speaker".</li>
 * </ul>
 * Decimal figures are printed rounded half-even from the exact binary value, as Python's {@code {:.2f}}.
 */
class DevEvalComparisonTest {

    // ---- floors: a little under the measured values; raise them when the comparison gets better ----

    /**
     * Pairwise F1 over cross-outlet pairs of gold figures, all stories (0.42 at the start of issue 12; 0.80 on
     * 2026-12-02 morning; 0.88, P 0.93 / R 0.84, after clause-local months and years, marker lines, the counted
     * noun's frame, the difference frame and side-by-side conversions, 2026-12-02).
     */
    static final double FIGURE_PAIR_F1_FLOOR = 0.86;
    /**
     * The same, for the worst story (0.14 at the start; 0.62 on 2026-12-02 morning; 0.72, kakhovka, after: the
     * floor is the acceptance level, the measure sits on it).
     */
    static final double FIGURE_PAIR_F1_FLOOR_PER_STORY = 0.70;
    /**
     * Share of gold figure groups whose predicted verdict is right (0.52 = 25/48 at the start; 0.83 = 40/48 on
     * 2026-12-02 morning; 0.92 = 44/48 after).
     */
    static final double VERDICT_ACCURACY_FLOOR = 0.90;
    /** Pairwise F1 of quote groups, all stories (measured 1.00 = 23/23 pairs; 0.88 before, docs/comparison-accuracy.md). */
    static final double QUOTE_PAIR_F1_FLOOR = 0.95;
    /** Share of gold quote groups whose speaker differs that are flagged "speaker differs" (measured 1/1). */
    static final double SPEAKER_DIFFERS_FLAGGED_FLOOR = 1.0;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double REL_TOL = 0.005;
    private static final double JACCARD_MIN = 0.7;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** True, false and missed counts of one pairwise score, and the right/total count of a judgement. */
    static final class Counts {
        long tp;
        long fp;
        long fn;
        int right;
        int total;

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            right += o.right;
            total += o.total;
        }

        double precision() {
            return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        double accuracy() {
            return total == 0 ? 0.0 : (double) right / total;
        }
    }

    record Key(String slug, int index) {
    }

    @Test
    void comparisonOnDevEvalStaysAboveTheFloors(@TempDir Path tmp) throws Exception {
        List<DevEval.Story> stories = DevEval.stories();
        Counts figures = new Counts();
        Counts quotes = new Counts();
        Map<String, Counts> figureByStory = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-34s %-18s %-9s | %-18s %s%n", "story", "figure pairs F1 P/R",
                "verdicts", "quote pairs F1 P/R", "speaker differs flagged"));
        for (DevEval.Story story : stories) {
            ReportData report = compare(story, tmp.resolve(story.name()));
            Counts f = scoreFigures(story, report);
            Counts q = scoreQuotes(story, report);
            figures.add(f);
            quotes.add(q);
            figureByStory.put(story.name(), f);
            table.append(String.format(Locale.ROOT, "%-34s %-18s %-9s | %-18s %d/%d%n", story.name(), prf(f),
                    f.right + "/" + f.total, q.tp + q.fp + q.fn == 0 ? "-" : prf(q), q.right, q.total));
        }
        table.append(String.format(Locale.ROOT, "%-34s %-18s %-9s | %-18s %d/%d%n", "all", prf(figures),
                figures.right + "/" + figures.total, prf(quotes), quotes.right, quotes.total));
        // the scorer's own last lines, to set beside its output
        table.append(String.format(Locale.ROOT, "quote groups pairF1=%s P=%s R=%s speaker-differs flagged %d/%d%n",
                f2(quotes.f1()), f2(quotes.precision()), f2(quotes.recall()), quotes.right, quotes.total));
        table.append(String.format(Locale.ROOT, "groups pairF1=%s P=%s R=%s verdict acc=%s%n", f2(figures.f1()),
                f2(figures.precision()), f2(figures.recall()), f2(figures.accuracy())));
        table.append(String.format(Locale.ROOT, "pair counts: figures TP %d FP %d FN %d; quotes TP %d FP %d FN %d%n",
                figures.tp, figures.fp, figures.fn, quotes.tp, quotes.fp, quotes.fn));
        System.out.println("dev-eval comparison (as score_compare.py):\n" + table);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(figures.f1()).as("figure pairwise F1, all stories").isGreaterThanOrEqualTo(FIGURE_PAIR_F1_FLOOR);
        for (Map.Entry<String, Counts> e : figureByStory.entrySet()) {
            soft.assertThat(e.getValue().f1()).as("figure pairwise F1 of " + e.getKey())
                    .isGreaterThanOrEqualTo(FIGURE_PAIR_F1_FLOOR_PER_STORY);
        }
        soft.assertThat(figures.accuracy()).as("verdict accuracy").isGreaterThanOrEqualTo(VERDICT_ACCURACY_FLOOR);
        soft.assertThat(quotes.f1()).as("quote-group pairwise F1").isGreaterThanOrEqualTo(QUOTE_PAIR_F1_FLOOR);
        soft.assertThat(quotes.accuracy()).as("share of speaker-differs groups flagged")
                .isGreaterThanOrEqualTo(SPEAKER_DIFFERS_FLAGGED_FLOOR);
        soft.assertAll();
    }

    @Test
    void tiesAreBrokenInCPythonSetOrder() {
        // list(set(values)) as CPython 3.11 prints it
        assertThat(pythonSetOrder(List.of(3, 40))).containsExactly(40, 3);
        assertThat(pythonSetOrder(List.of(5, 5, 13, 2))).containsExactly(13, 2, 5);
        assertThat(pythonSetOrder(List.of(0, 8, 16, 24, 32, 1))).containsExactly(0, 32, 1, 8, 16, 24);
        assertThat(pythonSetOrder(List.of(12, 3, 33, 7, 64, 2, 9, 18))).containsExactly(64, 33, 2, 3, 7, 9, 12, 18);
        assertThat(best(List.of(3, 40))).isEqualTo(40);
        assertThat(f2(0.125)).isEqualTo("0.12");
        assertThat(f2(0.875)).isEqualTo("0.88");
    }

    // ------------------------------------------------------------------------------------ the tool, as the CLI runs it

    /** The story's articles beside their sidecars, loaded, extracted and compared as {@code compare --json} does. */
    private static ReportData compare(DevEval.Story story, Path dir) throws Exception {
        Files.createDirectories(dir);
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        List<Article> articles = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (DevEval.Article a : story.articles()) {
            Path copy = dir.resolve(a.file().getFileName().toString());
            Files.copy(a.file(), copy);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("outlet", a.outlet());
            if (a.date() != null && a.date().length() == 10) { // a full YYYY-MM-DD; "2023-09" is not a day
                meta.put("published", a.date());
            }
            String name = copy.getFileName().toString();
            Path sidecar = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".meta.json");
            JSON.writeValue(sidecar.toFile(), meta);
            Article article = loader.load(copy);
            articles.add(article);
            extractions.add(extractor.extract(article.body()));
        }
        Comparison c = Comparer.create().compare(articles, extractions, Progress.NONE, Cancellation.NEVER);
        return ReportData.of(c);
    }

    /** Report article index → slug, by file name (the tool may order articles its own way). */
    private static Map<Integer, String> slugs(DevEval.Story story, ReportData report) {
        Map<String, String> byFile = new HashMap<>();
        for (DevEval.Article a : story.articles()) {
            byFile.put(a.file().getFileName().toString(), a.slug());
        }
        Map<Integer, String> out = new HashMap<>();
        for (int i = 0; i < report.articles().size(); i++) {
            String file = report.articles().get(i).file();
            String slug = file == null ? null : byFile.get(Path.of(file).getFileName().toString());
            if (slug != null) {
                out.put(i, slug);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ figures

    private static Counts scoreFigures(DevEval.Story story, ReportData report) {
        Map<Integer, String> artSlug = slugs(story, report);
        Map<String, List<JsonNode>> gold = new HashMap<>();
        for (DevEval.Article a : story.articles()) {
            gold.put(a.slug(), list(a.gold().path("figures")));
        }
        // predicted group of each (slug, gold figure)
        Map<Integer, List<int[]>> perArticle = new LinkedHashMap<>(); // article -> (group, mention index)
        List<ReportData.FigureGroupRow> groups = report.figureGroups();
        for (int g = 0; g < groups.size(); g++) {
            List<ReportData.FigureMentionRow> ms = groups.get(g).mentions();
            for (int k = 0; k < ms.size(); k++) {
                perArticle.computeIfAbsent(ms.get(k).article(), x -> new ArrayList<>()).add(new int[] {g, k});
            }
        }
        Map<Key, Integer> predGroup = new HashMap<>();
        for (Map.Entry<Integer, List<int[]>> e : perArticle.entrySet()) {
            String slug = artSlug.get(e.getKey());
            if (slug == null) {
                continue;
            }
            List<int[]> items = new ArrayList<>(e.getValue());
            items.sort((x, y) -> Integer.compare(groups.get(x[0]).mentions().get(x[1]).start(),
                    groups.get(y[0]).mentions().get(y[1]).start()));
            List<JsonNode> figs = gold.get(slug);
            Set<Integer> used = new HashSet<>();
            for (int[] it : items) {
                ReportData.FigureMentionRow m = groups.get(it[0]).mentions().get(it[1]);
                for (int gi = 0; gi < figs.size(); gi++) {
                    if (used.contains(gi)) {
                        continue;
                    }
                    JsonNode g = figs.get(gi);
                    if (numbersAgree(g, m) && shareToken(g.path("text").asText(), m.text())) {
                        used.add(gi);
                        predGroup.put(new Key(slug, gi), it[0]);
                        break;
                    }
                }
            }
        }
        Map<Key, Integer> goldGroup = new HashMap<>();
        List<JsonNode> goldGroups = list(story.groups());
        for (int k = 0; k < goldGroups.size(); k++) {
            for (JsonNode m : goldGroups.get(k).path("mentions")) {
                goldGroup.put(new Key(m.get(0).asText(), m.get(1).asInt()), k);
            }
        }
        Counts c = pairs(story, gold, goldGroup, predGroup);
        for (JsonNode g : goldGroups) {
            List<Integer> hits = hits(g, predGroup);
            c.total++;
            if (!hits.isEmpty()) {
                String verdict = groups.get(best(hits)).verdict();
                boolean saysAgree = "agree".equals(verdict) || "consistent".equals(verdict);
                if (saysAgree == g.path("agree").asBoolean() && !"single".equals(verdict)) {
                    c.right++;
                }
            }
        }
        return c;
    }

    private static boolean numbersAgree(JsonNode g, ReportData.FigureMentionRow p) {
        Double gv = num(g.get("value"));
        if (gv != null) {
            return close(gv, num(p.value()));
        }
        return close(num(g.get("low")), num(p.low())) && close(num(g.get("high")), num(p.high()));
    }

    private static Double num(JsonNode n) {
        if (n == null || n.isNull() || n.isBoolean()) {
            return null;
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        try {
            return Double.valueOf(n.asText().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double num(Number n) {
        return n == null ? null : n.doubleValue();
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return false;
        }
        return Math.abs(a - b) <= REL_TOL * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
    }

    // ------------------------------------------------------------------------------------ quotes

    private static Counts scoreQuotes(DevEval.Story story, ReportData report) {
        Map<Integer, String> artSlug = slugs(story, report);
        Map<String, List<JsonNode>> gold = new HashMap<>();
        for (DevEval.Article a : story.articles()) {
            gold.put(a.slug(), list(a.gold().path("quotes")));
        }
        List<ReportData.QuoteGroupRow> groups = report.quoteGroups();
        Map<Integer, List<int[]>> perArticle = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            List<ReportData.QuoteMentionRow> ms = groups.get(g).mentions();
            for (int k = 0; k < ms.size(); k++) {
                perArticle.computeIfAbsent(ms.get(k).article(), x -> new ArrayList<>()).add(new int[] {g, k});
            }
        }
        Map<Key, Integer> predGroup = new HashMap<>();
        for (Map.Entry<Integer, List<int[]>> e : perArticle.entrySet()) {
            String slug = artSlug.get(e.getKey());
            if (slug == null) {
                continue;
            }
            List<int[]> items = new ArrayList<>(e.getValue());
            items.sort((x, y) -> Integer.compare(groups.get(x[0]).mentions().get(x[1]).start(),
                    groups.get(y[0]).mentions().get(y[1]).start()));
            List<JsonNode> qs = gold.get(slug);
            Set<Integer> used = new HashSet<>();
            for (int[] it : items) {
                ReportData.QuoteMentionRow m = groups.get(it[0]).mentions().get(it[1]);
                for (int qi = 0; qi < qs.size(); qi++) {
                    if (!used.contains(qi) && jaccard(qs.get(qi).path("text").asText(), m.text()) >= JACCARD_MIN) {
                        used.add(qi);
                        predGroup.put(new Key(slug, qi), it[0]);
                        break;
                    }
                }
            }
        }
        Map<Key, Integer> goldGroup = new HashMap<>();
        List<JsonNode> goldGroups = list(story.quoteGroups());
        for (int k = 0; k < goldGroups.size(); k++) {
            for (JsonNode m : goldGroups.get(k).path("mentions")) {
                goldGroup.put(new Key(m.get(0).asText(), m.get(1).asInt()), k);
            }
        }
        Counts c = pairs(story, gold, goldGroup, predGroup);
        for (JsonNode g : goldGroups) {
            if (!g.path("speaker_differs").asBoolean()) {
                continue;
            }
            c.total++;
            List<Integer> hits = hits(g, predGroup);
            if (!hits.isEmpty() && groups.get(best(hits)).flags().stream().anyMatch(f -> f.contains("speaker"))) {
                c.right++;
            }
        }
        return c;
    }

    private static double jaccard(String a, String b) {
        Set<String> sa = new HashSet<>(tokens(a));
        Set<String> sb = new HashSet<>(tokens(b));
        if (sa.isEmpty() && sb.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return (double) sa.size() / union.size();
    }

    // ------------------------------------------------------------------------------------ shared rules

    /** Pairwise counts over pairs of gold items of different articles, as the scorer's combinations loop. */
    private static Counts pairs(DevEval.Story story, Map<String, List<JsonNode>> gold, Map<Key, Integer> goldGroup,
                                Map<Key, Integer> predGroup) {
        List<Key> keys = new ArrayList<>();
        for (DevEval.Article a : story.articles()) {
            for (int i = 0; i < gold.get(a.slug()).size(); i++) {
                keys.add(new Key(a.slug(), i));
            }
        }
        Counts c = new Counts();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                Key a = keys.get(i);
                Key b = keys.get(j);
                if (a.slug().equals(b.slug())) {
                    continue;
                }
                boolean gpos = goldGroup.containsKey(a) && goldGroup.get(a).equals(goldGroup.get(b));
                boolean ppos = predGroup.containsKey(a) && predGroup.get(a).equals(predGroup.get(b));
                if (gpos && ppos) {
                    c.tp++;
                } else if (ppos) {
                    c.fp++;
                } else if (gpos) {
                    c.fn++;
                }
            }
        }
        return c;
    }

    /** The predicted groups of a gold group's mapped mentions, in the gold group's order. */
    private static List<Integer> hits(JsonNode goldGroup, Map<Key, Integer> predGroup) {
        List<Integer> hits = new ArrayList<>();
        for (JsonNode m : goldGroup.path("mentions")) {
            Integer p = predGroup.get(new Key(m.get(0).asText(), m.get(1).asInt()));
            if (p != null) {
                hits.add(p);
            }
        }
        return hits;
    }

    /** Python's {@code max(set(hits), key=hits.count)}: the most frequent, the first of a tie in set order. */
    static int best(List<Integer> hits) {
        int best = -1;
        int bestCount = -1;
        for (int h : pythonSetOrder(hits)) {
            int count = 0;
            for (int x : hits) {
                count += x == h ? 1 : 0;
            }
            if (count > bestCount) {
                best = h;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The iteration order of CPython's {@code set(values)} for small non-negative ints (whose hash is the value):
     * an open-addressing table of 8 slots, probed linearly up to 9 slots then by the perturbed recurrence, grown
     * to the next power of two above four times the size when three fifths full. Checked against CPython 3.11 on
     * random lists.
     */
    static List<Integer> pythonSetOrder(List<Integer> values) {
        Integer[] table = new Integer[8];
        int fill = 0;
        for (int v : values) {
            int slot = slot(table, v);
            if (table[slot] != null) {
                continue;
            }
            table[slot] = v;
            fill++;
            int mask = table.length - 1;
            if (fill * 5 >= mask * 3) {
                int size = 8;
                while (size <= fill * 4) {
                    size <<= 1;
                }
                Integer[] old = table;
                table = new Integer[size];
                for (Integer x : old) {
                    if (x != null) {
                        table[slot(table, x)] = x;
                    }
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Integer x : table) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    /** The slot holding {@code key}, or the free slot where CPython would put it. */
    private static int slot(Integer[] table, int key) {
        int mask = table.length - 1;
        long perturb = key;
        int i = key & mask;
        while (true) {
            int probes = i + 9 <= mask ? 9 : 0;
            int j = i;
            while (true) {
                if (table[j] == null || table[j] == key) {
                    return j;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** score.py's {@code tokens}: NFKC, typographic quotes folded, lower case, then {@code \w+}. */
    static List<String> tokens(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean shareToken(String a, String b) {
        Set<String> x = new HashSet<>(tokens(a));
        x.retainAll(new HashSet<>(tokens(b)));
        return !x.isEmpty();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String prf(Counts c) {
        return f2(c.f1()) + " (" + f2(c.precision()) + "/" + f2(c.recall()) + ")";
    }

    /** Python's {@code f"{x:.2f}"}: the exact binary value rounded half-even. */
    static String f2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

}

package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Figure;

/**
 * Scores the claim grouping on the five seeds against the hand-made groups.json and quotes-across.json
 * (src/test/resources/compare-claim), with the real ingest and the real extractor.
 *
 * <p>Figures: each gold mention is mapped to the extracted figure of its article with the same text, identical
 * texts in reading order. Pairwise precision/recall/F1 over pairs of mentions grouped together; the predicted pairs
 * are restricted to figures that appear in some gold group (the gold groups only the quantities that recur, so a
 * pair of figures it never mentions is neither right nor wrong); the unrestricted precision (every predicted pair)
 * is printed too. Verdict accuracy: share of gold groups whose best-overlapping predicted group has the gold verdict.
 *
 * <p>Quotes: each gold occurrence is mapped to the predicted quote mentions whose span overlaps its text's place
 * (located in reading order); pairwise scores as for figures, over occurrences.
 */
class ClaimGoldTest {

    private static final ClaimComparer COMPARER = ClaimComparer.builder().build();

    record Key(int article, int start) {
    }

    @Test
    void bodiesMatchTheGold() {
        List<Article> articles = ClaimSeeds.articles();
        for (int i = 0; i < articles.size(); i++) {
            JsonNode gold = ClaimSeeds.json("/seeds-gold/" + ClaimSeeds.NAMES.get(i) + ".json");
            String body = articles.get(i).body();
            assertThat(body).as(ClaimSeeds.NAMES.get(i)).startsWith(gold.get("body_starts_with").asText())
                    .endsWith(gold.get("body_ends_with").asText());
        }
    }

    @Test
    void figureGroupsMatchTheGold() {
        List<ComparedArticle> articles = ClaimSeeds.compared();
        Claims claims = COMPARER.compare(articles);
        JsonNode gold = ClaimSeeds.json("/compare-claim/groups.json");

        Map<Key, Integer> predicted = new HashMap<>();
        for (int g = 0; g < claims.figureGroups().size(); g++) {
            for (FigureMention m : claims.figureGroups().get(g).mentions()) {
                predicted.put(new Key(m.article(), m.figure().start()), g);
            }
        }
        List<List<Key>> goldGroups = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        int unmapped = 0;
        for (JsonNode group : gold) {
            List<Key> keys = new ArrayList<>();
            for (JsonNode m : group.get("mentions")) {
                int a = ClaimSeeds.indexOf(m.get("article").asText());
                String text = m.get("text").asText();
                String counter = a + "|" + text;
                int nth = used.merge(counter, 1, Integer::sum) - 1;
                Figure f = nthFigure(articles.get(a), text, nth);
                if (f == null) {
                    unmapped++;
                    System.out.println("unmapped gold mention " + counter);
                    continue;
                }
                keys.add(new Key(a, f.start()));
            }
            goldGroups.add(keys);
        }
        Set<Set<Key>> goldPairs = new HashSet<>();
        Set<Key> inGold = new HashSet<>();
        for (List<Key> g : goldGroups) {
            inGold.addAll(g);
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    goldPairs.add(Set.of(g.get(i), g.get(j)));
                }
            }
        }
        Set<Set<Key>> predPairs = new HashSet<>();
        Set<Set<Key>> predPairsAll = new HashSet<>();
        for (FigureGroup g : claims.figureGroups()) {
            List<FigureMention> ms = g.mentions();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    Key x = new Key(ms.get(i).article(), ms.get(i).figure().start());
                    Key y = new Key(ms.get(j).article(), ms.get(j).figure().start());
                    predPairsAll.add(Set.of(x, y));
                    if (inGold.contains(x) && inGold.contains(y)) {
                        predPairs.add(Set.of(x, y));
                    }
                }
            }
        }
        int tp = 0;
        for (Set<Key> p : predPairs) {
            if (goldPairs.contains(p)) {
                tp++;
            }
        }
        double precision = predPairs.isEmpty() ? 0 : (double) tp / predPairs.size();
        double recall = goldPairs.isEmpty() ? 0 : (double) tp / goldPairs.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double precisionAll = predPairsAll.isEmpty() ? 0 : (double) tp / predPairsAll.size();

        System.out.println("Figure groups vs groups.json (" + goldGroups.size() + " gold groups, " + unmapped
                + " unmapped mentions)");
        System.out.printf(Locale.ROOT, "%-52s %4s %5s %5s  %-10s %-10s %s%n", "gold group", "gold", "pred", "overl",
                "gold", "predicted", "reasons");
        int verdictsRight = 0;
        int gi = 0;
        for (JsonNode group : gold) {
            List<Key> keys = goldGroups.get(gi++);
            Map<Integer, Integer> overlap = new HashMap<>();
            for (Key k : keys) {
                Integer g = predicted.get(k);
                if (g != null) {
                    overlap.merge(g, 1, Integer::sum);
                }
            }
            int best = -1;
            int bestN = 0;
            for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
                if (e.getValue() > bestN || e.getValue() == bestN && e.getKey() < best) {
                    best = e.getKey();
                    bestN = e.getValue();
                }
            }
            String goldVerdict = group.get("verdict").asText().toUpperCase(Locale.ROOT);
            FigureGroup p = best < 0 ? null : claims.figureGroups().get(best);
            String predVerdict = p == null ? "-" : p.verdict().name();
            if (goldVerdict.equals(predVerdict)) {
                verdictsRight++;
            }
            String subject = group.get("subject").asText();
            System.out.printf(Locale.ROOT, "%-52s %4d %5d %5d  %-10s %-10s %s%n",
                    subject.substring(0, Math.min(52, subject.length())), keys.size(),
                    p == null ? 0 : p.mentions().size(), bestN, goldVerdict, predVerdict,
                    p == null ? "" : p.reasons());
        }
        double verdictAccuracy = (double) verdictsRight / gold.size();
        System.out.printf(Locale.ROOT, "pairs: gold %d, predicted (restricted) %d, predicted (all) %d, tp %d%n",
                goldPairs.size(), predPairs.size(), predPairsAll.size(), tp);
        System.out.printf(Locale.ROOT, "pairwise P=%.3f R=%.3f F1=%.3f  (unrestricted P=%.3f)  verdict accuracy=%.3f%n",
                precision, recall, f1, precisionAll, verdictAccuracy);
        System.out.println("predicted groups with 2+ mentions:");
        for (FigureGroup g : claims.figureGroups()) {
            if (g.mentions().size() > 1) {
                StringBuilder b = new StringBuilder();
                for (FigureMention m : g.mentions()) {
                    b.append(" [").append(m.article()).append(": ").append(m.figure().text()).append(']');
                }
                System.out.println("  " + g.verdict() + " " + g.subject() + ":" + b);
            }
        }

        assertThat(unmapped).isZero();
        // floors a little under the measured 0.968 and 0.875 (targets: 0.85 each)
        assertThat(f1).as("pairwise F1").isGreaterThanOrEqualTo(0.95);
        assertThat(verdictAccuracy).as("verdict accuracy").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void quoteGroupsMatchTheGold() throws Exception {
        List<ComparedArticle> articles = ClaimSeeds.compared();
        Claims claims = COMPARER.compare(articles);
        JsonNode gold = ClaimSeeds.json("/compare-claim/quotes-across.json");
        List<List<Key>> goldGroups = new ArrayList<>();
        Map<Key, Span> where = new HashMap<>();
        int unplaced = 0;
        for (JsonNode entry : gold) {
            List<Key> keys = new ArrayList<>();
            for (JsonNode o : entry.get("occurrences")) {
                int a = ClaimSeeds.indexOf(o.get("article").asText());
                Span s = place(a, o.get("line").asInt(), o.get("text").asText());
                if (s == null) {
                    unplaced++;
                    System.out.println("unplaced occurrence " + o);
                    continue;
                }
                Key k = new Key(a, s.start());
                where.put(k, s);
                keys.add(k);
            }
            goldGroups.add(keys);
        }
        // which gold occurrences each predicted group covers
        List<Set<Key>> covered = new ArrayList<>();
        for (QuoteGroup g : claims.quoteGroups()) {
            Set<Key> c = new HashSet<>();
            for (QuoteMention m : g.mentions()) {
                for (Map.Entry<Key, Span> e : where.entrySet()) {
                    if (e.getKey().article() == m.article() && e.getValue().overlaps(m.span())) {
                        c.add(e.getKey());
                    }
                }
            }
            covered.add(c);
        }
        Set<Set<Key>> goldPairs = new HashSet<>();
        for (List<Key> g : goldGroups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    goldPairs.add(Set.of(g.get(i), g.get(j)));
                }
            }
        }
        Set<Set<Key>> predPairs = new HashSet<>();
        for (Set<Key> c : covered) {
            List<Key> l = new ArrayList<>(c);
            for (int i = 0; i < l.size(); i++) {
                for (int j = i + 1; j < l.size(); j++) {
                    predPairs.add(Set.of(l.get(i), l.get(j)));
                }
            }
        }
        int tp = 0;
        for (Set<Key> p : predPairs) {
            if (goldPairs.contains(p)) {
                tp++;
            }
        }
        double precision = predPairs.isEmpty() ? 0 : (double) tp / predPairs.size();
        double recall = goldPairs.isEmpty() ? 0 : (double) tp / goldPairs.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.println("Quote groups vs quotes-across.json (" + gold.size() + " entries, " + unplaced
                + " unplaced occurrences; " + claims.quoteGroups().size() + " predicted groups)");
        System.out.printf(Locale.ROOT, "%-34s %-10s %4s %5s  %s%n", "entry", "wording", "occ", "found", "flags");
        int flagsRight = 0;
        int gi = 0;
        for (JsonNode entry : gold) {
            List<Key> keys = goldGroups.get(gi++);
            int best = -1;
            int bestN = 0;
            for (int g = 0; g < covered.size(); g++) {
                int n = 0;
                for (Key k : keys) {
                    if (covered.get(g).contains(k)) {
                        n++;
                    }
                }
                if (n > bestN) {
                    best = g;
                    bestN = n;
                }
            }
            String wording = entry.get("wording").asText();
            Set<QuoteFlag> flags = best < 0 ? Set.of() : claims.quoteGroups().get(best).flags();
            boolean right = switch (wording) {
                case "identical" -> best >= 0 && !flags.contains(QuoteFlag.REWORDED);
                case "near-same" -> flags.contains(QuoteFlag.TRUNCATED) || flags.contains(QuoteFlag.REWORDED);
                default -> flags.contains(QuoteFlag.REWORDED);
            };
            if (right) {
                flagsRight++;
            }
            System.out.printf(Locale.ROOT, "%-34s %-10s %4d %5d  %s%s%n", entry.get("id").asText(), wording,
                    keys.size(), bestN, flags, right ? "" : "  (wrong)");
        }
        double flagAccuracy = (double) flagsRight / gold.size();
        System.out.printf(Locale.ROOT, "pairs: gold %d, predicted %d, tp %d%n", goldPairs.size(), predPairs.size(), tp);
        System.out.printf(Locale.ROOT, "quote pairwise P=%.3f R=%.3f F1=%.3f  wording flags right=%.3f%n",
                precision, recall, f1, flagAccuracy);
        System.out.println("predicted quote groups:");
        for (QuoteGroup g : claims.quoteGroups()) {
            StringBuilder b = new StringBuilder();
            for (QuoteMention m : g.mentions()) {
                String t = m.text().length() > 50 ? m.text().substring(0, 50) + "…" : m.text();
                b.append("\n      [").append(m.article()).append(m.quoted() ? " q " : " p ").append(m.speaker())
                        .append(": ").append(t).append(']');
            }
            System.out.println("  " + g.flags() + b);
        }
        assertThat(unplaced).isZero();
        assertThat(f1).as("quote pairwise F1").isGreaterThanOrEqualTo(QUOTE_F1_FLOOR);
        assertThat(flagAccuracy).as("quote wording flags").isGreaterThanOrEqualTo(QUOTE_FLAGS_FLOOR);
    }

    /** Measured 0.947 and 1.000. */
    static final double QUOTE_F1_FLOOR = 0.9;
    static final double QUOTE_FLAGS_FLOOR = 0.9;

    /** Where the gold text stands in the loaded body: its line of the .txt found in the body, same repeat. */
    private static Span place(int article, int line, String text) throws Exception {
        String raw;
        try (var in = ClaimGoldTest.class.getResourceAsStream("/seeds/" + ClaimSeeds.NAMES.get(article) + ".txt")) {
            raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String[] lines = raw.split("\n", -1);
        String l = lines[line - 1].strip();
        int repeat = 0;
        for (int i = 0; i < line - 1; i++) {
            if (lines[i].strip().equals(l)) {
                repeat++;
            }
        }
        String body = ClaimSeeds.compared().get(article).body();
        int at = -1;
        for (int r = 0; r <= repeat; r++) {
            at = body.indexOf(l, at + 1);
            if (at < 0) {
                return null;
            }
        }
        int off = l.indexOf(text);
        if (off < 0) {
            return null;
        }
        return new Span(at + off, at + off + text.length());
    }

    private static Figure nthFigure(ComparedArticle a, String text, int nth) {
        int seen = 0;
        for (Figure f : a.extraction().figures()) {
            if (same(f.text(), text)) {
                if (seen++ == nth) {
                    return f;
                }
            }
        }
        // fall back to the place of the text: the figure overlapping its nth occurrence
        int from = 0;
        for (int k = 0; k <= nth; k++) {
            int at = a.body().indexOf(text, from);
            if (at < 0) {
                return null;
            }
            if (k == nth) {
                Span s = new Span(at, at + text.length());
                for (Figure f : a.extraction().figures()) {
                    if (f.span().overlaps(s)) {
                        return f;
                    }
                }
                return null;
            }
            from = at + 1;
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a.replace('’', '\'').equals(b.replace('’', '\''));
    }
}

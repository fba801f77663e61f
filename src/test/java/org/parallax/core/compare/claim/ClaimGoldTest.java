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
                if (e.getValue() > bestN) {
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
        assertThat(f1).as("pairwise F1").isGreaterThanOrEqualTo(0.85);
        assertThat(verdictAccuracy).as("verdict accuracy").isGreaterThanOrEqualTo(0.85);
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

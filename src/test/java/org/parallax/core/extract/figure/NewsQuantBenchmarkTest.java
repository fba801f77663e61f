package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.core.extract.figure.BenchmarkSupport.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.figure.BenchmarkSupport.Score;

/**
 * Conformance on NewsQuant (${parallax.shared}/benchmarks/newsquant/newsquant.jsonl: 590 news sentences, no
 * offsets), scored as its README recommends: within each sentence predictions are aligned one-to-one, greedily,
 * to gold quantities by value (relative tolerance 1e-6; a gold range "a-b" against our low/high in either
 * order). Value-level recall is the primary metric, then precision (the gold is not exhaustive, so precision is
 * a lower bound). On matched pairs: qualifier accuracy (our qualifier mapped to the gold {@code change}: about →
 * "~", more than → ">", up to → "<", none → "=") and unit accuracy (case-insensitive lemma match against the
 * gold {@code normalized_unit} or {@code unit}, through a small alias table; both absent counts as equal).
 */
class NewsQuantBenchmarkTest {

    static final double MIN_RECALL = 0.80;
    static final double MIN_PRECISION = 0.85;

    private final FigureExtractor extractor = new FigureExtractor();

    static final Set<String> APPROX = Set.of("about", "around", "roughly", "approximately", "approx", "nearly",
            "almost", "some", "an estimated", "estimated", "close to", "just about", "circa", "ca", "an approximate");
    static final Set<String> MORE = Set.of("more than", "over", "at least", "above", "greater than", "higher than",
            "upwards of", "upward of", "in excess of", "+", "exceeding", "beyond", "just over", "well over",
            "well above", "just above", "no fewer than", "no less than");
    static final Set<String> LESS = Set.of("up to", "under", "less than", "fewer than", "lower than", "below",
            "at most", "as many as", "as much as", "no more than", "not more than", "just under", "just below",
            "well below", "just shy of", "shy of", "a maximum of", "as few as", "as little as");

    static String change(String qualifier) {
        if (qualifier == null) {
            return "=";
        }
        if (APPROX.contains(qualifier)) {
            return "~";
        }
        if (MORE.contains(qualifier)) {
            return ">";
        }
        if (LESS.contains(qualifier)) {
            return "<";
        }
        return "=";
    }

    static boolean valueMatch(JsonNode gold, Figure f) {
        JsonNode vs = gold.get("values");
        if (vs == null || vs.size() == 0) {
            return false;
        }
        if (vs.size() == 1) {
            return close(vs.get(0).asDouble(), f.value(), 1e-6);
        }
        double a = Math.min(vs.get(0).asDouble(), vs.get(1).asDouble());
        double b = Math.max(vs.get(0).asDouble(), vs.get(1).asDouble());
        return close(a, f.low(), 1e-6) && close(b, f.high(), 1e-6);
    }

    static boolean unitMatch(JsonNode gold, Figure f) {
        String nu = gold.hasNonNull("normalized_unit") ? gold.get("normalized_unit").asText() : null;
        String u = gold.hasNonNull("unit") ? gold.get("unit").asText() : null;
        String ours = f.unit();
        if (ours == null) {
            return nu == null && u == null;
        }
        String key = BenchmarkSupport.unitKey(ours);
        String lemma = Nouns.lemma(ours);
        for (String g : new String[] {nu, u}) {
            if (g == null) {
                continue;
            }
            String last = g.contains(" ") ? g.substring(g.lastIndexOf(' ') + 1) : g;
            if (Nouns.lemma(last).equals(lemma)) {
                return true;
            }
            String gk = BenchmarkSupport.unitKey(g);
            if (gk.equals(key) || gk.equals(lemma) || g.toLowerCase(Locale.ROOT).equals(ours.toLowerCase(Locale.ROOT))
                    || Nouns.lemma(g).equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void scoresOnNewsQuant() {
        List<JsonNode> cases = BenchmarkSupport.readJsonl(BenchmarkSupport.benchmark("newsquant/newsquant.jsonl"));
        Score score = new Score();
        int qualOk = 0;
        int unitOk = 0;
        int matched = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode c : cases) {
            String text = c.get("text").asText();
            List<Figure> got = extractor.extract(text);
            boolean[] used = new boolean[got.size()];
            for (JsonNode g : c.get("expected")) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    if (!used[i] && valueMatch(g, got.get(i))) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    score.fn++;
                    misses.add("FN " + g.get("value_raw").asText() + " " + g.get("unit") + " in: " + text + " got "
                            + got.stream().map(BenchmarkSupport::describe).toList());
                    continue;
                }
                used[hit] = true;
                score.tp++;
                matched++;
                Figure f = got.get(hit);
                String gc = g.get("change").asText();
                String ours = change(f.qualifier());
                if (gc.equals(ours) || (("up".equals(gc) || "down".equals(gc)) && "=".equals(ours))) {
                    qualOk++;
                } else {
                    misses.add("QUAL gold " + gc + " got " + f.qualifier() + " " + BenchmarkSupport.describe(f));
                }
                if (unitMatch(g, f)) {
                    unitOk++;
                } else {
                    misses.add("UNIT gold " + g.get("unit") + "/" + g.get("normalized_unit") + " got "
                            + BenchmarkSupport.describe(f));
                }
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    score.fp++;
                    misses.add("FP " + BenchmarkSupport.describe(got.get(i)) + " in: " + text);
                }
            }
        }
        StringBuilder sb = new StringBuilder("NewsQuant\n  value-level ").append(score).append('\n');
        sb.append(String.format(Locale.ROOT, "  qualifier accuracy on matched: %d/%d = %.3f%n", qualOk, matched,
                matched == 0 ? 0 : (double) qualOk / matched));
        sb.append(String.format(Locale.ROOT, "  unit accuracy on matched: %d/%d = %.3f%n", unitOk, matched,
                matched == 0 ? 0 : (double) unitOk / matched));
        if (Boolean.getBoolean("figures.verbose")) {
            misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        }
        System.out.println(sb);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
    }
}

package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.core.extract.figure.BenchmarkSupport.charIndex;
import static org.parallax.core.extract.figure.BenchmarkSupport.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.figure.BenchmarkSupport.Score;

/**
 * Conformance on quantulum3's English tests (${parallax.shared}/benchmarks/quantulum3/quantulum3.en.jsonl), scored
 * as its README recommends: strict = the same {@code [start,end)} and an equal value, lenient = overlapping spans
 * and an equal value (relative tolerance 1e-9), one-to-one. Gold items with unit "dimensionless" are optional: a
 * miss is no false negative and a hit no false positive. Unit accuracy on lenient matches, through an alias table.
 */
class Quantulum3BenchmarkTest {

    static final double MIN_LENIENT_F1 = 0.60;

    private final FigureExtractor extractor = new FigureExtractor();

    record Expected(int start, int end, double value, String unit) {
        boolean optional() {
            return "dimensionless".equals(unit);
        }
    }

    Score score(List<JsonNode> cases, boolean strict, int[] unitCounts, List<String> misses) {
        Score s = new Score();
        for (JsonNode c : cases) {
            String text = c.get("text").asText();
            List<Expected> exp = new ArrayList<>();
            for (JsonNode e : c.get("expected")) {
                exp.add(new Expected(charIndex(text, e.get("start").asInt()), charIndex(text, e.get("end").asInt()),
                        e.get("value").asDouble(), e.hasNonNull("unit") ? e.get("unit").asText() : null));
            }
            List<Figure> got = extractor.extract(text);
            boolean[] used = new boolean[got.size()];
            boolean[] optionalHit = new boolean[got.size()];
            for (Expected e : exp) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    Figure f = got.get(i);
                    boolean spans = strict ? f.start() == e.start && f.end() == e.end
                            : f.start() < e.end && e.start < f.end();
                    if (!used[i] && spans && close(e.value, f.value(), 1e-9)) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    if (e.optional()) {
                        optionalHit[hit] = true;
                        continue;
                    }
                    s.tp++;
                    if (unitCounts != null) {
                        unitCounts[1]++;
                        if (Objects.equals(BenchmarkSupport.unitKey(e.unit), BenchmarkSupport.unitKey(got.get(hit).unit()))) {
                            unitCounts[0]++;
                        }
                    }
                } else if (!e.optional()) {
                    s.fn++;
                    if (misses != null) {
                        misses.add("FN '" + text.substring(e.start, e.end) + "' (" + e.unit + ") in: " + text + " got "
                                + got.stream().map(BenchmarkSupport::describe).toList());
                    }
                }
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    s.fp++;
                    if (misses != null) {
                        misses.add("FP " + BenchmarkSupport.describe(got.get(i)) + " in: " + text);
                    }
                }
            }
        }
        return s;
    }

    @Test
    void scoresOnQuantulum3() {
        List<JsonNode> cases = BenchmarkSupport.readJsonl(BenchmarkSupport.benchmark("quantulum3/quantulum3.en.jsonl"));
        int[] units = new int[2];
        List<String> misses = new ArrayList<>();
        Score lenient = score(cases, false, units, misses);
        Score strict = score(cases, true, null, null);
        StringBuilder sb = new StringBuilder("quantulum3 (en)\n");
        sb.append("  lenient ").append(lenient).append('\n');
        sb.append("  strict  ").append(strict).append('\n');
        sb.append(String.format(Locale.ROOT, "  unit accuracy on lenient matches: %d/%d = %.3f%n", units[0], units[1],
                units[1] == 0 ? 0 : (double) units[0] / units[1]));
        if (Boolean.getBoolean("figures.verbose")) {
            misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        }
        System.out.println(sb);
        assertThat(lenient.f1()).as("lenient F1").isGreaterThanOrEqualTo(MIN_LENIENT_F1);
    }
}

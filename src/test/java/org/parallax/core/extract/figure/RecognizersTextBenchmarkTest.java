package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.core.extract.figure.BenchmarkSupport.charIndex;
import static org.parallax.core.extract.figure.BenchmarkSupport.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.figure.BenchmarkSupport.Score;

/**
 * Conformance on Microsoft Recognizers-Text English specs
 * (${parallax.shared}/benchmarks/recognizers-text/recognizers-text.en.jsonl), scored as its README recommends:
 * a prediction matches an expected result one-to-one when the spans overlap (lenient; strict: the same
 * {@code [start,end)}) and the values agree (relative tolerance 1e-9; for a number range both endpoints, or the
 * one finite endpoint of an open range against our value). Micro P/R/F1 over all cases; in negative cases every
 * prediction is a false positive. Unit accuracy on lenient matches with a unit, through an alias table.
 * Many cases are synthetic; this is a unit-level regression suite, so the asserted floor is modest.
 */
class RecognizersTextBenchmarkTest {

    static final double MIN_LENIENT_F1 = 0.50;

    private final FigureExtractor extractor = new FigureExtractor();

    record Expected(int start, int end, String type, Double value, Double low, Double high, String unit) {
    }

    static Double parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s.replace("%", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean agree(Expected e, Figure f) {
        if ("numberrange".equals(e.type)) {
            if (e.low != null && e.high != null) {
                return close(e.low, f.low(), 1e-9) && close(e.high, f.high(), 1e-9);
            }
            Double bound = e.low != null ? e.low : e.high;
            return close(bound, f.value(), 1e-9);
        }
        return close(e.value, f.value(), 1e-9);
    }

    @Test
    void scoresOnRecognizersTextSpecs() {
        List<JsonNode> cases = BenchmarkSupport.readJsonl(
                BenchmarkSupport.benchmark("recognizers-text/recognizers-text.en.jsonl"));
        Map<String, Score> lenientByModel = new TreeMap<>();
        Score lenient = new Score();
        Score strict = new Score();
        int unitTotal = 0;
        int unitOk = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode c : cases) {
            String text = c.get("text").asText();
            String model = c.get("model").asText();
            List<Expected> exp = new ArrayList<>();
            for (JsonNode e : c.get("expected")) {
                JsonNode iv = e.get("interval");
                Double lo = iv != null && iv.hasNonNull("low") ? iv.get("low").asDouble() : null;
                Double hi = iv != null && iv.hasNonNull("high") ? iv.get("high").asDouble() : null;
                exp.add(new Expected(charIndex(text, e.get("start").asInt()), charIndex(text, e.get("end").asInt()),
                        e.get("type").asText(), parse(e.hasNonNull("value") ? e.get("value").asText() : null), lo, hi,
                        e.hasNonNull("unit") ? e.get("unit").asText() : null));
            }
            List<Figure> got = extractor.extract(text);
            Score byModel = lenientByModel.computeIfAbsent(model, k -> new Score());
            // lenient
            boolean[] used = new boolean[got.size()];
            for (Expected e : exp) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    Figure f = got.get(i);
                    if (!used[i] && f.start() < e.end && e.start < f.end() && agree(e, f)) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    used[hit] = true;
                    lenient.tp++;
                    byModel.tp++;
                    if (e.unit != null) {
                        unitTotal++;
                        if (Objects.equals(BenchmarkSupport.unitKey(e.unit),
                                BenchmarkSupport.unitKey(got.get(hit).unit()))) {
                            unitOk++;
                        }
                    }
                } else {
                    lenient.fn++;
                    byModel.fn++;
                    misses.add("FN " + c.get("id").asText() + " '" + text.substring(e.start, e.end) + "' in: " + text
                            + " got " + got.stream().map(BenchmarkSupport::describe).toList());
                }
            }
            for (int i = 0; i < got.size(); i++) {
                if (!used[i]) {
                    lenient.fp++;
                    byModel.fp++;
                    misses.add("FP " + c.get("id").asText() + " " + BenchmarkSupport.describe(got.get(i)) + " in: "
                            + text);
                }
            }
            // strict
            boolean[] usedStrict = new boolean[got.size()];
            for (Expected e : exp) {
                int hit = -1;
                for (int i = 0; i < got.size() && hit < 0; i++) {
                    Figure f = got.get(i);
                    if (!usedStrict[i] && f.start() == e.start && f.end() == e.end && agree(e, f)) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    usedStrict[hit] = true;
                    strict.tp++;
                } else {
                    strict.fn++;
                }
            }
            for (boolean u : usedStrict) {
                if (!u) {
                    strict.fp++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("Recognizers-Text (en)\n");
        lenientByModel.forEach((m, s) -> sb.append(String.format("  %-20s %s%n", m, s)));
        sb.append("  lenient total        ").append(lenient).append('\n');
        sb.append("  strict total         ").append(strict).append('\n');
        sb.append(String.format("  unit accuracy on matched: %d/%d = %.3f%n", unitOk, unitTotal,
                unitTotal == 0 ? 0 : (double) unitOk / unitTotal));
        if (Boolean.getBoolean("figures.verbose")) {
            misses.forEach(m -> sb.append("  ").append(m).append('\n'));
        }
        System.out.println(sb);
        assertThat(lenient.f1()).as("lenient F1").isGreaterThanOrEqualTo(MIN_LENIENT_F1);
    }
}

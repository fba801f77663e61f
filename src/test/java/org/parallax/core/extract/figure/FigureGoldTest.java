package org.parallax.core.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Figure;

/**
 * Scores {@link FigureExtractor} against the hand-made gold figures of the five seed articles
 * ({@code src/test/resources/seeds-gold/*.json}, bodies from {@code src/test/resources/seeds/*.txt}).
 *
 * <p><b>Body.</b> The body is the span from the first occurrence of the gold {@code body_starts_with} to the
 * end of the <em>last</em> occurrence of {@code body_ends_with}.
 *
 * <p><b>Locating gold figures.</b> Gold {@code text}s are searched in the body in reading order: each is
 * searched from the end of the previous gold figure (falling back to just after its start), so identical
 * texts ("100,000") are separate mentions, matched in order.
 *
 * <p><b>Matching.</b> Gold figures are taken in reading order; each is matched one-to-one to the first
 * not-yet-matched predicted figure whose span overlaps the located gold span and whose values agree: the same
 * {@code value}, or the same {@code low} and {@code high} for a range, or all three {@code null} on both sides
 * for a vague amount (values compare within a relative tolerance of 1e-9).
 *
 * <p><b>Scores.</b> Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean, per article
 * and in total; unit accuracy and qualifier accuracy are the share of matched pairs whose {@code unit}
 * (case-insensitive) and {@code qualifier} (both {@code null} counts as equal) agree.
 */
class FigureGoldTest {

    static final String[] ARTICLES = {"000_0136e9118caa93ec", "001_2fd64e61ddae72be", "002_c89360cfc73fa7b4",
        "003_5ff85278df32db3f", "004_89b38a5f5ea4f247"};

    /** The floor reached; raise it when the extractor improves. */
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.95;

    private final FigureExtractor extractor = new FigureExtractor();

    record Gold(int start, int end, String text, Double value, Double low, Double high, String qualifier,
                String unit) {
    }

    static String resource(String path) throws IOException {
        try (InputStream in = FigureGoldTest.class.getResourceAsStream(path)) {
            Objects.requireNonNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String body(String raw, JsonNode gold) {
        String first = gold.get("body_starts_with").asText();
        String last = gold.get("body_ends_with").asText();
        int s = raw.indexOf(first);
        int e = raw.lastIndexOf(last);
        assertThat(s).as("body start").isGreaterThanOrEqualTo(0);
        assertThat(e).as("body end").isGreaterThanOrEqualTo(s);
        return raw.substring(s, e + last.length());
    }

    static Double num(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    static String str(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static List<Gold> golds(String body, JsonNode gold) {
        List<Gold> out = new ArrayList<>();
        int cursor = 0;
        int prevStart = -1;
        for (JsonNode f : gold.get("figures")) {
            String text = f.get("text").asText();
            int at = body.indexOf(text, cursor);
            if (at < 0) {
                at = body.indexOf(text, prevStart + 1);
            }
            assertThat(at).as("gold text located: " + text).isGreaterThanOrEqualTo(0);
            out.add(new Gold(at, at + text.length(), text, num(f.get("value")), num(f.get("low")),
                    num(f.get("high")), str(f.get("qualifier")), str(f.get("unit"))));
            prevStart = at;
            cursor = at + text.length();
        }
        return out;
    }

    static boolean same(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static boolean valuesAgree(Gold g, Figure f) {
        return same(g.value, f.value()) && same(g.low, f.low()) && same(g.high, f.high());
    }

    @Test
    void scoresAgainstTheSeedGold() throws IOException {
        ObjectMapper json = new ObjectMapper();
        int tg = 0;
        int tp = 0;
        int tm = 0;
        int tu = 0;
        int tq = 0;
        StringBuilder table = new StringBuilder();
        StringBuilder misses = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-22s %5s %5s %5s %6s %6s %6s %6s %6s%n", "article", "gold",
                "pred", "match", "P", "R", "F1", "unit", "qual"));
        for (String a : ARTICLES) {
            JsonNode gold = json.readTree(resource("/seeds-gold/" + a + ".json"));
            String body = body(resource("/seeds/" + a + ".txt"), gold);
            List<Gold> gs = golds(body, gold);
            List<Figure> ps = extractor.extract(body);
            boolean[] used = new boolean[ps.size()];
            int matched = 0;
            int unitOk = 0;
            int qualOk = 0;
            for (Gold g : gs) {
                int hit = -1;
                for (int i = 0; i < ps.size() && hit < 0; i++) {
                    Figure f = ps.get(i);
                    if (!used[i] && f.start() < g.end && g.start < f.end() && valuesAgree(g, f)) {
                        hit = i;
                    }
                }
                if (hit < 0) {
                    misses.append(a).append(" MISSED gold: ").append(g.text).append(" ").append(g.value)
                            .append('\n');
                    continue;
                }
                used[hit] = true;
                matched++;
                Figure f = ps.get(hit);
                if (g.unit != null && g.unit.equalsIgnoreCase(String.valueOf(f.unit()))) {
                    unitOk++;
                } else {
                    misses.append(a).append(" unit: ").append(g.text).append(" gold=").append(g.unit)
                            .append(" got=").append(f.unit()).append('\n');
                }
                if (Objects.equals(g.qualifier, f.qualifier())) {
                    qualOk++;
                } else {
                    misses.append(a).append(" qualifier: ").append(g.text).append(" gold=").append(g.qualifier)
                            .append(" got=").append(f.qualifier()).append('\n');
                }
            }
            for (int i = 0; i < ps.size(); i++) {
                if (!used[i]) {
                    Figure f = ps.get(i);
                    misses.append(a).append(" EXTRA predicted: ").append(f.text()).append(" value=")
                            .append(f.value()).append(" low=").append(f.low()).append(" high=").append(f.high())
                            .append('\n');
                }
            }
            table.append(row(a, gs.size(), ps.size(), matched, unitOk, qualOk));
            tg += gs.size();
            tp += ps.size();
            tm += matched;
            tu += unitOk;
            tq += qualOk;
        }
        table.append(row("TOTAL", tg, tp, tm, tu, tq));
        System.out.println("FigureGoldTest\n" + table + misses);
        double precision = tp == 0 ? 0 : (double) tm / tp;
        double recall = tg == 0 ? 0 : (double) tm / tg;
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    static String row(String name, int gold, int pred, int matched, int unitOk, int qualOk) {
        double p = pred == 0 ? 0 : (double) matched / pred;
        double r = gold == 0 ? 0 : (double) matched / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double u = matched == 0 ? 0 : (double) unitOk / matched;
        double q = matched == 0 ? 0 : (double) qualOk / matched;
        return String.format(Locale.ROOT, "%-22s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f%n", name, gold, pred,
                matched, p, r, f1, u, q);
    }
}

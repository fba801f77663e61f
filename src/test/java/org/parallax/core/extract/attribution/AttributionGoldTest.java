package org.parallax.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.GoldSeeds;
import org.parallax.core.extract.GoldSeeds.Prf;
import org.parallax.core.extract.GoldSeeds.Seed;

/**
 * Scores attributions against the hand-made gold of the five seeds. The gold has source, cue and claim but no
 * offsets.
 *
 * <p>Matching, one-to-one in reading order: each gold entry, in order, matches the first unmatched predicted
 * attribution at or after the previous match (looking at most 8 ahead) whose cue text equals the gold cue
 * (case-insensitive). "Cue" scores count these matches, and source accuracy is measured on them
 * ({@link GoldSeeds#sameSource}; both null agrees). "Strict" scores match on cue AND source, the target metric.
 */
class AttributionGoldTest {

    private final Extractor extractor = new Extractor();

    @Test
    void attributionsMatchTheGold() {
        int cueTp = 0;
        int strictTp = 0;
        int predicted = 0;
        int gold = 0;
        int sourceOk = 0;
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-22s %5s %5s %6s %6s %6s %6s %6s %8s%n", "seed", "gold", "pred", "cueTP",
                "strTP", "P", "R", "F1", "source"));
        List<String> notes = new ArrayList<>();
        for (Seed seed : GoldSeeds.all()) {
            Extraction ex = extractor.extract(seed.body());
            List<Attribution> pred = ex.attributions();
            JsonNode ga = seed.gold().get("attributions");
            int[] r = score(seed, ga, pred, false, notes);
            int[] strict = score(seed, ga, pred, true, new ArrayList<>());
            Prf prf = new Prf(strict[0], pred.size(), ga.size());
            table.append(String.format("%-22s %5d %5d %6d %6d %6.3f %6.3f %6.3f %8s%n", seed.name(), ga.size(),
                    pred.size(), r[0], strict[0], prf.precision(), prf.recall(), prf.f1(), r[1] + "/" + r[0]));
            cueTp += r[0];
            sourceOk += r[1];
            strictTp += strict[0];
            predicted += pred.size();
            gold += ga.size();
        }
        Prf cue = new Prf(cueTp, predicted, gold);
        Prf strict = new Prf(strictTp, predicted, gold);
        double acc = cueTp == 0 ? 0 : (double) sourceOk / cueTp;
        table.append(String.format("%-22s %5d %5d %6d %6d %6.3f %6.3f %6.3f %8.3f%n", "ALL (strict)", gold,
                predicted, cueTp, strictTp, strict.precision(), strict.recall(), strict.f1(), acc));
        table.append(String.format("cue-only: P=%.3f R=%.3f F1=%.3f; source accuracy on cue matches %.3f%n",
                cue.precision(), cue.recall(), cue.f1(), acc));
        System.out.println("Attribution gold scores\n" + table);
        notes.forEach(n -> System.out.println("  " + n));
        assertThat(strict.f1()).as("attribution F1 (cue + source)").isGreaterThanOrEqualTo(0.80);
        assertThat(cue.f1()).as("attribution F1 (cue)").isGreaterThanOrEqualTo(0.85);
        assertThat(acc).as("source accuracy").isGreaterThanOrEqualTo(0.85);
    }

    /** Returns {matches, source agreements}. */
    private static int[] score(Seed seed, JsonNode ga, List<Attribution> pred, boolean needSource,
                               List<String> notes) {
        boolean[] used = new boolean[pred.size()];
        int from = 0;
        int tp = 0;
        int ok = 0;
        for (JsonNode g : ga) {
            String cue = g.get("cue").asText();
            String source = g.get("source").isNull() ? null : g.get("source").asText();
            int hit = -1;
            for (int j = from; j < pred.size() && j < from + 8; j++) {
                Attribution p = pred.get(j);
                if (!used[j] && p.cueText().equalsIgnoreCase(cue)
                        && (!needSource || GoldSeeds.sameSource(source, p.source()))) {
                    hit = j;
                    break;
                }
            }
            if (hit < 0) {
                notes.add(seed.name() + " MISSED: " + cue + " | " + source);
                continue;
            }
            used[hit] = true;
            from = hit + 1;
            tp++;
            if (GoldSeeds.sameSource(source, pred.get(hit).source())) {
                ok++;
            } else {
                notes.add(seed.name() + " SOURCE: " + cue + " gold=" + source + " got=" + pred.get(hit).source());
            }
        }
        for (int j = 0; j < pred.size(); j++) {
            if (!used[j]) {
                notes.add(seed.name() + " EXTRA: " + pred.get(j).cueText() + " | " + pred.get(j).source());
            }
        }
        return new int[] {tp, ok};
    }
}

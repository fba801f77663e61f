package org.parallax.core.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.GoldSeeds;
import org.parallax.core.extract.GoldSeeds.Prf;
import org.parallax.core.extract.GoldSeeds.Seed;
import org.parallax.core.extract.Quote;

/**
 * Scores quotes and speakers against the hand-made gold of the five seeds.
 *
 * <p>Matching: one-to-one in reading order. Each gold quote, in order, matches the first unmatched predicted
 * quote at or after the previous match whose text equals it exactly (surrounding white space stripped).
 * Precision, recall and F1 count these matches. Speaker accuracy is measured on matched quotes with
 * {@link GoldSeeds#sameSource}.
 */
class QuoteGoldTest {

    private final Extractor extractor = new Extractor();

    @Test
    void quotesAndSpeakersMatchTheGold() {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int speakerOk = 0;
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-22s %5s %5s %5s %6s %6s %6s %8s%n", "seed", "gold", "pred", "tp", "P", "R",
                "F1", "speaker"));
        List<String> misses = new ArrayList<>();
        for (Seed seed : GoldSeeds.all()) {
            Extraction ex = extractor.extract(seed.body());
            List<Quote> pred = ex.quotes();
            JsonNode gq = seed.gold().get("quotes");
            int sTp = 0;
            int sSpk = 0;
            boolean[] used = new boolean[pred.size()];
            int from = 0;
            for (JsonNode g : gq) {
                String text = g.get("text").asText().strip();
                String speaker = g.get("speaker").isNull() ? null : g.get("speaker").asText();
                int hit = -1;
                for (int j = from; j < pred.size(); j++) {
                    if (!used[j] && pred.get(j).text().strip().equals(text)) {
                        hit = j;
                        break;
                    }
                }
                if (hit < 0) {
                    misses.add(seed.name() + " MISSED: " + text);
                    continue;
                }
                used[hit] = true;
                from = hit + 1;
                sTp++;
                if (GoldSeeds.sameSource(speaker, pred.get(hit).speaker())) {
                    sSpk++;
                } else {
                    misses.add(seed.name() + " SPEAKER: gold=" + speaker + " got=" + pred.get(hit).speaker()
                            + " | " + text);
                }
            }
            for (int j = 0; j < pred.size(); j++) {
                if (!used[j]) {
                    misses.add(seed.name() + " EXTRA: " + pred.get(j).text());
                }
            }
            Prf prf = new Prf(sTp, pred.size(), gq.size());
            table.append(String.format("%-22s %5d %5d %5d %6.3f %6.3f %6.3f %8s%n", seed.name(), gq.size(),
                    pred.size(), sTp, prf.precision(), prf.recall(), prf.f1(), sSpk + "/" + sTp));
            tp += sTp;
            predicted += pred.size();
            gold += gq.size();
            speakerOk += sSpk;
        }
        Prf all = new Prf(tp, predicted, gold);
        double speakerAcc = tp == 0 ? 0 : (double) speakerOk / tp;
        table.append(String.format("%-22s %5d %5d %5d %6.3f %6.3f %6.3f %8.3f%n", "ALL", gold, predicted, tp,
                all.precision(), all.recall(), all.f1(), speakerAcc));
        System.out.println("Quote gold scores\n" + table);
        misses.forEach(m -> System.out.println("  " + m));
        assertThat(all.f1()).as("quote F1").isGreaterThanOrEqualTo(0.95);
        assertThat(speakerAcc).as("speaker accuracy").isGreaterThanOrEqualTo(0.90);
    }
}

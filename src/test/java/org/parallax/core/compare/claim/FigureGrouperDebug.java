package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FigureGrouperDebug {
    @Test
    void dump() {
        ClaimComparer c = ClaimComparer.builder().build();
        FigureGrouper g = new FigureGrouper(c.options());
        List<List<FigureGrouper.Item>> groups = g.group(ClaimSeeds.compared());
        List<FigureGrouper.Item> all = new ArrayList<>();
        groups.forEach(all::addAll);
        for (FigureGrouper.Item it : all) {
            System.out.printf(Locale.ROOT, "%d %-40s key=%s mod=%s src=%s months=%s nat=%s ctx=%s%n", it.article,
                    it.figure.text(), it.key, it.modality, it.sourceKey, it.months, it.nationality, it.vector.keySet());
        }
        String want = System.getProperty("bucket", "count:troop|PROJECTION");
        List<FigureGrouper.Item> b = all.stream().filter(i -> (i.key + "|" + i.modality).equals(want)).toList();
        for (FigureGrouper.Item x : b) {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%d %-22.22s", x.article, x.figure.text()));
            for (FigureGrouper.Item y : b) {
                s.append(String.format(Locale.ROOT, " %5.2f%s", g.similarity(x, y), FigureGrouper.cannotLink(x, y) ? "x" : " "));
            }
            System.out.println(s);
        }
    }
}

package org.parallax.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/** Prints what the extractor finds in each seed (debug aid; runs only with -Ddump=true). */
class DumpSeeds {
    @Test
    void dump() {
        Assumptions.assumeTrue(Boolean.getBoolean("dump"), "debug dump: run with -Ddump=true");
        Extractor ex = new Extractor();
        for (GoldSeeds.Seed s : GoldSeeds.all()) {
            if (!s.name().startsWith(System.getProperty("seed", ""))) continue;
            Extraction e = ex.extract(s.body());
            System.out.println("=== " + s.name());
            for (Attribution a : e.attributions()) {
                System.out.println("A " + a.cueText() + " | " + a.source() + " | role=" + a.sourceRole() + " | src@"
                        + (a.sourceSpan() == null ? "-" : a.sourceSpan().of(s.body())) + " | anon=" + a.anonymous()
                        + " | content=" + (a.content() == null ? "-" : a.content().of(s.body())));
            }
            for (Quote q : e.quotes()) {
                System.out.println("Q " + q.speaker() + " | " + q.speakerRole() + " | att=" + q.attribution() + " | " + q.text());
            }
        }
    }
}

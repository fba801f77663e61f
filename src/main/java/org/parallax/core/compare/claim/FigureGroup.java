package org.parallax.core.compare.claim;

import java.util.List;

/**
 * Figures that refer to the same real-world quantity.
 *
 * @param subject  what is counted or measured, as the mentions name it ("North Korean troops")
 * @param verdict  how the numbers compare
 * @param reasons  why they may not agree, when the data says ("different sources (Zelensky vs Bloomberg)",
 *                 "different dates (…)", "different qualifiers (…)", "different units (…)"); empty for SINGLE
 * @param mentions the mentions, by article then position
 */
public record FigureGroup(String subject, Verdict verdict, List<String> reasons, List<FigureMention> mentions) {

    public FigureGroup {
        reasons = List.copyOf(reasons);
        mentions = List.copyOf(mentions);
    }
}

package org.parallax.core.compare.claim;

import java.util.List;

/**
 * Figures that refer to the same real-world quantity.
 *
 * @param subject  what is counted or measured, as the mentions name it ("North Korean troops")
 * @param verdict  how the numbers compare
 * @param reasons  why they may not agree, when the data says ("reported on different days (…)", "different sources
 *                 (Zelensky vs Bloomberg)", "different dates (…)", "different qualifiers (…)", "different units
 *                 (…)"); empty for SINGLE
 * @param mentions the mentions, by article then position
 */
public record FigureGroup(String subject, Verdict verdict, List<String> reasons, List<FigureMention> mentions) {

    /** The reason given first when differing numbers were reported on different days (a toll that rose). */
    public static final String REPORTED_ON_DIFFERENT_DAYS = "reported on different days";

    public FigureGroup {
        reasons = List.copyOf(reasons);
        mentions = List.copyOf(mentions);
    }

    /** Do the numbers differ the way a count that moved does, one day's after another's? */
    public boolean reportedOnDifferentDays() {
        return reasons.stream().anyMatch(r -> r.startsWith(REPORTED_ON_DIFFERENT_DAYS));
    }
}

package org.parallax.ui.compare;

import java.util.Objects;

/**
 * Style-class names of the comparison screen beyond the shared {@link org.parallax.ui.common.Styles}, and the
 * screen's own stylesheet ({@code compare.css}, AtlantaFX colour tokens only), which {@link ComparisonScreen}
 * adds to its root.
 */
public final class CompareStyles {

    public static final String STYLESHEET = Objects.requireNonNull(
            CompareStyles.class.getResource("/org/parallax/ui/compare/compare.css")).toExternalForm();

    /** words of a quote group that the outlet paraphrases rather than quotes */
    public static final String QUOTE_PARAPHRASE = "quote-paraphrase";
    /** icon of an attribution that no difference involves */
    public static final String BADGE_ATTRIBUTION = "badge-attribution";

    public static final String SCREEN = "comparison-screen";
    public static final String SUMMARY = "comparison-summary";
    public static final String SUMMARY_CHIP = "summary-chip";
    public static final String SIDE_PANEL = "comparison-side";
    public static final String VERDICT_CELL = "verdict-cell";
    public static final String VERDICT_PREFIX = "verdict-";
    public static final String MENTION_SOURCE = "mention-source";
    public static final String MENTION_LINE = "mention-line";
    public static final String MUTED = "muted";
    public static final String BUSY = "comparison-busy";
    public static final String NOTE = "side-note";

    private CompareStyles() {
    }
}

package org.parallax.ui.compare;

import java.util.Objects;

/**
 * Points from a highlight back to the claim it belongs to in the comparison's
 * {@link org.parallax.core.compare.claim.Claims}: the figure group, quote group or attribution difference at
 * {@code index} of the matching list.
 */
public record ClaimRef(Kind kind, int index) {

    /** Which list of {@link org.parallax.core.compare.claim.Claims} {@link #index()} points into. */
    public enum Kind {
        FIGURE_GROUP,
        QUOTE_GROUP,
        ATTRIBUTION_DIFFERENCE
    }

    public ClaimRef {
        Objects.requireNonNull(kind, "kind");
        if (index < 0) {
            throw new IllegalArgumentException("index < 0: " + index);
        }
    }

    public static ClaimRef figureGroup(int index) {
        return new ClaimRef(Kind.FIGURE_GROUP, index);
    }

    public static ClaimRef quoteGroup(int index) {
        return new ClaimRef(Kind.QUOTE_GROUP, index);
    }

    public static ClaimRef attributionDifference(int index) {
        return new ClaimRef(Kind.ATTRIBUTION_DIFFERENCE, index);
    }
}

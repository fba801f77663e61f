package org.parallax.ui.compare;

/**
 * Points at one highlight as shown: display row, column, and index into that column's highlights.
 */
public record HighlightRef(int row, int column, int highlight) {
}

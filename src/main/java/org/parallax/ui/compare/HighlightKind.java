package org.parallax.ui.compare;

/** What a highlighted stretch of text is. */
public enum HighlightKind {
    FIGURE,
    QUOTE,
    ATTRIBUTION,
    /** a word or phrase one outlet words differently in an aligned passage */
    WORD_CHANGE
}

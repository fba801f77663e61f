package org.parallax.ui.common;

/**
 * Style-class names used by Parallax's views and {@code org/parallax/ui/parallax.css}, named by meaning.
 * Every colour they set comes from AtlantaFX's looked-up colours, so a theme switch restyles them; every
 * colour is paired with an underline style and an icon so that no meaning rests on colour alone.
 */
public final class Styles {

    // highlights inside article text
    public static final String FIGURE = "figure";
    public static final String FIGURE_AGREE = "figure-agree";
    public static final String FIGURE_CONSISTENT = "figure-consistent";
    public static final String FIGURE_DIFFER = "figure-differ";
    public static final String FIGURE_SINGLE = "figure-single";
    public static final String QUOTE = "quote";
    public static final String QUOTE_AGREE = "quote-agree";
    public static final String QUOTE_REWORDED = "quote-reworded";
    public static final String QUOTE_TRUNCATED = "quote-truncated";
    public static final String QUOTE_SPEAKER_DIFFERS = "quote-speaker-differs";
    public static final String ATTRIBUTION = "attribution";
    public static final String ATTRIBUTION_DIFFERS = "attribution-differs";
    public static final String WORD_CHANGED = "word-changed";

    // icons and badges paired with the highlight colours
    public static final String BADGE = "verdict-badge";
    public static final String BADGE_AGREE = "badge-agree";
    public static final String BADGE_CONSISTENT = "badge-consistent";
    public static final String BADGE_DIFFER = "badge-differ";
    public static final String BADGE_SINGLE = "badge-single";
    public static final String BADGE_QUOTE = "badge-quote";
    public static final String BADGE_WORD_CHANGED = "badge-word-changed";

    // comparison layout
    public static final String COMPARISON = "comparison";
    public static final String COLUMN_HEADER = "column-header";
    public static final String OUTLET = "outlet";
    public static final String HEADER_DETAIL = "header-detail";
    public static final String CELL = "comparison-cell";
    public static final String CELL_TEXT = "cell-text";
    public static final String CELL_EMPTY = "cell-empty";
    public static final String ROW_UNALIGNED = "row-unaligned";
    public static final String GUTTER = "cell-gutter";
    public static final String CURRENT = "current";
    public static final String LEGEND = "legend";
    public static final String LEGEND_SAMPLE = "legend-sample";
    public static final String POPOVER_CONTENT = "highlight-popover";
    public static final String POPOVER_CURRENT_ROW = "popover-current";

    // library
    public static final String LIBRARY = "library";
    public static final String LIBRARY_TOP = "library-top";
    public static final String LIBRARY_SUMMARY = "library-summary";
    public static final String SEARCH_ERROR = "search-error";
    public static final String SEARCH_RESULTS = "search-results";
    public static final String HIT = "hit";
    public static final String HIT_RANK = "hit-rank";
    public static final String HIT_TITLE = "hit-title";
    public static final String HIT_META = "hit-meta";
    public static final String SNIPPET = "snippet";
    public static final String SNIPPET_TEXT = "snippet-text";
    public static final String SNIPPET_HIGHLIGHT = "snippet-highlight";
    public static final String MISSING = "missing";
    public static final String COUNT_COLUMN = "count-column";
    public static final String DETAIL = "article-detail";
    public static final String DETAIL_OUTLET = "detail-outlet";
    public static final String DETAIL_TITLE = "detail-title";
    public static final String DETAIL_META = "detail-meta";
    public static final String DETAIL_BODY = "detail-body";
    public static final String DETAIL_SOURCE = "detail-source";
    public static final String IMPORT_REPORT = "import-report";
    public static final String REPORT_SUMMARY = "report-summary";
    public static final String REPORT_OK = "report-ok";
    public static final String REPORT_WARNING = "report-warning";
    public static final String REPORT_FILE = "report-file";
    public static final String REPORT_ITEM = "report-item";
    public static final String DROP_TARGET = "drop-target";
    public static final String STORIES = "stories";
    public static final String STORIES_TITLE = "stories-title";
    public static final String STORY_LIST = "story-list";
    public static final String STORY_LABEL = "story-label";
    public static final String STORY_META = "story-meta";
    public static final String STORY_NAMES = "story-names";
    /** A story of one article: nothing to compare. */
    public static final String STORY_SINGLE = "story-single";

    // shell
    public static final String PLACEHOLDER = "placeholder";
    public static final String SHORTCUTS = "shortcuts";
    public static final String KEY = "key";

    private Styles() {
    }
}

package org.parallax.ui.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.core.article.Span;

/**
 * A stretch of one column's body text to highlight.
 *
 * @param span     where, in the column's body
 * @param kind     figure, quote, attribution or word change
 * @param verdict  how it compares with the other outlets, or {@code null} when not judged
 * @param flags    further differences (a quote reworded, truncated, credited to someone else)
 * @param summary  a one-line summary for people ("11,000 here; 12,000 and 10,000 elsewhere")
 * @param versions every outlet's version of the item, for the popover
 */
public record Highlight(Span span, HighlightKind kind, Verdict verdict, Set<Flag> flags, String summary,
                        List<Version> versions) {

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        summary = summary == null ? "" : summary;
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    public Highlight(Span span, HighlightKind kind, Verdict verdict) {
        this(span, kind, verdict, Set.of(), "", List.of());
    }

    /** True for what "next difference" visits: a differing verdict, a word change or a flagged quote. */
    public boolean isDifference() {
        return verdict == Verdict.DIFFER || kind == HighlightKind.WORD_CHANGE || !flags.isEmpty();
    }
}

package org.parallax.ui.compare;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parallax.core.article.Span;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;

/**
 * A stretch of one column's body text to highlight.
 *
 * @param span     where, in the column's body
 * @param kind     figure, quote, attribution or word change
 * @param verdict  how it compares with the other outlets, or {@code null} when not judged
 * @param flags    further differences (a quote reworded, truncated, credited to someone else)
 * @param summary  a one-line summary for people ("North Korean soldiers: 11,000 · 12,000 · 10,000")
 * @param versions every outlet's version of the item, for the popover
 * @param reasons  why the versions may not agree ("different sources (…)"), from the claim group
 * @param claim    the claim group the highlight belongs to, or {@code null}
 * @param paraphrase true for a quote group's words that this outlet paraphrases (no quotation marks)
 */
public record Highlight(Span span, HighlightKind kind, Verdict verdict, Set<QuoteFlag> flags, String summary,
                        List<Version> versions, List<String> reasons, ClaimRef claim, boolean paraphrase) {

    public Highlight {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        summary = summary == null ? "" : summary;
        versions = versions == null ? List.of() : List.copyOf(versions);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public Highlight(Span span, HighlightKind kind, Verdict verdict, Set<QuoteFlag> flags, String summary,
                     List<Version> versions, List<String> reasons, ClaimRef claim) {
        this(span, kind, verdict, flags, summary, versions, reasons, claim, false);
    }

    public Highlight(Span span, HighlightKind kind, Verdict verdict, Set<QuoteFlag> flags, String summary,
                     List<Version> versions) {
        this(span, kind, verdict, flags, summary, versions, List.of(), null);
    }

    public Highlight(Span span, HighlightKind kind, Verdict verdict) {
        this(span, kind, verdict, Set.of(), "", List.of());
    }

    /**
     * True for what "next difference" visits: a figure whose group does not agree (differ or consistent), a quote
     * or attribution carrying a flag (reworded, truncated, credited to another speaker). Figures found in one
     * outlet only and word changes are shown but not visited.
     */
    public boolean isDifference() {
        return switch (kind) {
            case FIGURE -> verdict == Verdict.DIFFER || verdict == Verdict.CONSISTENT;
            case QUOTE -> !flags.isEmpty();
            case ATTRIBUTION -> flags.contains(QuoteFlag.SPEAKER_DIFFERS);
            case WORD_CHANGE -> false;
        };
    }
}

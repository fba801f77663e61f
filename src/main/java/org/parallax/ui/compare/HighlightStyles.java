package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.parallax.core.article.Span;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.Styles;

/** Maps highlights to style classes, badges and icons: the one place that decides how a verdict looks. */
public final class HighlightStyles {

    private HighlightStyles() {
    }

    /** The style classes of a highlight's text, most general first. */
    public static List<String> classesOf(Highlight h) {
        List<String> out = new ArrayList<>(4);
        switch (h.kind()) {
            case FIGURE -> {
                out.add(Styles.FIGURE);
                out.add(switch (h.verdict() == null ? Verdict.SINGLE : h.verdict()) {
                    case AGREE -> Styles.FIGURE_AGREE;
                    case CONSISTENT -> Styles.FIGURE_CONSISTENT;
                    case DIFFER -> Styles.FIGURE_DIFFER;
                    case SINGLE -> Styles.FIGURE_SINGLE;
                });
            }
            case QUOTE -> {
                if (h.paraphrase()) {
                    // not quoted: no italics (they would claim quotation marks the outlet did not use)
                    out.add(CompareStyles.QUOTE_PARAPHRASE);
                    return out;
                }
                out.add(Styles.QUOTE);
                if (h.verdict() == Verdict.AGREE && h.flags().isEmpty()) {
                    out.add(Styles.QUOTE_AGREE);
                }
                for (QuoteFlag f : h.flags()) {
                    out.add(switch (f) {
                        case REWORDED -> Styles.QUOTE_REWORDED;
                        case TRUNCATED -> Styles.QUOTE_TRUNCATED;
                        case SPEAKER_DIFFERS -> Styles.QUOTE_SPEAKER_DIFFERS;
                    });
                }
                if (h.verdict() == Verdict.DIFFER && h.flags().isEmpty()) {
                    out.add(Styles.QUOTE_REWORDED);
                }
            }
            case ATTRIBUTION -> {
                out.add(Styles.ATTRIBUTION);
                if (h.verdict() == Verdict.DIFFER || h.flags().contains(QuoteFlag.SPEAKER_DIFFERS)) {
                    out.add(Styles.ATTRIBUTION_DIFFERS);
                }
            }
            case WORD_CHANGE -> out.add(Styles.WORD_CHANGED);
        }
        return out;
    }

    /** The icon paired with a highlight's colour (its verdict, or its kind when unjudged). */
    public static Ikon iconOf(Highlight h) {
        if (h.kind() == HighlightKind.WORD_CHANGE) {
            return MaterialDesignS.SWAP_HORIZONTAL;
        }
        if (h.kind() == HighlightKind.QUOTE && !h.flags().isEmpty()) {
            return iconOf(h.flags().stream().sorted().findFirst().orElseThrow());
        }
        if (h.kind() == HighlightKind.QUOTE && h.paraphrase()) {
            return PARAPHRASE_ICON;
        }
        if (h.kind() == HighlightKind.ATTRIBUTION) {
            return h.flags().contains(QuoteFlag.SPEAKER_DIFFERS) ? MaterialDesignA.ACCOUNT_SWITCH : MaterialDesignA.ACCOUNT_VOICE;
        }
        if (h.verdict() == null) {
            return h.kind() == HighlightKind.QUOTE ? MaterialDesignF.FORMAT_QUOTE_OPEN : MaterialDesignA.ACCOUNT_VOICE;
        }
        return iconOf(h.verdict());
    }

    public static Ikon iconOf(Verdict v) {
        return switch (v) {
            case AGREE -> MaterialDesignC.CHECK_CIRCLE;
            case CONSISTENT -> MaterialDesignA.APPROXIMATELY_EQUAL;
            case DIFFER -> MaterialDesignN.NOT_EQUAL_VARIANT;
            case SINGLE -> MaterialDesignN.NUMERIC_1_CIRCLE_OUTLINE;
        };
    }

    /** The icon of a quote's words the outlet paraphrases. */
    public static final Ikon PARAPHRASE_ICON = MaterialDesignM.MESSAGE_TEXT_OUTLINE;

    public static Ikon iconOf(QuoteFlag f) {
        return switch (f) {
            case REWORDED -> MaterialDesignF.FORMAT_QUOTE_OPEN;
            case TRUNCATED -> MaterialDesignC.CONTENT_CUT;
            case SPEAKER_DIFFERS -> MaterialDesignA.ACCOUNT_SWITCH;
        };
    }

    /** The badge style class of a highlight's icon. */
    public static String badgeOf(Highlight h) {
        if (h.kind() == HighlightKind.WORD_CHANGE) {
            return Styles.BADGE_WORD_CHANGED;
        }
        if (h.kind() == HighlightKind.QUOTE && !h.flags().isEmpty()) {
            return Styles.BADGE_QUOTE;
        }
        if (h.kind() == HighlightKind.ATTRIBUTION) {
            return h.flags().contains(QuoteFlag.SPEAKER_DIFFERS) ? Styles.BADGE_DIFFER : CompareStyles.BADGE_ATTRIBUTION;
        }
        return badgeOf(h.verdict() == null ? Verdict.SINGLE : h.verdict());
    }

    public static String badgeOf(Verdict v) {
        return switch (v) {
            case AGREE -> Styles.BADGE_AGREE;
            case CONSISTENT -> Styles.BADGE_CONSISTENT;
            case DIFFER -> Styles.BADGE_DIFFER;
            case SINGLE -> Styles.BADGE_SINGLE;
        };
    }

    /**
     * Style spans for the text of one cell: {@code cell} is the cell's span in the body; highlights are in body
     * offsets and may overlap (a figure inside a quote): each character gets the union of their classes.
     */
    public static StyleSpans<Collection<String>> spansFor(Span cell, List<Highlight> highlights) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(cell.start());
        cuts.add(cell.end());
        List<Highlight> inCell = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.span().overlaps(cell)) {
                inCell.add(h);
                cuts.add(Math.max(cell.start(), h.span().start()));
                cuts.add(Math.min(cell.end(), h.span().end()));
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                List<String> classes = new ArrayList<>();
                for (Highlight h : inCell) {
                    if (h.span().start() <= prev && cut <= h.span().end()) {
                        for (String c : classesOf(h)) {
                            if (!classes.contains(c)) {
                                classes.add(c);
                            }
                        }
                    }
                }
                b.add(classes, cut - prev);
            }
            prev = cut;
        }
        if (cell.length() == 0) {
            b.add(List.of(), 0);
        }
        return b.create();
    }
}

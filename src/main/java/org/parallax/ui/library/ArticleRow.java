package org.parallax.ui.library;

import java.time.LocalDate;
import org.parallax.core.index.ArticleSummary;
import org.parallax.core.index.LibraryEntry;

/**
 * One article as the library table shows it: its summary from the index, no body and no extraction (the detail
 * pane loads those for the one article shown).
 */
public record ArticleRow(ArticleSummary summary) {

    private static final int OPENING = 72;

    public static ArticleRow of(ArticleSummary summary) {
        return new ArticleRow(summary);
    }

    public static ArticleRow of(LibraryEntry entry) {
        return new ArticleRow(ArticleSummary.of(entry));
    }

    public String id() {
        return summary.id();
    }

    /** The outlet, or {@code null} when the article does not say. */
    public String outlet() {
        return summary.outlet();
    }

    /** The title, or {@code null}. */
    public String title() {
        return summary.title();
    }

    public LocalDate published() {
        return summary.published();
    }

    public String language() {
        return summary.language();
    }

    public int words() {
        return summary.words();
    }

    public int figures() {
        return summary.figures();
    }

    public int quotes() {
        return summary.quotes();
    }

    public int attributions() {
        return summary.attributions();
    }

    /** The title, or for an article without one its opening words in quotes. */
    public String displayTitle() {
        String title = summary.title();
        if (title != null) {
            return title;
        }
        String body = summary.opening();
        int end = Math.min(body.length(), OPENING);
        int nl = body.indexOf('\n');
        if (nl > 0 && nl < end) {
            end = nl;
        }
        int space = body.lastIndexOf(' ', end);
        if (end < body.length() && space > OPENING / 2) {
            end = space;
        }
        return "\u201C" + body.substring(0, end).strip() + (end < body.length() ? "\u2026\u201D" : "\u201D");
    }
}

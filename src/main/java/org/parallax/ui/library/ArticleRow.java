package org.parallax.ui.library;

import java.time.LocalDate;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.LibraryEntry;

/**
 * One article as the library table shows it; built off the FX thread (counting words reads the whole body).
 *
 * @param outlet  the outlet, or {@code null} when the article does not say
 * @param title   the title, or {@code null}
 */
public record ArticleRow(LibraryEntry entry, String outlet, String title, LocalDate published, int words, int figures,
                         int quotes, int attributions) {

    public static ArticleRow of(LibraryEntry entry) {
        Metadata m = entry.article().metadata();
        Extraction x = entry.extraction();
        return new ArticleRow(entry, m.outlet(), m.title(), m.published(), entry.article().wordCount(),
                x.figures().size(), x.quotes().size(), x.attributions().size());
    }

    /** The title, or for an article without one its opening words in quotes. */
    public String displayTitle() {
        if (title != null) {
            return title;
        }
        String body = entry.article().body().strip();
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

    private static final int OPENING = 72;

    public String id() {
        return entry.id();
    }
}

package org.parallax.ui.compare;

import org.parallax.core.article.Article;
import org.parallax.ui.common.Messages;

/**
 * The one place the comparison screen names an article's outlet: the outlet as stored, or, when the article
 * states none, "Outlet not stated (article N)" (N counts from 1 in the comparison's order), so that two such
 * articles are still told apart.
 */
public final class OutletNames {

    private OutletNames() {
    }

    /** The outlet of {@code article} (the {@code index}-th compared, from 0), or the missing-outlet label. */
    public static String of(Article article, int index, Messages messages) {
        String outlet = article.metadata().outlet();
        return outlet == null || outlet.isBlank() ? missing(index, messages) : outlet.strip();
    }

    /** "Outlet not stated (article N)". */
    public static String missing(int index, Messages messages) {
        return messages.format("outlet.missing", index + 1);
    }
}

package org.parallax.core.article;

import java.time.LocalDate;

/**
 * What is known about an article besides its text. Every field may be {@code null} (unknown).
 *
 * @param title     headline
 * @param outlet    the publication or site ("SpaceWar.com", "Euromaidan Press")
 * @param byline    the author as credited ("Thomas Maresca", "AFP Staff Writers")
 * @param wire      the news agency the story comes from ("UPI", "AFP")
 * @param dateline  the place of the dateline ("Washington DC")
 * @param published the publication date
 * @param url       where the article was published, if known (never fetched)
 */
public record Metadata(String title, String outlet, String byline, String wire, String dateline,
                       LocalDate published, String url) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

    /** What every view says where an article names no outlet (the desktop app's messages say the same). */
    public static final String OUTLET_NOT_STATED = "Outlet not stated";

    /**
     * The outlet as people read it, or "Outlet not stated (article N)" for the {@code index}-th article of a
     * comparison (from 0), so that two such articles are still told apart.
     */
    public static String outletOrNumber(String outlet, int index) {
        return outlet == null || outlet.isBlank() ? OUTLET_NOT_STATED + " (article " + (index + 1) + ")" : outlet.strip();
    }

    /** This metadata with every non-null field of {@code over} taking precedence. */
    public Metadata overriddenBy(Metadata over) {
        if (over == null) {
            return this;
        }
        return new Metadata(
                pick(over.title, title), pick(over.outlet, outlet), pick(over.byline, byline),
                pick(over.wire, wire), pick(over.dateline, dateline), pick(over.published, published),
                pick(over.url, url));
    }

    public boolean isEmpty() {
        return EMPTY.equals(this);
    }

    public Metadata withTitle(String v) {
        return new Metadata(v, outlet, byline, wire, dateline, published, url);
    }

    public Metadata withOutlet(String v) {
        return new Metadata(title, v, byline, wire, dateline, published, url);
    }

    public Metadata withPublished(LocalDate v) {
        return new Metadata(title, outlet, byline, wire, dateline, v, url);
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}

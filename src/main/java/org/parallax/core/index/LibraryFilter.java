package org.parallax.core.index;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which articles a page of the library holds ({@link Library#page}, {@link Library#count}); every part is
 * optional ({@code null}) and the parts that are set must all hold.
 *
 * @param outlet   the outlet, ignoring case and surrounding blanks; {@link #NO_OUTLET} for articles that do
 *                 not say theirs
 * @param from     earliest publication date, inclusive (undated articles then fail)
 * @param to       latest publication date, inclusive (undated articles then fail)
 * @param language ISO 639-3 code ({@code eng})
 * @param ids      only these articles (a story's)
 * @param query    a search in Lucene's classic syntax, as {@link Library#search}; blank for none
 */
public record LibraryFilter(String outlet, LocalDate from, LocalDate to, String language, Set<String> ids,
                            String query) {

    /** Outlet value for articles that do not say their outlet. */
    public static final String NO_OUTLET = "";

    /** Every article. */
    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null, null);

    public LibraryFilter {
        ids = ids == null ? null : Set.copyOf(ids);
        query = query == null || query.isBlank() ? null : query;
    }

    public LibraryFilter withOutlet(String outlet) {
        return new LibraryFilter(outlet, from, to, language, ids, query);
    }

    public LibraryFilter withDates(LocalDate from, LocalDate to) {
        return new LibraryFilter(outlet, from, to, language, ids, query);
    }

    public LibraryFilter withLanguage(String language) {
        return new LibraryFilter(outlet, from, to, language, ids, query);
    }

    public LibraryFilter withIds(Collection<String> ids) {
        return new LibraryFilter(outlet, from, to, language, ids == null ? null : Set.copyOf(ids), query);
    }

    public LibraryFilter withQuery(String query) {
        return new LibraryFilter(outlet, from, to, language, ids, query);
    }

    /** True when it lets every article through. */
    public boolean isAll() {
        return outlet == null && from == null && to == null && language == null && ids == null && query == null;
    }

    /**
     * Whether the article passes every part but the query (which only an index can answer): what a backend
     * without its own filtering applies in memory.
     */
    public boolean accepts(ArticleSummary a) {
        if (outlet != null) {
            String o = a.outlet() == null || a.outlet().isBlank() ? NO_OUTLET : a.outlet().strip();
            if (!o.toLowerCase(Locale.ROOT).equals(outlet.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (from != null || to != null) {
            LocalDate d = a.published();
            if (d == null || from != null && d.isBefore(from) || to != null && d.isAfter(to)) {
                return false;
            }
        }
        if (language != null && !language.equals(a.language())) {
            return false;
        }
        return ids == null || ids.contains(a.id());
    }
}

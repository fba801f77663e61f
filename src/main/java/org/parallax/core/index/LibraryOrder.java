package org.parallax.core.index;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * How a page of the library is sorted: by one key, ascending or descending; ties are broken by the library's
 * list order (newest first, then title, then id), so that pages never overlap. Undated and untitled articles
 * come last whichever the direction.
 */
public record LibraryOrder(Key key, boolean descending) {

    /** What a list can be sorted by. */
    public enum Key { PUBLISHED, TITLE, OUTLET, WORDS, FIGURES, QUOTES, ATTRIBUTIONS }

    /** The library's list order: newest first ({@link Library#LIST_ORDER}). */
    public static final LibraryOrder NEWEST_FIRST = new LibraryOrder(Key.PUBLISHED, true);

    public LibraryOrder {
        java.util.Objects.requireNonNull(key, "key");
    }

    /** The same order on summaries, for a backend that sorts in memory. */
    public Comparator<ArticleSummary> comparator() {
        Comparator<ArticleSummary> first = switch (key) {
            case PUBLISHED -> nullsLast(ArticleSummary::published, Comparator.<LocalDate>naturalOrder());
            case TITLE -> nullsLast(ArticleSummary::title, String.CASE_INSENSITIVE_ORDER);
            case OUTLET -> nullsLast(ArticleSummary::outlet, String.CASE_INSENSITIVE_ORDER);
            case WORDS -> numbers(Comparator.comparingInt(ArticleSummary::words));
            case FIGURES -> numbers(Comparator.comparingInt(ArticleSummary::figures));
            case QUOTES -> numbers(Comparator.comparingInt(ArticleSummary::quotes));
            case ATTRIBUTIONS -> numbers(Comparator.comparingInt(ArticleSummary::attributions));
        };
        return first.thenComparing(LIST_ORDER);
    }

    /** Newest first, undated last; then title ignoring case, untitled last; then id. */
    static final Comparator<ArticleSummary> LIST_ORDER = Comparator
            .comparing(ArticleSummary::published, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ArticleSummary::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(ArticleSummary::id);

    private Comparator<ArticleSummary> numbers(Comparator<ArticleSummary> ascending) {
        return descending ? ascending.reversed() : ascending;
    }

    private <T> Comparator<ArticleSummary> nullsLast(java.util.function.Function<ArticleSummary, T> value,
                                                      Comparator<T> ascending) {
        return Comparator.comparing(value, Comparator.nullsLast(descending ? ascending.reversed() : ascending));
    }
}

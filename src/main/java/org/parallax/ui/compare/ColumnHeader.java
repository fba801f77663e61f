package org.parallax.ui.compare;

import java.time.LocalDate;

/** What a column's header shows: the outlet ({@link OutletNames}, never null); the other fields may be {@code null} (unknown). */
public record ColumnHeader(String outlet, LocalDate date, String byline, String wire, String title) {
}

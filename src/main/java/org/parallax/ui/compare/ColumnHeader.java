package org.parallax.ui.compare;

import java.time.LocalDate;

/** What a column's header shows. Any field may be {@code null} (unknown). */
public record ColumnHeader(String outlet, LocalDate date, String byline, String wire, String title) {
}

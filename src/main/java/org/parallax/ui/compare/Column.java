package org.parallax.ui.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One outlet's article in a comparison.
 *
 * @param header     outlet, date, byline, wire
 * @param body       the body text every span of this column points into
 * @param highlights highlights into {@code body}, kept sorted by span
 */
public record Column(ColumnHeader header, String body, List<Highlight> highlights) {

    public Column {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        highlights = highlights == null ? List.of()
                : highlights.stream().sorted(Comparator.comparing(Highlight::span)).toList();
        for (Highlight h : highlights) {
            if (h.span().end() > body.length()) {
                throw new IllegalArgumentException("highlight " + h.span() + " beyond a body of " + body.length());
            }
        }
    }
}

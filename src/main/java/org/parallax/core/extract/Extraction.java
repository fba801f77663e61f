package org.parallax.core.extract;

import java.util.List;

/** Everything extracted from one article body, each list in reading order. */
public record Extraction(List<Figure> figures, List<Quote> quotes, List<Attribution> attributions) {

    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
    }
}

package org.parallax.core.extract;

import java.util.List;

/** Finds figures in an article body; {@link Extractor} links them to attributions. */
@FunctionalInterface
public interface FigureFinder {

    /** Finds no figures. */
    FigureFinder NONE = body -> List.of();

    /** Figures of {@code body} in reading order, each with {@code attribution} -1. */
    List<Figure> find(String body);
}

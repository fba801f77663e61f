package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.parallax.core.article.Span;

/**
 * One line of the side-by-side view: per column, the passage shown there, or none when that outlet lacks it.
 *
 * @param cells   one entry per column; {@code null} for an empty cell
 * @param aligned true when the passages say the same thing (an alignment); false for left-over text that
 *                is shown in order but matches nothing
 */
public record Row(List<Span> cells, boolean aligned) {

    public Row {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }

    /** An aligned row. */
    public static Row of(Span... cells) {
        List<Span> list = new ArrayList<>(cells.length);
        Collections.addAll(list, cells);
        return new Row(list, true);
    }

    public Optional<Span> cell(int column) {
        return Optional.ofNullable(cells.get(column));
    }

    public int size() {
        return cells.size();
    }
}

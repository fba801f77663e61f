package org.parallax.core.compare.align;

import java.util.List;
import java.util.Optional;
import org.parallax.core.compare.text.Passage;

/**
 * One row of the side-by-side view: the passages of different articles that report the same thing.
 *
 * @param cells      one entry per compared article, in input order; {@code Optional.empty()} where that
 *                   article has no passage in this row
 * @param similarity mean lexical similarity (0..1) over the pairs of passages in the row; 0 when the row
 *                   holds fewer than two passages
 */
public record AlignedRow(List<Optional<Passage>> cells, double similarity) {

    public AlignedRow {
        cells = List.copyOf(cells);
    }

    /** The passages present in this row, in article order. */
    public List<Passage> passages() {
        return cells.stream().flatMap(Optional::stream).toList();
    }

    /** The passage of {@code article} in this row, if any. */
    public Optional<Passage> cell(int article) {
        return cells.get(article);
    }

    /** How many articles have a passage in this row. */
    public int size() {
        return (int) cells.stream().filter(Optional::isPresent).count();
    }
}

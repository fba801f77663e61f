package org.parallax.core.compare.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;
import org.parallax.core.compare.text.Passage;

class ReadingOrderRowsTest {

    private static AlignedRow row(Span... cells) {
        Optional<Passage>[] out = new Optional[cells.length];
        for (int a = 0; a < cells.length; a++) {
            out[a] = cells[a] == null ? Optional.empty() : Optional.of(new Passage(a, cells[a]));
        }
        return new AlignedRow(Arrays.asList(out), 0.8);
    }

    @Test
    void aPassageMatchedOutOfOrderLeavesItsRowAndEveryColumnGoesForwards() {
        // article 1's second paragraph matches article 0's first: in a column it would go backwards
        Alignment alignment = new Alignment(List.of(
                row(new Span(0, 10), new Span(50, 60)),
                row(new Span(20, 30), new Span(0, 10)),
                row(new Span(40, 50), new Span(20, 30)),
                row(new Span(60, 70), new Span(70, 80))), List.of(), List.of());
        List<List<Span>> rows = ReadingOrderRows.of(alignment, 2);
        // the first row lost article 1's cell and with it its second cell: it is gone
        assertThat(rows).containsExactly(
                List.of(new Span(20, 30), new Span(0, 10)),
                List.of(new Span(40, 50), new Span(20, 30)),
                List.of(new Span(60, 70), new Span(70, 80)));
    }

    @Test
    void aRowOfOnePassageIsNotARow() {
        Alignment alignment = new Alignment(List.of(row(new Span(0, 10), null, null),
                row(new Span(10, 20), null, new Span(0, 5))), List.of(), List.of());
        List<List<Span>> rows = ReadingOrderRows.of(alignment, 3);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsExactly(new Span(10, 20), null, new Span(0, 5));
    }

    @Test
    void wordChangesShowOnlyWhileMostOfBothPassagesStaysTheSame() {
        Passage a = new Passage(0, new Span(0, 100));
        Passage b = new Passage(1, new Span(0, 100));
        PassageDiff small = new PassageDiff(a, b, DiffKind.REWORDED, List.of(
                new WordChange(ChangeType.CHANGE, new Span(10, 20), new Span(10, 25), DiffKind.REWORDED)));
        PassageDiff large = new PassageDiff(a, b, DiffKind.REWORDED, List.of(
                new WordChange(ChangeType.CHANGE, new Span(0, 70), new Span(0, 20), DiffKind.REWORDED)));
        PassageDiff none = new PassageDiff(a, b, DiffKind.IDENTICAL, List.of());
        assertThat(ReadingOrderRows.showsWordChanges(small)).isTrue();
        assertThat(ReadingOrderRows.showsWordChanges(large)).isFalse();
        assertThat(ReadingOrderRows.showsWordChanges(none)).isFalse();
    }
}

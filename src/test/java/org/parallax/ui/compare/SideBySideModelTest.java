package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;
import org.parallax.core.compare.claim.Verdict;

class SideBySideModelTest {

    private static Column column(String body, Highlight... hs) {
        return new Column(new ColumnHeader("Outlet", null, null, null, null), body, List.of(hs));
    }

    @Test
    void displayRowsFillTheGapsBetweenAlignedRowsAndTrimCells() {
        SideBySideModel m = new SideBySideModel(
                List.of(column("intro\n\nshared one\n\ntail"), column("shared two\n\nextra")),
                List.of(Row.of(new Span(7, 17), new Span(0, 10))));
        List<Row> rows = m.displayRows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).aligned()).isFalse();
        assertThat(rows.get(0).cells()).containsExactly(new Span(0, 5), null);
        assertThat(rows.get(1).aligned()).isTrue();
        assertThat(rows.get(2).cells()).containsExactly(new Span(19, 23), new Span(12, 17));
    }

    @Test
    void rowsThatGoBackwardsAreRejected() {
        assertThatThrownBy(() -> new SideBySideModel(List.of(column("abcdef"), column("abcdef")),
                List.of(Row.of(new Span(3, 5), new Span(0, 1)), Row.of(new Span(0, 2), new Span(2, 3)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void differencesComeInReadingOrderRowThenColumn() {
        Highlight differ = new Highlight(new Span(0, 2), HighlightKind.FIGURE, Verdict.DIFFER);
        Highlight agree = new Highlight(new Span(3, 5), HighlightKind.FIGURE, Verdict.AGREE);
        Highlight later = new Highlight(new Span(9, 11), HighlightKind.FIGURE, Verdict.DIFFER);
        SideBySideModel m = new SideBySideModel(
                List.of(column("12 10\n\nxx 99", differ, agree, later), column("11", differ)),
                List.of(Row.of(new Span(0, 5), new Span(0, 2))));
        assertThat(m.differences()).containsExactly(new HighlightRef(0, 0, 0), new HighlightRef(0, 1, 0),
                new HighlightRef(1, 0, 2));
    }

    /** Property: whatever the rows, the display rows show every non-blank character of every body once, in order. */
    @Test
    void displayRowsCoverEveryBodyInOrder() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(3);
            List<Column> columns = new java.util.ArrayList<>();
            for (int c = 0; c < n; c++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(60);
                for (int i = 0; i < len; i++) {
                    b.append(random.nextInt(4) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
                }
                columns.add(column(b.toString()));
            }
            List<Row> rows = new java.util.ArrayList<>();
            int[] cursor = new int[n];
            for (int r = random.nextInt(5); r > 0; r--) {
                List<Span> cells = new java.util.ArrayList<>();
                for (int c = 0; c < n; c++) {
                    int bodyLength = columns.get(c).body().length();
                    if (random.nextBoolean() || cursor[c] >= bodyLength) {
                        cells.add(null);
                        continue;
                    }
                    int start = cursor[c] + random.nextInt(bodyLength - cursor[c] + 1);
                    int end = start + random.nextInt(bodyLength - start + 1);
                    cells.add(new Span(start, end));
                    cursor[c] = end;
                }
                rows.add(new Row(cells, true));
            }
            SideBySideModel m = new SideBySideModel(columns, rows);
            for (int c = 0; c < n; c++) {
                StringBuilder shown = new StringBuilder();
                int last = 0;
                for (Row row : m.displayRows()) {
                    Span s = row.cells().get(c);
                    if (s != null) {
                        assertThat(s.start()).as("seed %d", seed).isGreaterThanOrEqualTo(last);
                        shown.append(s.of(columns.get(c).body()));
                        last = s.end();
                    }
                }
                assertThat(shown.toString().replace(" ", ""))
                        .as("seed %d", seed).isEqualTo(columns.get(c).body().replace(" ", ""));
            }
        }
    }

    @Test
    void thisOutletAgainstThatOneKeepsTheirColumnsAndTheRowsTheyShare() {
        SideBySideModel all = SeedComparisons.fiveOutlets();
        SideBySideViewModel view = new SideBySideViewModel();
        view.setModel(all);
        assertThat(view.getModel().columns()).hasSize(5);
        view.showColumns(java.util.List.of(3, 1));
        SideBySideModel two = view.getModel();
        assertThat(view.shownColumns()).containsExactly(1, 3);
        assertThat(two.columns()).containsExactly(all.columns().get(1), all.columns().get(3));
        // every row the two share is there, aligned only where both have a passage
        long shared = all.rows().stream().filter(r -> r.cells().get(1) != null && r.cells().get(3) != null).count();
        assertThat(two.rows().stream().filter(Row::aligned).count()).isEqualTo(shared);
        assertThat(two.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(2).anySatisfy(c -> assertThat(c).isNotNull()));
        // the whole texts still show
        for (int c = 0; c < 2; c++) {
            int column = c;
            String shown = two.displayRows().stream().map(r -> r.cells().get(column)).filter(java.util.Objects::nonNull)
                    .map(sp -> sp.of(two.columns().get(column).body())).reduce("", String::concat);
            assertThat(shown.replaceAll("\\s", "")).isEqualTo(two.columns().get(column).body().replaceAll("\\s", ""));
        }
        view.showColumns(java.util.List.of());
        assertThat(view.getModel()).isSameAs(all);
    }
}

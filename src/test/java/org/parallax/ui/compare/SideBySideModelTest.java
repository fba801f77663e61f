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

    private static Highlight claimed(int start, int end, int group) {
        return new Highlight(new Span(start, end), HighlightKind.FIGURE, Verdict.DIFFER, null, "", List.of(), List.of(),
                ClaimRef.figureGroup(group));
    }

    /** Three outlets: the first mentions group 0 twice, the second once, further down; the third not at all. */
    private static SideBySideModel threeMentioningOneGroup() {
        return new SideBySideModel(List.of(
                        column("aa 12 bb\n\ncc 13 dd", claimed(3, 5, 0), claimed(14, 16, 0)),
                        column("ee ff\n\ngg 14 hh", claimed(10, 12, 0), claimed(0, 2, 1)),
                        column("ii jj")),
                List.of());
    }

    @Test
    void aClaimsMentionsAreEachColumnsFirst() {
        SideBySideModel m = threeMentioningOneGroup();
        List<java.util.Optional<HighlightRef>> mentions = m.mentions(ClaimRef.figureGroup(0));
        assertThat(mentions).hasSize(3);
        assertThat(mentions.get(0)).isPresent();
        assertThat(m.highlight(mentions.get(0).get()).span()).isEqualTo(new Span(3, 5));
        assertThat(m.highlight(mentions.get(1).get()).span()).isEqualTo(new Span(10, 12));
        assertThat(mentions.get(2)).isEmpty();
        assertThat(m.mentions(ClaimRef.figureGroup(7))).allSatisfy(o -> assertThat(o).isEmpty());
    }

    @Test
    void aClaimChosenStaysChosenUntilAnotherClaimsHighlightIsSelected() {
        SideBySideViewModel vm = new SideBySideViewModel();
        vm.setModel(threeMentioningOneGroup());
        assertThat(vm.selectClaim(ClaimRef.figureGroup(0))).isTrue();
        assertThat(vm.claimProperty().get()).isEqualTo(ClaimRef.figureGroup(0));
        assertThat(vm.getModel().highlight(vm.getCurrent()).claim()).isEqualTo(ClaimRef.figureGroup(0));
        // the next difference of the same claim keeps it; one of another claim ends it
        vm.nextDifference();
        assertThat(vm.getModel().highlight(vm.getCurrent()).claim()).isEqualTo(ClaimRef.figureGroup(0));
        assertThat(vm.claimProperty().get()).isEqualTo(ClaimRef.figureGroup(0));
        vm.select(vm.getModel().refs(h -> ClaimRef.figureGroup(1).equals(h.claim())).get(0));
        assertThat(vm.claimProperty().get()).isNull();
        // a claim no column mentions selects nothing
        assertThat(vm.selectClaim(ClaimRef.figureGroup(7))).isFalse();
    }

    @Test
    void pinnedColumnsComeFirstAndKeepTheClaimChosen() {
        SideBySideViewModel vm = new SideBySideViewModel();
        SideBySideModel m = threeMentioningOneGroup();
        vm.setModel(m);
        vm.selectClaim(ClaimRef.figureGroup(0));
        vm.setPinned(2, true);
        assertThat(vm.shownColumns()).containsExactly(2, 0, 1);
        assertThat(vm.getModel().columns().get(0)).isSameAs(m.columns().get(2));
        assertThat(vm.isPinned(0)).isTrue();
        assertThat(vm.pinnedCount()).isEqualTo(1);
        vm.setPinned(2, true); // the second column shown is the comparison's second: pinned after the first pin
        assertThat(vm.shownColumns()).containsExactly(2, 1, 0);
        assertThat(vm.claimProperty().get()).isEqualTo(ClaimRef.figureGroup(0));
        assertThat(vm.getCurrent()).isNotNull();
        assertThat(vm.getModel().highlight(vm.getCurrent()).claim()).isEqualTo(ClaimRef.figureGroup(0));
        // the outlets chosen leave a pinned one out: it is no longer pinned
        vm.showColumns(List.of(0, 1));
        assertThat(vm.shownColumns()).containsExactly(1, 0);
        vm.showColumns(List.of(0, 1, 2));
        assertThat(vm.shownColumns()).containsExactly(1, 0, 2);
        vm.setPinned(0, false);
        assertThat(vm.shownColumns()).containsExactly(0, 1, 2);
        assertThat(vm.getModel()).isSameAs(m);
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

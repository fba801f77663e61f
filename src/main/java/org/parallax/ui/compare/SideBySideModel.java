package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.parallax.core.article.Span;

/**
 * What the side-by-side view shows: 2..N columns (one per outlet) and the rows that align their passages.
 * A plain value: the comparer (or a test) builds it; {@link SideBySideView} renders it.
 *
 * <p>Rows need not cover the bodies: {@link #displayRows()} adds unaligned rows for the text between them,
 * so every column shows its whole body, in order. Within one column, the non-empty cells of successive rows
 * must not go backwards.
 */
public record SideBySideModel(List<Column> columns, List<Row> rows) {

    public static final SideBySideModel EMPTY = new SideBySideModel(List.of(), List.of());

    public SideBySideModel {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        int[] cursor = new int[columns.size()];
        for (Row row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < cursor.length; c++) {
                Span s = row.cells().get(c);
                if (s == null) {
                    continue;
                }
                if (s.start() < cursor[c] || s.end() > columns.get(c).body().length()) {
                    throw new IllegalArgumentException("row cell " + s + " of column " + c + " goes backwards or past the body");
                }
                cursor[c] = s.end();
            }
        }
    }

    /**
     * The same comparison with only these columns (indexes into {@link #columns()}, in their order): rows keep the
     * cells of those columns; a row left with one passage is no longer aligned; a row left with none goes.
     */
    public SideBySideModel only(List<Integer> shown) {
        List<Column> cols = new ArrayList<>();
        for (int c : shown) {
            cols.add(columns.get(c));
        }
        List<Row> kept = new ArrayList<>();
        for (Row row : rows) {
            List<Span> cells = new ArrayList<>();
            for (int c : shown) {
                cells.add(row.cells().get(c));
            }
            long present = cells.stream().filter(Objects::nonNull).count();
            if (present > 0) {
                kept.add(new Row(cells, row.aligned() && present >= 2));
            }
        }
        return new SideBySideModel(cols, kept);
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /**
     * The rows as displayed: the given rows with leading and trailing white space trimmed from each cell, and an
     * unaligned row before each one holding whatever text of each column its cells skipped (and one at the end).
     */
    public List<Row> displayRows() {
        int n = columns.size();
        List<Row> out = new ArrayList<>();
        int[] cursor = new int[n];
        for (Row row : rows) {
            Span[] gaps = new Span[n];
            for (int c = 0; c < n; c++) {
                Span s = row.cells().get(c);
                if (s != null) {
                    gaps[c] = trim(columns.get(c).body(), cursor[c], s.start());
                }
            }
            addIfAny(out, gaps);
            Span[] cells = new Span[n];
            for (int c = 0; c < n; c++) {
                Span s = row.cells().get(c);
                if (s != null) {
                    cells[c] = trim(columns.get(c).body(), s.start(), s.end());
                    cursor[c] = s.end();
                }
            }
            if (Arrays.stream(cells).anyMatch(Objects::nonNull)) {
                out.add(new Row(Arrays.asList(cells), row.aligned()));
            }
        }
        Span[] tail = new Span[n];
        for (int c = 0; c < n; c++) {
            tail[c] = trim(columns.get(c).body(), cursor[c], columns.get(c).body().length());
        }
        addIfAny(out, tail);
        return out;
    }

    /** Every highlight that is a {@link Highlight#isDifference() difference}, in reading order: row, column, offset. */
    public List<HighlightRef> differences() {
        return refs(Highlight::isDifference);
    }

    /** Every highlight {@code which} accepts, in reading order: display row, column, offset. */
    public List<HighlightRef> refs(Predicate<Highlight> which) {
        List<HighlightRef> out = new ArrayList<>();
        List<Row> display = displayRows();
        for (int r = 0; r < display.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Span cell = display.get(r).cells().get(c);
                if (cell == null) {
                    continue;
                }
                List<Highlight> hs = columns.get(c).highlights();
                for (int h = 0; h < hs.size(); h++) {
                    Span s = hs.get(h).span();
                    if (s.start() >= cell.start() && s.start() < cell.end() && which.test(hs.get(h))) {
                        out.add(new HighlightRef(r, c, h));
                    }
                }
            }
        }
        return out;
    }

    /** The first highlight, in reading order, of the claim {@code claim} (a figure group, say). */
    public Optional<HighlightRef> first(ClaimRef claim) {
        return refs(h -> claim.equals(h.claim())).stream().findFirst();
    }

    /**
     * Each column's first mention of {@code claim}, in column order (empty where the column does not mention it):
     * what selecting a claim shows in every column at once.
     */
    public List<Optional<HighlightRef>> mentions(ClaimRef claim) {
        List<Optional<HighlightRef>> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            out.add(Optional.empty());
        }
        for (HighlightRef ref : refs(h -> claim.equals(h.claim()))) {
            if (out.get(ref.column()).isEmpty()) {
                out.set(ref.column(), Optional.of(ref));
            }
        }
        return out;
    }

    public Highlight highlight(HighlightRef ref) {
        return columns.get(ref.column()).highlights().get(ref.highlight());
    }

    private static void addIfAny(List<Row> out, Span[] cells) {
        if (Arrays.stream(cells).anyMatch(Objects::nonNull)) {
            out.add(new Row(Arrays.asList(cells), false));
        }
    }

    /** The part of {@code [start, end)} without leading or trailing white space, or null if nothing is left. */
    static Span trim(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }
}

package org.parallax.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the side-by-side view: the model shown, the column with focus and the highlight selected
 * ("current"), and navigation between differences and columns. No nodes.
 */
public final class SideBySideViewModel {

    private final ObjectProperty<SideBySideModel> model = new SimpleObjectProperty<>(SideBySideModel.EMPTY);
    /** the whole comparison; {@link #model} is it or the columns chosen of it */
    private SideBySideModel all = SideBySideModel.EMPTY;
    private List<Integer> shown = List.of();
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<HighlightRef>> differences = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper differenceCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty currentColumn = new SimpleIntegerProperty(0);
    private final IntegerProperty currentRow = new SimpleIntegerProperty(0);
    private final ObjectProperty<HighlightRef> current = new SimpleObjectProperty<>();
    /** the claim whose mentions every column shows, or null */
    private final ReadOnlyObjectWrapper<ClaimRef> claim = new ReadOnlyObjectWrapper<>();
    /** columns of {@link #all} kept at the left while the others scroll sideways, in the order pinned */
    private final List<Integer> pinned = new java.util.ArrayList<>();

    public SideBySideViewModel() {
        model.addListener((obs, old, m) -> refresh(m));
    }

    private void refresh(SideBySideModel m) {
        SideBySideModel shown = m == null ? SideBySideModel.EMPTY : m;
        current.set(null);
        rows.set(shown.displayRows());
        differences.set(shown.differences());
        differenceCount.set(differences.get().size());
        currentColumn.set(0);
        currentRow.set(0);
        // a claim chosen stays chosen when the columns shown change
        if (claim.get() != null) {
            shown.first(claim.get()).ifPresent(this::select);
        }
    }

    public ObjectProperty<SideBySideModel> modelProperty() {
        return model;
    }

    public SideBySideModel getModel() {
        return model.get();
    }

    /** Shows {@code m}, every column of it. */
    public void setModel(SideBySideModel m) {
        all = m == null ? SideBySideModel.EMPTY : m;
        shown = java.util.stream.IntStream.range(0, all.columns().size()).boxed().toList();
        pinned.clear();
        claim.set(null);
        model.set(all);
    }

    /** The whole comparison, whatever columns are shown. */
    public SideBySideModel allColumns() {
        return all;
    }

    /** The columns of {@link #allColumns()} shown, by index. */
    public List<Integer> shownColumns() {
        return shown;
    }

    /**
     * Shows only these columns of the comparison (indexes into {@link #allColumns()}; "this outlet against that
     * one"); every column when {@code columns} is empty.
     */
    public void showColumns(List<Integer> columns) {
        List<Integer> chosen = columns.stream().filter(c -> c >= 0 && c < all.columns().size()).distinct().sorted().toList();
        if (chosen.isEmpty()) {
            chosen = java.util.stream.IntStream.range(0, all.columns().size()).boxed().toList();
        }
        pinned.retainAll(chosen);
        // the pinned columns first, in the order pinned, then the others in the comparison's order
        List<Integer> ordered = new java.util.ArrayList<>(pinned);
        chosen.stream().filter(c -> !pinned.contains(c)).forEach(ordered::add);
        if (ordered.equals(shown)) {
            return;
        }
        shown = List.copyOf(ordered);
        model.set(shown.equals(java.util.stream.IntStream.range(0, all.columns().size()).boxed().toList())
                ? all : all.only(shown));
    }

    /**
     * Pins or unpins the shown column {@code column} (a display index): a pinned column moves to the left, after
     * those pinned before it, and stays there while the others scroll sideways.
     */
    public void setPinned(int column, boolean pin) {
        if (column < 0 || column >= shown.size()) {
            return;
        }
        Integer index = shown.get(column);
        if (pin == pinned.contains(index)) {
            return;
        }
        if (pin) {
            pinned.add(index);
        } else {
            pinned.remove(index);
        }
        showColumns(shown);
    }

    /** True if the shown column {@code column} (a display index) is pinned. */
    public boolean isPinned(int column) {
        return column >= 0 && column < shown.size() && pinned.contains(shown.get(column));
    }

    /** How many columns, from the left, are pinned. */
    public int pinnedCount() {
        return pinned.size();
    }

    /** The rows as displayed ({@link SideBySideModel#displayRows()}), recomputed when the model changes. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<HighlightRef> differences() {
        return differences.get();
    }

    public ReadOnlyIntegerProperty differenceCountProperty() {
        return differenceCount.getReadOnlyProperty();
    }

    public IntegerProperty currentColumnProperty() {
        return currentColumn;
    }

    /** The display row with focus. */
    public IntegerProperty currentRowProperty() {
        return currentRow;
    }

    /** The selected highlight, or {@code null}. */
    public ObjectProperty<HighlightRef> currentProperty() {
        return current;
    }

    public HighlightRef getCurrent() {
        return current.get();
    }

    /**
     * The claim whose mentions every column shows (each column scrolled to its own mention), or {@code null}; set
     * by {@link #selectClaim}, cleared by selecting a highlight of another claim.
     */
    public ReadOnlyObjectProperty<ClaimRef> claimProperty() {
        return claim.getReadOnlyProperty();
    }

    /**
     * Selects a claim (a claims-view row): its first mention becomes the current highlight and every column shows
     * its own mention of it.
     *
     * @return false if no column shown mentions it
     */
    public boolean selectClaim(ClaimRef c) {
        claim.set(c);
        Optional<HighlightRef> first = c == null ? Optional.empty() : getModel().first(c);
        first.ifPresent(this::select);
        return first.isPresent();
    }

    /** Selects a highlight (and its column); a highlight of another claim than the one chosen ends that choice. */
    public void select(HighlightRef ref) {
        if (claim.get() != null && (ref == null || !claim.get().equals(getModel().highlight(ref).claim()))) {
            claim.set(null);
        }
        if (ref != null) {
            currentColumn.set(ref.column());
            currentRow.set(ref.row());
        }
        current.set(ref);
    }

    /** Selects the first difference after the current one in reading order, wrapping round; false if none. */
    public boolean nextDifference() {
        return step(1);
    }

    public boolean previousDifference() {
        return step(-1);
    }

    /**
     * Selects the next highlight {@code which} accepts after the current one in reading order, wrapping round
     * (the summary strip's "jump to" links); false if there is none.
     */
    public boolean next(java.util.function.Predicate<Highlight> which) {
        return step(getModel().refs(which), 1);
    }

    private boolean step(int direction) {
        return step(differences.get(), direction);
    }

    private boolean step(List<HighlightRef> diffs, int direction) {
        if (diffs.isEmpty()) {
            return false;
        }
        HighlightRef cur = current.get();
        int index;
        if (cur == null) {
            index = direction > 0 ? 0 : diffs.size() - 1;
        } else {
            int at = diffs.indexOf(cur);
            if (at < 0) {
                at = insertionPoint(diffs, cur);
                index = direction > 0 ? at : at - 1;
            } else {
                index = at + direction;
            }
        }
        index = Math.floorMod(index, diffs.size());
        select(diffs.get(index));
        return true;
    }

    private static int insertionPoint(List<HighlightRef> diffs, HighlightRef cur) {
        for (int i = 0; i < diffs.size(); i++) {
            HighlightRef d = diffs.get(i);
            if (d.row() > cur.row() || d.row() == cur.row() && d.column() > cur.column()
                    || d.row() == cur.row() && d.column() == cur.column() && d.highlight() > cur.highlight()) {
                return i;
            }
        }
        return diffs.size();
    }

    public void nextColumn() {
        moveColumn(1);
    }

    public void previousColumn() {
        moveColumn(-1);
    }

    private void moveColumn(int direction) {
        int n = getModel().columns().size();
        if (n == 0) {
            return;
        }
        currentColumn.set(Math.floorMod(currentColumn.get() + direction, n));
    }
}

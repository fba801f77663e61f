package org.parallax.ui.compare;

import java.util.List;
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
        if (chosen.equals(shown)) {
            return;
        }
        shown = chosen;
        model.set(chosen.size() == all.columns().size() ? all : all.only(chosen));
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

    /** Selects a highlight (and its column). */
    public void select(HighlightRef ref) {
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

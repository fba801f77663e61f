package org.parallax.ui.compare;

import org.parallax.core.compare.claim.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The claims table: one row per figure group (verdict badge with icon and word, subject and reasons), one column
 * per outlet with that outlet's figure(s) and who it credits. Selecting a row selects the group's first mention in
 * the columns; selecting a figure in the columns selects its row.
 */
final class ClaimsTable extends TableView<ClaimsTable.Item> {

    /** One figure group: its index in the comparison's claims, and the group. */
    record Item(int index, FigureGroup group) {
    }

    private final ComparisonScreenModel model;
    private final Messages messages;
    private boolean syncing;

    ClaimsTable(ComparisonScreenModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("claimsTable");
        setAccessibleText(messages.get("claims.accessible"));
        setPlaceholder(new Label(messages.get("claims.empty")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.comparisonProperty().addListener((obs, old, c) -> rebuild(c));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && !syncing) {
                syncing = true;
                try {
                    model.selectFigureGroup(item.index());
                } finally {
                    syncing = false;
                }
            }
        });
        model.selectedFigureGroupProperty().addListener((obs, old, g) -> selectGroup(g.intValue()));
        rebuild(model.comparisonProperty().get());
    }

    private void selectGroup(int index) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (int i = 0; i < getItems().size(); i++) {
                if (getItems().get(i).index() == index) {
                    getSelectionModel().select(i);
                    scrollTo(Math.max(0, i - 1));
                    return;
                }
            }
            getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void rebuild(Comparison c) {
        getColumns().clear();
        getItems().clear();
        if (c == null) {
            return;
        }
        TableColumn<Item, Item> verdict = new TableColumn<>(messages.get("claims.verdict"));
        verdict.setId("claimsVerdict");
        verdict.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        verdict.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith(CompareStyles.VERDICT_PREFIX));
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Verdict v = item.group().verdict();
                Label badge = verdictBadge(v, messages);
                setGraphic(badge);
                setText(null);
                getStyleClass().add(CompareStyles.VERDICT_PREFIX + v.name().toLowerCase(Locale.ROOT));
            }
        });
        verdict.setPrefWidth(125);
        verdict.setMinWidth(110);
        verdict.setSortable(false);

        TableColumn<Item, Item> claim = new TableColumn<>(messages.get("claims.claim"));
        claim.setId("claimsSubject");
        claim.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        claim.setCellFactory(col -> new WrappingCell<>(col) {
            @Override
            protected void fill(Item item, VBox box) {
                Text subject = text(item.group().subject() == null ? "—" : item.group().subject(), "claim-subject");
                box.getChildren().add(flow(subject));
                for (String reason : item.group().reasons()) {
                    box.getChildren().add(flow(text(reason, CompareStyles.MUTED)));
                }
            }
        });
        claim.setPrefWidth(190);
        claim.setSortable(false);
        getColumns().add(verdict);
        getColumns().add(claim);

        for (int a = 0; a < c.articles().size(); a++) {
            int article = a;
            TableColumn<Item, Item> outlet = new TableColumn<>(model.adapter().outletLabel(c, a));
            outlet.setId("claimsOutlet-" + a);
            outlet.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            outlet.setCellFactory(col -> new WrappingCell<>(col) {
                @Override
                protected void fill(Item item, VBox box) {
                    for (FigureMention m : item.group().mentions()) {
                        if (m.article() != article) {
                            continue;
                        }
                        Text figure = text(m.figure().text(), CompareStyles.MENTION_LINE);
                        Text source = text(m.source() == null ? "— " + messages.get("value.noSource")
                                : "— " + m.source(), CompareStyles.MENTION_SOURCE);
                        box.getChildren().add(flow(figure, source));
                    }
                }
            });
            outlet.setPrefWidth(175);
            outlet.setSortable(false);
            getColumns().add(outlet);
        }
        List<Item> items = new ArrayList<>();
        List<FigureGroup> groups = c.claims().figureGroups();
        for (int g = 0; g < groups.size(); g++) {
            items.add(new Item(g, groups.get(g)));
        }
        // what needs checking first: differ, compatible, agree, one outlet only; then the most outlets
        items.sort(java.util.Comparator.<Item>comparingInt(i -> severity(i.group().verdict()))
                .thenComparingLong(i -> -i.group().mentions().stream().map(FigureMention::article).distinct().count())
                .thenComparingInt(Item::index));
        getItems().setAll(items);
        selectGroup(model.selectedFigureGroupProperty().get());
    }

    private static int severity(Verdict v) {
        return switch (v) {
            case DIFFER -> 0;
            case CONSISTENT -> 1;
            case AGREE -> 2;
            case SINGLE -> 3;
        };
    }

    /** A verdict as icon, colour and word, so that no meaning rests on colour alone. */
    static Label verdictBadge(Verdict v, Messages messages) {
        Label badge = new Label(messages.get("claims.verdict." + v.name().toLowerCase(Locale.ROOT)),
                Icons.of(HighlightStyles.iconOf(v), Styles.BADGE, HighlightStyles.badgeOf(v)));
        badge.getStyleClass().addAll(CompareStyles.VERDICT_CELL, CompareStyles.VERDICT_PREFIX + v.name().toLowerCase(Locale.ROOT));
        badge.setId(null);
        badge.setAccessibleRole(AccessibleRole.TEXT);
        badge.setAccessibleText(messages.get("verdict." + v.name().toLowerCase(Locale.ROOT)));
        return badge;
    }

    static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().addAll("side-text", styleClass);
        return t;
    }

    /** A cell whose content wraps to the column's width and grows the row to fit. */
    abstract static class WrappingCell<S> extends TableCell<S, S> {

        private final TableColumn<S, S> column;

        WrappingCell(TableColumn<S, S> column) {
            this.column = column;
        }

        protected abstract void fill(S item, VBox box);

        /** The texts one under the other, each wrapped to the column's width. */
        VBox flow(Text... parts) {
            VBox lines = new VBox(0);
            for (Text t : parts) {
                t.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                lines.getChildren().add(t);
            }
            return lines;
        }

        @Override
        protected void updateItem(S item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(3);
            fill(item, box);
            setGraphic(box);
        }
    }
}

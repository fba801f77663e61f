package org.parallax.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * One tab of claims, read as rows (figures, quotes or attributions): per row the name and the verdict (icon, word
 * and colour), the reason in a few words, then every outlet's value as a chip (value as written, outlet, date,
 * credited source; "no date" and "not credited" shown). A row that differs shows its chips on their own line;
 * agreeing and single-outlet rows keep to one line. A click selects a row (the side-by-side view follows); the
 * arrow or Enter opens it to each outlet's sentence with the mention marked.
 *
 * <p>Nothing is cut: names, reasons and chips wrap as whole words and whole chips.
 */
public final class ClaimsView extends StackPane {

    static final String ROW = "claim-row";
    static final String CHIP = "claim-chip";
    static final String SELECTED = "selected";
    static final String OPEN = "open";
    /** the width of an opened row's outlet names, unless a word among them needs more */
    private static final double OUTLET_WIDTH = 170;
    /** outlets named at the end of a differing row that they do not report; more are counted */
    private static final int NAMED_NOT_REPORTED = 6;

    private final Messages messages;
    private final String emptyKey;
    private final VBox rowsBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowsBox);
    private final Label empty = new Label();
    private final List<VBox> rowNodes = new ArrayList<>();
    private List<ClaimRows.Row> rows = List.of();
    private Consumer<ClaimRows.Row> onSelect = r -> { };
    private int selected = -1;
    private java.util.function.Predicate<ClaimRows.Row> filter = r -> true;

    /** A view whose empty state says {@code emptyKey}'s message; its node id is {@code id}. */
    public ClaimsView(String id, String emptyKey, Messages messages) {
        this.messages = messages;
        this.emptyKey = emptyKey;
        setId(id);
        getStyleClass().add("claims-view");
        rowsBox.getStyleClass().add("claim-rows");
        rowsBox.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        empty.setText(messages.get(emptyKey));
        getChildren().addAll(scroll, empty);
        setRows(List.of());
    }

    /** What the view says when it has no rows (its empty message otherwise). */
    public void setEmptyText(String text) {
        empty.setText(text == null || text.isBlank() ? messages.get(emptyKey) : text);
    }

    /** What a click (or Enter) on a row does besides selecting it: the screen selects the claim in the text. */
    public void setOnSelect(Consumer<ClaimRows.Row> action) {
        this.onSelect = action == null ? r -> { } : action;
    }

    /** Shows these rows, in this order. */
    public void setRows(List<ClaimRows.Row> rows) {
        this.rows = List.copyOf(rows);
        selected = -1;
        rowNodes.clear();
        rowsBox.getChildren().clear();
        for (int i = 0; i < this.rows.size(); i++) {
            VBox node = row(i, this.rows.get(i));
            rowNodes.add(node);
            rowsBox.getChildren().add(node);
        }
        applyFilter();
        empty.setVisible(this.rows.isEmpty());
        scroll.setVisible(!this.rows.isEmpty());
        scroll.setVvalue(0);
    }

    /** Shows only the rows {@code which} accepts (the others stay in {@link #rows()}, hidden). */
    public void setFilter(java.util.function.Predicate<ClaimRows.Row> which) {
        this.filter = which == null ? r -> true : which;
        applyFilter();
    }

    private void applyFilter() {
        for (int i = 0; i < rows.size(); i++) {
            boolean shown = filter.test(rows.get(i));
            rowNodes.get(i).setVisible(shown);
            rowNodes.get(i).setManaged(shown);
        }
    }

    public List<ClaimRows.Row> rows() {
        return rows;
    }

    /** The node of row {@code i} as shown. */
    public Region rowNode(int i) {
        return rowNodes.get(i);
    }

    /** The row selected, or -1. */
    public int selectedIndex() {
        return selected;
    }

    /** Selects row {@code i} (and tells the screen); -1 clears the selection. */
    public void select(int i) {
        if (selected >= 0 && selected < rowNodes.size()) {
            rowNodes.get(selected).getStyleClass().remove(SELECTED);
        }
        selected = i;
        if (i >= 0 && i < rowNodes.size()) {
            rowNodes.get(i).getStyleClass().add(SELECTED);
            onSelect.accept(rows.get(i));
        }
    }

    /** Selects the row of {@code claim} without telling the screen (the selection came from elsewhere). */
    public void show(ClaimRef claim) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).claim().equals(claim)) {
                if (selected >= 0 && selected < rowNodes.size()) {
                    rowNodes.get(selected).getStyleClass().remove(SELECTED);
                }
                selected = i;
                rowNodes.get(i).getStyleClass().add(SELECTED);
                return;
            }
        }
    }

    /** Opens or closes row {@code i} (each outlet's sentence). */
    public void setOpen(int i, boolean open) {
        VBox node = rowNodes.get(i);
        Node sentences = node.lookup(".claim-sentences");
        if (sentences instanceof VBox box && open && box.getChildren().isEmpty()) {
            fillSentences(box, rows.get(i)); // made on first opening: most rows are never opened
        }
        if (sentences != null) {
            sentences.setVisible(open);
            sentences.setManaged(open);
        }
        if (open && !node.getStyleClass().contains(OPEN)) {
            node.getStyleClass().add(OPEN);
        } else if (!open) {
            node.getStyleClass().remove(OPEN);
        }
    }

    public boolean isOpen(int i) {
        return rowNodes.get(i).getStyleClass().contains(OPEN);
    }

    // ---- a row ----

    private VBox row(int i, ClaimRows.Row row) {
        String verdictClass = CompareStyles.VERDICT_PREFIX + row.verdict().name().toLowerCase(Locale.ROOT);

        Label arrow = new Label(null, Icons.of(MaterialDesignC.CHEVRON_RIGHT));
        arrow.getStyleClass().add("claim-arrow");
        tooltipOnHover(arrow, () -> messages.get("claims.open"));
        arrow.setOnMouseClicked(e -> {
            setOpen(i, !isOpen(i));
            e.consume();
        });
        Label name = new Label(row.name());
        name.setId(getId() + "-name-" + i);
        name.getStyleClass().add("claim-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox nameLine = new HBox(2, arrow, name);
        nameLine.setAlignment(Pos.TOP_LEFT);
        Label verdict = verdictBadge(row.verdict());
        verdict.setId(getId() + "-verdict-" + i);

        Label reason = new Label(row.reason());
        reason.setId(getId() + "-reason-" + i);
        reason.getStyleClass().add("claim-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        tooltipOnHover(reason, () -> row.reasons().isEmpty() ? row.reason()
                : messages.format("claims.reasons", String.join("; ", row.reasons())));

        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("claim-chips");
        chips.setRowValignment(javafx.geometry.VPos.CENTER);
        if (row.compact()) {
            // one line: the verdict, then the chips (the reason is the verdict's tooltip)
            tooltipOnHover(verdict, row::reason);
            chips.getChildren().add(verdict);
            List<ClaimRows.Chip> own = row.chips();
            for (ClaimRows.Chip chip : row.compactChips()) {
                // "×3" counts one outlet's mentions: not on a chip several outlets share
                chips.getChildren().add(chip(chip, true, own.contains(chip)));
            }
        } else {
            addClusters(chips, row);
            if (!row.notReported().isEmpty()) {
                chips.getChildren().add(notReported(row.notReported()));
            }
        }

        VBox left;
        VBox right;
        if (row.compact()) {
            left = new VBox(4, nameLine);
            right = new VBox(chips);
        } else {
            left = new VBox(4, nameLine, verdict);
            right = new VBox(6, reason, chips);
        }
        left.getStyleClass().add("claim-left");
        left.setMinWidth(190);
        left.setPrefWidth(190);
        left.setMaxWidth(190);
        name.setMaxWidth(170);
        HBox.setHgrow(right, Priority.ALWAYS);
        right.setMinWidth(0);
        HBox line = new HBox(12, left, right);
        line.getStyleClass().add("claim-line");

        VBox sentences = new VBox(0);
        sentences.getStyleClass().add("claim-sentences");
        sentences.setVisible(false);
        sentences.setManaged(false);
        VBox.setMargin(sentences, new Insets(6, 0, 0, 202));

        VBox box = new VBox(line, sentences);
        box.setId(getId() + "-row-" + i);
        box.getStyleClass().addAll(ROW, verdictClass);
        if (row.compact()) {
            box.getStyleClass().add("compact");
        }
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.LIST_ITEM);
        box.setAccessibleText(row.name() + ". " + verdict.getText() + ". " + row.reason());
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                box.requestFocus();
                select(i);
                if (e.getClickCount() == 2) {
                    setOpen(i, !isOpen(i));
                }
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select(i);
                setOpen(i, !isOpen(i));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && i + 1 < rowNodes.size()) {
                rowNodes.get(i + 1).requestFocus();
                select(i + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP && i > 0) {
                rowNodes.get(i - 1).requestFocus();
                select(i - 1);
                e.consume();
            }
        });
        return box;
    }

    /**
     * A tooltip made when the pointer first comes over {@code control}, rather than one per row for every row up
     * front (each costs a popup's nodes and their styling).
     */
    private static void tooltipOnHover(javafx.scene.control.Control control, java.util.function.Supplier<String> text) {
        control.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED,
                new javafx.event.EventHandler<javafx.scene.input.MouseEvent>() {
                    @Override
                    public void handle(javafx.scene.input.MouseEvent e) {
                        control.removeEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, this);
                        if (control.getTooltip() == null) {
                            control.setTooltip(new Tooltip(text.get()));
                        }
                    }
                });
    }

    /**
     * The chips cluster by cluster: a cluster of values that can all be true at once in a dashed "≈" bracket
     * (unless it is the whole row), "vs" or "→" between clusters, each kept beside the chip it leads to when the
     * line wraps.
     */
    private void addClusters(FlowPane chips, ClaimRows.Row row) {
        List<ClaimRows.Cluster> clusters = row.clusters();
        for (int k = 0; k < clusters.size(); k++) {
            ClaimRows.Cluster cluster = clusters.get(k);
            List<Node> nodes = new ArrayList<>();
            if (cluster.consistent() && clusters.size() > 1) {
                FlowPane inner = new FlowPane(6, 6) {
                    /** as wide as its chips on one line, up to its wrap length (a FlowPane asks for the wrap length) */
                    @Override
                    protected double computePrefWidth(double height) {
                        double sum = 0;
                        for (Node n : getManagedChildren()) {
                            sum += n.prefWidth(-1);
                        }
                        sum += Math.max(0, getManagedChildren().size() - 1) * getHgap();
                        return snappedLeftInset() + Math.min(sum, getPrefWrapLength()) + snappedRightInset();
                    }
                };
                inner.setRowValignment(javafx.geometry.VPos.CENTER);
                for (ClaimRows.Chip chip : cluster.chips()) {
                    inner.getChildren().add(chip(chip, false, true));
                }
                // as wide as the row allows, wrapping inside the bracket
                inner.prefWrapLengthProperty().bind(chips.widthProperty().subtract(60));
                Label mark = new Label(messages.get("claims.consistent"));
                mark.getStyleClass().add("claim-cluster-label");
                mark.setMinWidth(Region.USE_PREF_SIZE);
                tooltipOnHover(mark, () -> messages.get("claims.consistent.tooltip"));
                VBox box = new VBox(2, mark, inner);
                box.getStyleClass().add("claim-cluster");
                box.setMinWidth(Region.USE_PREF_SIZE);
                box.setMaxWidth(Region.USE_PREF_SIZE);
                box.setAccessibleText(messages.get("claims.consistent"));
                nodes.add(box);
            } else {
                for (ClaimRows.Chip chip : cluster.chips()) {
                    nodes.add(chip(chip, false, true));
                }
            }
            if (k > 0) {
                boolean then = row.link() == ClaimRows.Link.THEN;
                Label link = new Label(messages.get(then ? "claims.link.then" : "claims.link.versus"));
                link.getStyleClass().addAll("claim-link", CompareStyles.MUTED);
                link.setMinWidth(Region.USE_PREF_SIZE);
                tooltipOnHover(link, () -> messages.get(then ? "claims.link.then.tooltip" : "claims.link.versus.tooltip"));
                HBox kept = new HBox(6, link, nodes.get(0));
                kept.setAlignment(Pos.CENTER_LEFT);
                kept.setMinWidth(Region.USE_PREF_SIZE);
                kept.setMaxWidth(Region.USE_PREF_SIZE);
                nodes.set(0, kept);
            }
            chips.getChildren().addAll(nodes);
        }
    }

    /** "A, B — not reported" in muted text; past a few outlets the rest as a count, all named in the tooltip. */
    private Label notReported(List<String> outlets) {
        String all = String.join(", ", outlets);
        Label missing = new Label(outlets.size() <= NAMED_NOT_REPORTED ? messages.format("claims.notReported", all)
                : messages.format("claims.notReportedMore", String.join(", ", outlets.subList(0, NAMED_NOT_REPORTED - 1)),
                outlets.size() - NAMED_NOT_REPORTED + 1));
        tooltipOnHover(missing, () -> messages.format("claims.notReported", all));
        missing.getStyleClass().addAll("claim-not-reported", CompareStyles.MUTED);
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        return missing;
    }

    /** An opened row's sentences, one per outlet, the claim marked. */
    private void fillSentences(VBox sentences, ClaimRows.Row row) {
        if (!row.reasons().isEmpty()) {
            Label why = new Label(messages.format("claims.reasons", String.join("; ", row.reasons())));
            why.getStyleClass().addAll("claim-reasons", CompareStyles.MUTED);
            why.setWrapText(true);
            why.setMinHeight(Region.USE_PREF_SIZE);
            why.setMaxWidth(Double.MAX_VALUE);
            sentences.getChildren().add(why);
        }
        List<Label> outlets = new ArrayList<>();
        for (ClaimRows.Sentence s : row.sentences()) {
            sentences.getChildren().add(sentence(s, outlets));
        }
        // one width for the row's outlet names, wide enough for the longest word among them
        // ("(libyannewswire.com)"): they wrap between words, never inside one
        String longest = row.sentences().stream().flatMap(s -> java.util.Arrays.stream(s.outlet().split("\\s+")))
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        for (Label outlet : outlets) {
            outlet.fontProperty().addListener((obs, old, font) -> {
                Text word = new Text(longest);
                word.setFont(font);
                double need = Math.max(OUTLET_WIDTH, Math.ceil(word.getLayoutBounds().getWidth())
                        + outlet.snappedLeftInset() + outlet.snappedRightInset() + 2);
                for (Label l : outlets) {
                    l.setMinWidth(Math.max(l.getMinWidth(), need));
                    l.setPrefWidth(Math.max(l.getPrefWidth(), need));
                }
            });
        }
    }

    /** The verdict as icon, word and colour: ≠ Differ, ≈ Consistent, ✓ Agree, ○ One outlet. */
    Label verdictBadge(Verdict v) {
        Label l = new Label(messages.get("claims.verdict." + v.name().toLowerCase(Locale.ROOT)),
                Icons.of(HighlightStyles.iconOf(v), Styles.BADGE, HighlightStyles.badgeOf(v)));
        l.getStyleClass().addAll("claim-verdict", CompareStyles.VERDICT_CELL,
                CompareStyles.VERDICT_PREFIX + v.name().toLowerCase(Locale.ROOT));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A chip: the value as written and the outlet (and "×3" when it stands for three mentions), then the date and
     * the credited source in small text, "no date" and "not credited" in italics; on one line in a compact row.
     */
    private Node chip(ClaimRows.Chip chip, boolean compact, boolean oneOutlet) {
        Label value = new Label(chip.value());
        value.getStyleClass().add("chip-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label outlet = new Label(chip.outlet());
        outlet.getStyleClass().add("chip-outlet");
        outlet.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, value, outlet);
        top.setAlignment(Pos.BASELINE_LEFT);
        boolean times = oneOutlet && chip.mentions() > 1;
        if (times) {
            Label count = new Label(messages.format("claims.mentions", chip.mentions()));
            count.getStyleClass().addAll("chip-mentions", CompareStyles.MUTED);
            count.setMinWidth(Region.USE_PREF_SIZE);
            tooltipOnHover(count, () -> messages.format("claims.mentions.tooltip", chip.mentions()));
            top.getChildren().add(count);
        }
        Label date = new Label(chip.date());
        date.getStyleClass().add("chip-date");
        if (!chip.dated()) {
            date.getStyleClass().add("chip-missing");
        }
        date.setMinWidth(Region.USE_PREF_SIZE);
        Label dot = new Label("·");
        dot.getStyleClass().add("chip-date");
        dot.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label(chip.source());
        source.getStyleClass().add("chip-source");
        if (!chip.credited()) {
            source.getStyleClass().add("chip-missing");
        }
        source.setMinWidth(Region.USE_PREF_SIZE);
        if (chip.sources().size() > 1) {
            tooltipOnHover(source, () -> messages.format("claims.sources.tooltip", String.join("; ", chip.sources())));
        }
        HBox detail = new HBox(4, date, dot, source);
        detail.setAlignment(Pos.BASELINE_LEFT);
        javafx.scene.layout.Pane box;
        if (compact) {
            HBox one = new HBox(8, top, detail);
            one.setAlignment(Pos.BASELINE_LEFT);
            box = one;
            box.getStyleClass().addAll(CHIP, "compact");
        } else {
            box = new VBox(1, top, detail);
            box.getStyleClass().add(CHIP);
        }
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        String sources = chip.sources().isEmpty() ? chip.source() : String.join(", ", chip.sources());
        box.setAccessibleText(chip.value() + ", " + chip.outlet() + ", " + chip.date() + ", " + sources
                + (times ? ", " + messages.format("claims.mentions.tooltip", chip.mentions()) : ""));
        return box;
    }

    private Node sentence(ClaimRows.Sentence s, List<Label> outlets) {
        Label outlet = new Label(s.outlet());
        outlet.getStyleClass().add("sentence-outlet");
        outlet.setMinWidth(OUTLET_WIDTH);
        outlet.setPrefWidth(OUTLET_WIDTH);
        outlet.setWrapText(true);
        outlet.setMinHeight(Region.USE_PREF_SIZE);
        outlets.add(outlet);
        String t = s.text();
        Text before = new Text(t.substring(0, s.mark().start()));
        Text mark = new Text(t.substring(s.mark().start(), s.mark().end()));
        Text after = new Text(t.substring(s.mark().end()));
        before.getStyleClass().add("sentence-text");
        after.getStyleClass().add("sentence-text");
        mark.getStyleClass().addAll("sentence-text", "sentence-mark");
        TextFlow flow = new TextFlow(before, mark, after);
        flow.getStyleClass().add("sentence-flow");
        HBox.setHgrow(flow, Priority.ALWAYS);
        flow.setMinWidth(0);
        flow.setPrefWidth(0);
        HBox line = new HBox(10, outlet, flow);
        line.getStyleClass().add("claim-sentence");
        return line;
    }
}

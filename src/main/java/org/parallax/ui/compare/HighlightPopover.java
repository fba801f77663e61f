package org.parallax.ui.compare;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/** The content of a highlight's popover: what it is, its verdict, and every outlet's version. */
final class HighlightPopover {

    private HighlightPopover() {
    }

    static Node content(Highlight h, Column column, Messages messages) {
        String kind = messages.get("kind." + h.kind().name().toLowerCase(Locale.ROOT));
        String verdict = h.verdict() == null ? "" : " · " + messages.get("verdict." + h.verdict().name().toLowerCase(Locale.ROOT));
        Label title = new Label(kind + verdict, Icons.of(HighlightStyles.iconOf(h), Styles.BADGE, HighlightStyles.badgeOf(h)));
        title.getStyleClass().add("popover-title");
        VBox box = new VBox(8, title);
        if (!h.flags().isEmpty() || h.paraphrase()) {
            StringBuilder flags = new StringBuilder();
            for (QuoteFlag f : new java.util.TreeSet<>(h.flags())) {
                flags.append(flags.length() == 0 ? "" : " · ").append(messages.get("flag." + f.name().toLowerCase(Locale.ROOT)));
            }
            if (h.paraphrase()) {
                flags.append(flags.length() == 0 ? "" : " · ").append(messages.get("flag.paraphrase"));
            }
            box.getChildren().add(new Label(flags.toString()));
        }
        if (!h.summary().isBlank()) {
            Label summary = new Label(h.summary());
            summary.setWrapText(true);
            summary.setMaxWidth(460);
            box.getChildren().add(summary);
        }
        GridPane grid = new GridPane();
        grid.setId("popoverVersions");
        grid.setHgap(12);
        grid.setVgap(4);
        String[] heads = {"popover.outlet", "popover.wording", "popover.value", "popover.source", "popover.date"};
        for (int i = 0; i < heads.length; i++) {
            Label l = new Label(messages.get(heads[i]));
            l.getStyleClass().add("popover-head");
            grid.add(l, i, 0);
        }
        DateTimeFormatter dates = DateFields.ISO;
        int row = 1;
        for (Version v : h.versions()) {
            Label wording = new Label(v.wording());
            wording.setWrapText(true);
            wording.setMaxWidth(300);
            Label[] cells = {
                new Label(v.outlet()), wording, new Label(orDash(v.value())), new Label(orDash(v.source())),
                new Label(v.date() == null ? messages.get("comparison.undated") : v.date().format(dates))};
            boolean mine = Objects.equals(v.outlet(), column.header().outlet());
            for (int i = 0; i < cells.length; i++) {
                if (mine) {
                    cells[i].getStyleClass().add(Styles.POPOVER_CURRENT_ROW);
                }
                grid.add(cells[i], i, row);
            }
            row++;
        }
        if (h.versions().isEmpty()) {
            box.getChildren().add(new Label(messages.get("popover.noVersions")));
        } else {
            box.getChildren().add(grid);
        }
        box.setId("highlightPopover");
        box.getStyleClass().add(Styles.POPOVER_CONTENT);
        box.setPadding(new Insets(4));
        box.setAccessibleText(title.getText() + ". " + h.summary());
        return box;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}

package org.parallax.ui.compare;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.Ikon;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The legend: for each verdict and highlight kind, a sample drawn exactly as in the text (same style classes,
 * same text component), its icon, and what it means.
 */
final class LegendView extends FlowPane {

    LegendView(Messages messages) {
        super(14, 4);
        setId("legend");
        getStyleClass().add(Styles.LEGEND);
        setAlignment(Pos.CENTER_RIGHT);
        setPrefWrapLength(900);
        setRowValignment(javafx.geometry.VPos.CENTER);
        add(messages, HighlightStyles.iconOf(Verdict.DIFFER), Styles.BADGE_DIFFER, "11,000",
                List.of(Styles.FIGURE, Styles.FIGURE_DIFFER), "legend.differ");
        add(messages, HighlightStyles.iconOf(Verdict.CONSISTENT), Styles.BADGE_CONSISTENT, "15,000",
                List.of(Styles.FIGURE, Styles.FIGURE_CONSISTENT), "legend.consistent");
        add(messages, HighlightStyles.iconOf(Verdict.AGREE), Styles.BADGE_AGREE, "100,000",
                List.of(Styles.FIGURE, Styles.FIGURE_AGREE), "legend.agree");
        add(messages, HighlightStyles.iconOf(Verdict.SINGLE), Styles.BADGE_SINGLE, "500",
                List.of(Styles.FIGURE, Styles.FIGURE_SINGLE), "legend.single");
        add(messages, HighlightStyles.iconOf(QuoteFlag.REWORDED), Styles.BADGE_QUOTE, "“…”",
                List.of(Styles.QUOTE), "legend.quote");
        add(messages, HighlightStyles.iconOf(QuoteFlag.REWORDED), Styles.BADGE_QUOTE, "“…”",
                List.of(Styles.QUOTE, Styles.QUOTE_REWORDED), "legend.quoteReworded");
        add(messages, HighlightStyles.PARAPHRASE_ICON, Styles.BADGE_QUOTE, "could send",
                List.of(CompareStyles.QUOTE_PARAPHRASE), "legend.paraphrase");
        add(messages, null, null, "said", List.of(Styles.ATTRIBUTION), "legend.attribution");
        add(messages, HighlightStyles.iconOf(QuoteFlag.SPEAKER_DIFFERS), Styles.BADGE_DIFFER, "Bloomberg",
                List.of(Styles.ATTRIBUTION, Styles.ATTRIBUTION_DIFFERS), "legend.attributionDiffers");
        add(messages, org.kordamp.ikonli.materialdesign2.MaterialDesignS.SWAP_HORIZONTAL, Styles.BADGE_WORD_CHANGED,
                "send", List.of(Styles.WORD_CHANGED), "legend.wordChanged");
    }

    private void add(Messages messages, Ikon icon, String badge, String sample, List<String> classes, String key) {
        StyleClassedTextArea area = new StyleClassedTextArea(false);
        area.getStyleClass().addAll(Styles.CELL_TEXT, Styles.LEGEND_SAMPLE);
        area.setEditable(false);
        area.setFocusTraversable(false);
        area.setMouseTransparent(true);
        area.replaceText(sample);
        area.setStyle(0, sample.length(), classes);
        double width = new Text(sample).getLayoutBounds().getWidth() * 1.25 + 10;
        area.setPrefSize(width, 24);
        area.setMinSize(width, 24);
        area.setMaxSize(width, 24);
        Label text = new Label(messages.get(key));
        HBox item = icon == null ? new HBox(4, area, text)
                : new HBox(4, Icons.of(icon, Styles.BADGE, badge), area, text);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStyleClass().add("legend-item");
        item.setAccessibleText(messages.get(key));
        getChildren().add(item);
    }
}

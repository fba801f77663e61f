package org.parallax.ui.compare;

import org.parallax.core.compare.claim.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The quotes table: one row per quote group (its first words, its flags as icon and word), one column per outlet
 * with who that outlet says spoke (paraphrases marked). Selecting a row selects the group's first place in the
 * columns.
 */
final class QuotesTable extends TableView<QuotesTable.Item> {

    private static final int FIRST_WORDS = 14;

    record Item(int index, QuoteGroup group) {
    }

    private final ComparisonScreenModel model;
    private final Messages messages;

    QuotesTable(ComparisonScreenModel model) {
        this.model = model;
        this.messages = model.messages();
        setId("quotesTable");
        setAccessibleText(messages.get("quotes.accessible"));
        setPlaceholder(new Label(messages.get("quotes.empty")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        model.comparisonProperty().addListener((obs, old, c) -> rebuild(c));
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectQuoteGroup(item.index());
            }
        });
        rebuild(model.comparisonProperty().get());
    }

    private void rebuild(Comparison c) {
        getColumns().clear();
        getItems().clear();
        if (c == null) {
            return;
        }
        TableColumn<Item, Item> words = new TableColumn<>(messages.get("quotes.words"));
        words.setId("quotesWords");
        words.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        words.setCellFactory(col -> new ClaimsTable.WrappingCell<>(col) {
            @Override
            protected void fill(Item item, VBox box) {
                box.getChildren().add(flow(ClaimsTable.text(firstWords(item.group()), "quote-words")));
            }
        });
        words.setPrefWidth(240);
        words.setSortable(false);

        TableColumn<Item, Item> flags = new TableColumn<>(messages.get("quotes.flags"));
        flags.setId("quotesFlags");
        flags.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        flags.setCellFactory(col -> new ClaimsTable.WrappingCell<>(col) {
            @Override
            protected void fill(Item item, VBox box) {
                Set<Flag> fs = SideBySideAdapter.flags(item.group().flags());
                if (fs.isEmpty()) {
                    Label same = new Label(messages.get("quotes.same"),
                            Icons.of(HighlightStyles.iconOf(Verdict.AGREE), Styles.BADGE, Styles.BADGE_AGREE));
                    box.getChildren().add(same);
                }
                for (Flag f : fs) {
                    Label l = new Label(messages.get("flag." + f.name().toLowerCase(Locale.ROOT)),
                            Icons.of(HighlightStyles.iconOf(f), Styles.BADGE,
                                    f == Flag.SPEAKER_DIFFERS ? Styles.BADGE_DIFFER : Styles.BADGE_QUOTE));
                    l.setWrapText(true);
                    box.getChildren().add(l);
                }
            }
        });
        flags.setPrefWidth(150);
        flags.setSortable(false);
        getColumns().add(words);
        getColumns().add(flags);
        for (int a = 0; a < c.articles().size(); a++) {
            int article = a;
            TableColumn<Item, Item> outlet = new TableColumn<>(model.adapter().outletLabel(c, a));
            outlet.setId("quotesOutlet-" + a);
            outlet.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            outlet.setCellFactory(col -> new ClaimsTable.WrappingCell<>(col) {
                @Override
                protected void fill(Item item, VBox box) {
                    Set<String> lines = new LinkedHashSet<>();
                    for (QuoteMention m : item.group().mentions()) {
                        if (m.article() == article) {
                            String speaker = m.speaker() == null ? messages.get("value.unknownSpeaker") : m.speaker();
                            lines.add(m.quoted() ? speaker : messages.format("quotes.paraphrasedBy", speaker));
                        }
                    }
                    for (String line : lines) {
                        Text t = ClaimsTable.text(line, line.startsWith("(") ? CompareStyles.MUTED : CompareStyles.MENTION_LINE);
                        box.getChildren().add(flow(t));
                    }
                }
            });
            outlet.setPrefWidth(130);
            outlet.setSortable(false);
            getColumns().add(outlet);
        }
        List<Item> items = new ArrayList<>();
        List<QuoteGroup> groups = c.claims().quoteGroups();
        for (int g = 0; g < groups.size(); g++) {
            items.add(new Item(g, groups.get(g)));
        }
        getItems().setAll(items);
    }

    /** The first words of the group's first quoted mention (else its first mention), in quotation marks. */
    static String firstWords(QuoteGroup g) {
        QuoteMention m = g.mentions().stream().filter(QuoteMention::quoted).findFirst().orElse(g.mentions().get(0));
        String[] words = m.text().strip().split("\\s+");
        StringBuilder b = new StringBuilder("“");
        for (int i = 0; i < Math.min(FIRST_WORDS, words.length); i++) {
            b.append(i == 0 ? "" : " ").append(words[i]);
        }
        return b.append(words.length > FIRST_WORDS ? "…”" : "”").toString();
    }
}

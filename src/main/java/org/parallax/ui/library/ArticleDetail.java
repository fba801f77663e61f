package org.parallax.ui.library;

import atlantafx.base.controls.Spacer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.text.Languages;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The article shown on the right of the library: outlet, title, byline and date, counts, language, Edit and
 * Remove, its text and where it came from; a hint when none is selected.
 */
final class ArticleDetail extends VBox {

    private static final DateTimeFormatter DATE = DateFields.ISO;

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final Runnable onEdit;
    private final Runnable onRemove;

    /** @param onEdit, onRemove what Edit and Remove do (the view asks first) */
    ArticleDetail(LibraryViewModel viewModel, Messages messages, Runnable onEdit, Runnable onRemove) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        this.onEdit = onEdit;
        this.onRemove = onRemove;
        setId("articleDetail");
        getStyleClass().add(Styles.DETAIL);
        setPadding(new Insets(14, 16, 14, 16));
        setMinWidth(320);
    }

    /** Shows this article (read in full), or the hint for {@code null}. */
    void show(LibraryEntry entry) {
        getChildren().clear();
        if (entry == null) {
            Label hint = new Label(messages.get("library.selectHint"), Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
            hint.setId("detailPlaceholder");
            hint.getStyleClass().add(Styles.PLACEHOLDER);
            hint.setWrapText(true);
            VBox box = new VBox(hint);
            box.setAlignment(Pos.CENTER);
            VBox.setVgrow(box, Priority.ALWAYS);
            getChildren().add(box);
            return;
        }
        ArticleRow row = ArticleRow.of(entry);
        Metadata m = entry.article().metadata();
        Label outlet = new Label(m.outlet() == null ? messages.get("library.noOutlet") : m.outlet());
        outlet.setId("detailOutlet");
        outlet.getStyleClass().add(Styles.DETAIL_OUTLET);
        if (m.outlet() == null) {
            outlet.getStyleClass().add(Styles.MISSING);
        }
        Label title = new Label(m.title() == null ? messages.get("library.untitled") : m.title());
        if (m.title() == null) {
            title.getStyleClass().add(Styles.MISSING);
        }
        title.setId("detailTitle");
        title.getStyleClass().addAll(atlantafx.base.theme.Styles.TITLE_3, Styles.DETAIL_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Label.USE_PREF_SIZE);
        Label meta = new Label(bylineLine(m));
        meta.setId("detailMeta");
        meta.getStyleClass().add(Styles.DETAIL_META);
        meta.setWrapText(true);
        Label counts = new Label(messages.format("detail.counts", row.words(), row.figures(), row.quotes(), row.attributions()));
        counts.setId("detailCounts");
        counts.getStyleClass().add(Styles.DETAIL_META);
        String code = entry.article().language();
        Label language = new Label(Languages.extractionReads(code)
                ? messages.format("detail.language", Languages.name(code))
                : messages.format("detail.languageNotExtracted", Languages.name(code)));
        language.setId("detailLanguage");
        language.getStyleClass().add(Styles.DETAIL_META);
        language.setWrapText(true);
        language.setMinHeight(Label.USE_PREF_SIZE);
        language.setVisible(code != null);
        language.setManaged(code != null);

        Button edit = new Button(messages.get("detail.edit"), Icons.of(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("editArticle");
        edit.setOnAction(e -> onEdit.run());
        Button remove = new Button(messages.get("detail.remove"), Icons.of(MaterialDesignD.DELETE_OUTLINE));
        remove.setId("removeArticle");
        remove.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        remove.setOnAction(e -> onRemove.run());
        edit.disableProperty().bind(viewModel.writableProperty().not());
        remove.disableProperty().bind(viewModel.writableProperty().not());
        for (Button b : List.of(edit, remove)) {
            b.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL);
        }
        HBox actions = new HBox(8, edit, remove);
        if (entry.isEdited()) {
            Label edited = new Label(messages.get("detail.edited"), Icons.of(MaterialDesignP.PENCIL));
            edited.setId("detailEdited");
            edited.getStyleClass().add(Styles.DETAIL_META);
            edited.setTooltip(new Tooltip(messages.get("detail.editedHelp")));
            actions.getChildren().addAll(new Spacer(), edited);
        }
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea body = new TextArea(entry.article().body());
        body.setId("detailBody");
        body.setEditable(false);
        body.setWrapText(true);
        body.getStyleClass().add(Styles.DETAIL_BODY);
        body.setAccessibleText(messages.get("detail.body"));
        VBox.setVgrow(body, Priority.ALWAYS);

        Label source = new Label(messages.format("detail.source", entry.article().source() == null ? "" : entry.article().source()));
        source.setId("detailSource");
        source.getStyleClass().add(Styles.DETAIL_SOURCE);
        source.setTooltip(new Tooltip(entry.id()));
        getChildren().addAll(outlet, title, meta, counts, language, actions, body, source);
    }

    private String bylineLine(Metadata m) {
        List<String> parts = new ArrayList<>();
        if (m.byline() != null) {
            parts.add(m.byline());
        }
        parts.add(m.published() == null ? messages.get("library.undated") : DATE.format(m.published()));
        if (m.wire() != null) {
            parts.add(messages.format("comparison.wire", m.wire()));
        }
        if (m.dateline() != null) {
            parts.add(m.dateline());
        }
        return String.join("  ·  ", parts);
    }
}

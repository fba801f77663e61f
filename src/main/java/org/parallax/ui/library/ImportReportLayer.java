package org.parallax.ui.library;

import atlantafx.base.controls.Spacer;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The last import's report, floating at the bottom right of the library: the summary, and the files skipped or
 * imported with a note, each with its reason. A report without problems goes away by itself after ten seconds.
 */
final class ImportReportLayer extends StackPane {

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final PauseTransition reportTimeout = new PauseTransition(Duration.seconds(10));

    ImportReportLayer(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setPickOnBounds(false);
        setAlignment(Pos.BOTTOM_RIGHT);
        setPadding(new Insets(12));
        viewModel.lastImportProperty().addListener((obs, old, report) -> show(report));
    }

    private void show(ImportReport report) {
        reportTimeout.stop();
        getChildren().clear();
        if (report == null) {
            return;
        }
        VBox card = new VBox(8);
        card.setId("importReport");
        card.getStyleClass().add(Styles.IMPORT_REPORT);
        card.setMaxWidth(480);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        // skipped files with their reason, and imported ones with a note (an attachment left out, not English)
        List<ImportOutcome> told = report.outcomes().stream().filter(o -> o.message() != null).toList();
        boolean problems = !told.isEmpty();
        Label summary = new Label(viewModel.summaryOf(report),
                Icons.of(problems ? MaterialDesignA.ALERT_OUTLINE : MaterialDesignC.CHECK_CIRCLE_OUTLINE,
                        problems ? Styles.REPORT_WARNING : Styles.REPORT_OK));
        summary.setId("importSummary");
        summary.getStyleClass().add(Styles.REPORT_SUMMARY);
        summary.setWrapText(true);
        Button close = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        close.setId("closeImportReport");
        close.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        close.setAccessibleText(messages.get("import.close"));
        close.setOnAction(e -> viewModel.dismissImport());
        HBox head = new HBox(8, summary, new Spacer(), close);
        head.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(head);
        if (problems) {
            boolean skipped = !report.skipped().isEmpty();
            boolean noted = told.size() > report.skipped().size();
            Label intro = new Label(messages.get(!noted ? "import.skippedHeader"
                    : skipped ? "import.skippedAndNotesHeader" : "import.notesHeader"));
            intro.getStyleClass().add(Styles.DETAIL_META);
            VBox list = new VBox(6);
            list.setId("importSkipped");
            for (ImportOutcome o : told) {
                Label name = new Label(fileName(o.file()));
                name.getStyleClass().add(Styles.REPORT_FILE);
                Label why = new Label(o.message());
                why.setWrapText(true);
                why.getStyleClass().add(Styles.DETAIL_META);
                VBox item = new VBox(1, name, why);
                item.getStyleClass().add(Styles.REPORT_ITEM);
                list.getChildren().add(item);
            }
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(260);
            scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
            card.getChildren().addAll(intro, scroll);
        } else {
            reportTimeout.setOnFinished(e -> {
                if (viewModel.lastImportProperty().get() == report) {
                    viewModel.dismissImport();
                }
            });
            reportTimeout.playFromStart();
        }
        StackPane.setAlignment(card, Pos.BOTTOM_RIGHT);
        getChildren().add(card);
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}

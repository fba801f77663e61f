package org.parallax.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.parallax.core.compare.story.Stories;
import org.parallax.ui.common.Icons;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;

/**
 * The Stories panel beside the library table: the library's story groups (several-article stories first), each
 * with its label, article and outlet counts, date range and shared names. Choosing one filters the table to its
 * articles; double-click, Enter or "Compare story" opens it as the side-by-side comparison. A story of one
 * article says so and does not open.
 */
final class StoriesPane extends VBox {

    private static final DateTimeFormatter DATE = DateFields.ISO;

    private final LibraryViewModel viewModel;
    private final Messages messages;
    private final ListView<Stories.Story> list = new ListView<>();
    private boolean syncing;

    StoriesPane(LibraryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("storiesPane");
        getStyleClass().add(Styles.STORIES);
        setAccessibleText(messages.get("stories.title"));
        setMinWidth(200);

        Label title = new Label(messages.get("stories.title"), Icons.of(MaterialDesignN.NEWSPAPER_VARIANT_MULTIPLE_OUTLINE));
        title.getStyleClass().add(Styles.STORIES_TITLE);
        Label count = new Label();
        count.setId("storiesCount");
        count.getStyleClass().add(Styles.STORY_META);
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("stories.count",
                viewModel.stories().stream().filter(Stories.Story::comparable).count()), viewModel.stories()));
        Button all = new Button(null, Icons.of(MaterialDesignC.CLOSE));
        all.setId("allStories");
        all.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        all.setTooltip(new Tooltip(messages.get("stories.all")));
        all.setAccessibleText(messages.get("stories.all"));
        all.visibleProperty().bind(viewModel.storyProperty().isNotNull());
        all.setOnAction(e -> viewModel.storyProperty().set(null));
        HBox head = new HBox(6, title, count, new atlantafx.base.controls.Spacer(), all);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(8, 8, 4, 10));

        ProgressBar progress = new ProgressBar();
        progress.setId("storiesProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        progress.visibleProperty().bind(viewModel.storiesTaskProperty().isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        viewModel.storiesTaskProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(((Task<?>) task).progressProperty());
            }
        });
        VBox.setMargin(progress, new Insets(0, 10, 4, 10));

        list.setId("storyList");
        list.getStyleClass().add(Styles.STORY_LIST);
        list.setItems(viewModel.stories());
        list.setCellFactory(l -> new StoryCell());
        Label empty = new Label(messages.get("stories.empty"));
        empty.getStyleClass().add(Styles.PLACEHOLDER);
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        list.setPlaceholder(empty);
        list.setAccessibleText(messages.get("stories.title"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (!syncing) {
                viewModel.storyProperty().set(s);
            }
        });
        viewModel.storyProperty().addListener((obs, old, s) -> sync(s));
        viewModel.stories().addListener((javafx.collections.ListChangeListener<Stories.Story>) c -> sync(viewModel.storyProperty().get()));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.compareStory(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.compareStory(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        Button compare = new Button(messages.get("stories.compare"), Icons.of(MaterialDesignC.COMPARE_HORIZONTAL));
        compare.setId("compareStory");
        compare.setMaxWidth(Double.MAX_VALUE);
        compare.setTooltip(new Tooltip(messages.get("stories.compareHelp")));
        compare.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Stories.Story s = viewModel.storyProperty().get();
            return s == null || !s.comparable();
        }, viewModel.storyProperty()));
        compare.setOnAction(e -> viewModel.compareStory(viewModel.storyProperty().get()));
        VBox.setMargin(compare, new Insets(6, 10, 10, 10));

        getChildren().addAll(head, progress, list, compare);
    }

    private void sync(Stories.Story s) {
        syncing = true;
        try {
            if (s == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != s) {
                list.getSelectionModel().select(s);
                if (list.getSkin() != null) {
                    list.scrollTo(s);
                }
            }
        } finally {
            syncing = false;
        }
    }

    ListView<Stories.Story> list() {
        return list;
    }

    /** "5 articles · 4 outlets", "28 Oct 2024 – 20 Nov 2024"… */
    String metaLine(Stories.Story s) {
        String counts = messages.format("stories.articles", s.size());
        if (!s.outlets().isEmpty()) {
            counts += " \u00B7 " + messages.format("stories.outlets", s.outlets().size());
        }
        return counts;
    }

    String dateLine(Stories.Story s) {
        LocalDate first = s.first();
        LocalDate last = s.last();
        if (first == null) {
            return messages.get("library.undated");
        }
        return first.equals(last) ? DATE.format(first) : DATE.format(first) + " \u2013 " + DATE.format(last);
    }

    /** One story: label in bold, then counts and dates, then the names its articles share. */
    private final class StoryCell extends ListCell<Stories.Story> {
        StoryCell() {
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Stories.Story s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().remove(Styles.STORY_SINGLE);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            Label label = new Label(s.label());
            label.getStyleClass().add(Styles.STORY_LABEL);
            label.setWrapText(true);
            label.setMaxHeight(44);
            Label meta = new Label(metaLine(s));
            meta.getStyleClass().add(Styles.STORY_META);
            Label dates = new Label(dateLine(s));
            dates.getStyleClass().add(Styles.STORY_META);
            VBox box = new VBox(2, label, meta, dates);
            if (!s.names().isEmpty() && s.comparable()) {
                Label names = new Label(String.join(", ", s.names()));
                names.getStyleClass().add(Styles.STORY_NAMES);
                box.getChildren().add(names);
            }
            if (!s.comparable()) {
                getStyleClass().add(Styles.STORY_SINGLE);
                meta.setText(messages.get("stories.singleShort"));
            }
            setGraphic(box);
            String outlets = String.join(", ", s.outlets());
            setTooltip(new Tooltip(s.label() + "\n" + metaLine(s) + (outlets.isEmpty() ? "" : ": " + outlets) + "\n" + dateLine(s)
                    + (s.comparable() ? "\n" + messages.get("stories.openHint") : "\n" + messages.get("stories.single"))));
            setAccessibleText(s.label() + ", " + metaLine(s) + ", " + dateLine(s));
        }
    }
}

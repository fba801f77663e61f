package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Metadata;
import org.parallax.core.index.Snippet;
import org.parallax.ui.AppContext;
import org.parallax.ui.common.CurrentThreadTasks;
import org.parallax.ui.compare.SeedComparisons;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search results list reuses its cells' nodes: scrolled from the first hit to the last and back, every cell in
 * view shows its own hit's rank, title, outlet and passages, and no passage of a hit shown earlier is left behind.
 * A real library in a temporary folder (invented articles, some matching in one passage, some in three far apart).
 */
@ExtendWith(ApplicationExtension.class)
class SearchResultsListTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path temp;

    private Stage stage;
    private CoreLibraryActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (actions != null) {
            actions.close();
        }
    }

    @Test
    void everyCellInViewShowsItsOwnHitWhileTheListScrollsBothWays() throws Exception {
        actions = CoreLibraryActions.open(temp.resolve("library"), temp.resolve("samples"));
        for (int i = 0; i < ARTICLES; i++) {
            actions.importText(body(i), new Metadata("Ferry report number " + i, "Outlet " + (char) ('A' + i % 5),
                    null, null, null, LocalDate.of(2024, 5, 1 + i % 28), null));
        }
        SearchResultsList[] list = new SearchResultsList[1];
        WaitForAsyncUtils.asyncFx(() -> {
            LibraryViewModel model = new LibraryViewModel(actions, new CurrentThreadTasks(),
                    SeedComparisons.messages(), Runnable::run, AtOnce::new);
            model.start();
            list[0] = new SearchResultsList(model, SeedComparisons.messages());
            Scene scene = new Scene(list[0], 700, 420);
            scene.getStylesheets().add(AppContext.APP_CSS);
            stage.setScene(scene);
            stage.show();
            model.queryProperty().set("ferry");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<HitRow> hits = List.copyOf(list[0].getItems());
        assertThat(hits).hasSize(ARTICLES);
        Set<Integer> passageCounts = new HashSet<>();
        hits.forEach(h -> passageCounts.add(h.snippets().size()));
        assertThat(passageCounts).as("hits with one passage and hits with several, so a reused cell must drop some")
                .contains(1).anyMatch(n -> n > 1);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i += 3) {
            order.add(i);
        }
        for (int i = ARTICLES - 1; i >= 0; i -= 4) {
            order.add(i);
        }
        int checked = 0;
        for (int index : order) {
            WaitForAsyncUtils.asyncFx(() -> list[0].scrollTo(index)).get();
            WaitForAsyncUtils.waitForFxEvents();
            checked += WaitForAsyncUtils.asyncFx(() -> checkCellsInView(list[0])).get();
        }
        assertThat(checked).as("cells checked while scrolling").isGreaterThan(order.size());
    }

    /** Checks every filled cell of the list against its hit; returns how many it checked. */
    private static int checkCellsInView(SearchResultsList list) {
        int checked = 0;
        for (Node n : list.lookupAll(".list-cell")) {
            if (!(n instanceof ListCell<?> cell) || cell.isEmpty() || !(cell.getItem() instanceof HitRow hit)) {
                continue;
            }
            VBox box = (VBox) cell.getGraphic();
            HBox head = (HBox) box.getChildren().get(0);
            assertThat(((Label) head.getChildren().get(0)).getText()).isEqualTo(hit.rank() + ".");
            assertThat(((Label) head.getChildren().get(1)).getText()).isEqualTo(hit.article().title());
            assertThat(((Label) box.getChildren().get(1)).getText()).startsWith(hit.article().outlet() + "  ·  ");
            List<String> shown = box.getChildren().subList(2, box.getChildren().size()).stream()
                    .map(f -> ((TextFlow) f).getAccessibleText()).toList();
            assertThat(shown).as("passages of hit " + hit.rank())
                    .containsExactlyElementsOf(hit.snippets().stream().map(Snippet::text).toList());
            checked++;
        }
        return checked;
    }

    /** Article i: every third mentions the ferry in three passages far apart, the others once. */
    private static String body(int i) {
        String filler = ("The council met again on Tuesday to discuss the harbour budget, road repairs and the "
                + "school year, and members asked for more time to read the papers before a vote. ").repeat(6);
        String first = "The ferry to the island was late on day " + i + " after a storm closed the port. ";
        if (i % 3 != 0) {
            return first + filler;
        }
        return first + filler + "Passengers said the ferry crew handled the delay calmly. " + filler
                + "A second ferry will join the route next spring, the operator said.";
    }
}

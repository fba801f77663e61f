package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.ui.AppContext;
import org.parallax.ui.MainView;
import org.parallax.ui.TestWindows;
import org.parallax.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library screen over a real library in a temporary folder (never the user's), headless on Monocle: first
 * run, search, filters, import with a bad file, edit, remove, and a long import that leaves the UI responsive
 * and cancels cleanly.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryViewTest {

    private static final int WAIT = 60;

    @TempDir
    Path temp;

    private AppContext context;
    private MainView view;

    @Start
    void start(Stage stage) {
        TestWindows.Opened opened = TestWindows.openMainWindow(stage, temp, 1400, 900);
        context = opened.context();
        view = opened.view();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private LibraryViewModel library() {
        return context.library();
    }

    private TableView<?> table(FxRobot robot) {
        return robot.lookup("#articleTable").queryAs(TableView.class);
    }

    private void awaitSeeds(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int rows(FxRobot robot) throws Exception {
        return fx(() -> table(robot).getItems().size());
    }

    @Test
    void firstRunFillsTheLibraryWithTheSampleArticles(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        assertThat(rows(robot)).isEqualTo(5);
        ImportReport report = library().lastImportProperty().get();
        assertThat(report).isNotNull();
        assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(5);
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).startsWith("5 imported, 0 duplicate, 0 skipped");
        // every article has a title and words; most have an outlet (from sidecars or the text)
        assertThat(fx(() -> library().articles().stream().allMatch(r -> r.displayTitle() != null && r.words() > 100))).isTrue();
        assertThat(fx(() -> library().outlets().size())).isGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#librarySummary").queryAs(Label.class).getText()).isEqualTo("5 articles");
        assertThat(robot.lookup("#libraryBanner").tryQuery()).isEmpty();
    }

    @Test
    void whileTheSamplesImportTheTableSaysSoNotThatTheLibraryIsEmpty(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<org.parallax.ui.TestWindows.Opened> second = new AtomicReference<>();
        // a second first run, watched from before it starts: the FX thread runs nothing else meanwhile
        robot.interact(() -> {
            org.parallax.ui.TestWindows.Opened opened = org.parallax.ui.TestWindows.openMainWindow(new Stage(),
                    temp.resolve("second"), 1000, 700);
            second.set(opened);
            Label placeholder = (Label) opened.view().lookup("#articleTable").lookup("#tablePlaceholder");
            Label shown = placeholder != null ? placeholder
                    : (Label) ((TableView<?>) opened.view().lookup("#articleTable")).getPlaceholder();
            said.add(shown.getText());
            shown.textProperty().addListener((obs, was, now) -> said.add(now));
        });
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> second.get().context().library().readyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(said).anyMatch(t -> t.startsWith("Importing the sample articles"))
                    .noneMatch(t -> t.startsWith("No articles yet"));
        } finally {
            robot.interact(() -> {
                second.get().context().close();
                ((Stage) second.get().view().getScene().getWindow()).close();
            });
        }
    }

    @Test
    void theDateFilterReadsIsoAndKeepsTextThatIsNoDate(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        javafx.scene.control.DatePicker from = robot.lookup("#dateFrom").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(from.getEditor()).write("2023-09-13").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> library().fromProperty().get())).isEqualTo(java.time.LocalDate.of(2023, 9, 13));
        assertThat(fx(() -> from.getEditor().getText())).isEqualTo("2023-09-13");

        robot.interact(() -> from.getEditor().clear());
        robot.clickOn(from.getEditor()).write("13th of Smarch").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // the text stays, the field says it is no date, the filter keeps its last date
        assertThat(fx(() -> from.getEditor().getText())).isEqualTo("13th of Smarch");
        assertThat(fx(() -> from.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("invalid"))))
                .isTrue();
        assertThat(fx(() -> library().fromProperty().get())).isEqualTo(java.time.LocalDate.of(2023, 9, 13));
    }

    @Test
    void aSearchEmptiedByFiltersSaysWhichAndClearsThem(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !library().stories().isEmpty());
        var story = fx(() -> library().stories().get(0));
        robot.interact(() -> {
            library().storyProperty().set(story);
            library().fromProperty().set(java.time.LocalDate.of(2100, 1, 1));
        });
        robot.clickOn("#searchField").write("Kursk");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().searchActiveProperty().get());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> library().hits().size())).isZero();
        String said = robot.lookup("#noResults").queryAs(Label.class).getText();
        assertThat(said).contains(story.label()).contains("from 2100-01-01");
        Button clear = robot.lookup("#clearSearchFilters").queryAs(Button.class);
        assertThat(clear.isVisible()).isTrue();
        robot.interact(clear::fire);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !library().hits().isEmpty());
        assertThat(fx(() -> library().storyProperty().get())).isNull();
        assertThat(fx(() -> library().fromProperty().get())).isNull();
    }

    @Test
    void searchShowsRankedResultsWithHighlightedSnippets(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        robot.clickOn("#searchField").write("\"North Korean\" AND Kursk");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().searchActiveProperty().get()
                && !library().hits().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        assertThat(results.isVisible()).isTrue();
        assertThat(robot.lookup("#articleTable").query().isVisible()).isFalse();
        assertThat(robot.lookup("#searchError").query().isVisible()).isFalse();
        List<HitRow> hits = fx(() -> List.copyOf(library().hits()));
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (int i = 0; i < hits.size(); i++) {
            HitRow h = hits.get(i);
            assertThat(h.rank()).isEqualTo(i + 1);
            String body = context.libraryActions().get(h.id()).orElseThrow().article().body();
            assertThat(body).containsIgnoringCase("kursk").containsIgnoringCase("north korean");
            if (i > 0) {
                assertThat(h.score()).isLessThanOrEqualTo(hits.get(i - 1).score());
            }
        }
        // the drawn snippets carry highlighted spans holding the query's words
        List<String> highlighted = fx(() -> robot.lookup("#searchResults ." + Styles.SNIPPET_HIGHLIGHT).queryAll().stream()
                .map(n -> ((Text) n).getText().toLowerCase(Locale.ROOT)).toList());
        assertThat(highlighted).isNotEmpty()
                .allMatch(t -> t.contains("kursk") || t.contains("north") || t.contains("korean"));
        assertThat(highlighted).anyMatch(t -> t.contains("kursk"));
        assertThat(robot.lookup("#librarySummary").queryAs(Label.class).getText()).endsWith(hits.size() == 1 ? "1 result" : hits.size() + " results");

        // selecting a result shows the article on the right
        robot.interact(() -> results.getSelectionModel().clearAndSelect(0));
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo(hits.get(0).article().title());

        // clearing the search brings the table back
        robot.interact(() -> library().queryProperty().set(""));
        assertThat(robot.lookup("#articleTable").query().isVisible()).isTrue();
    }

    @Test
    void aBadQueryShowsTheParsersMessage(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        robot.clickOn("#searchField").write("\"North Korean AND (");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !library().searchErrorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#searchError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(fx(() -> library().hits().size())).isZero();
        // fixing the query clears the error
        robot.interact(() -> library().queryProperty().set("Kursk"));
        robot.interact(() -> library().searchNow());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().searchErrorProperty().get().isEmpty()
                && !library().hits().isEmpty());
    }

    @Test
    void filtersByOutletAndDate(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        String outlet = fx(() -> library().outlets().stream().filter(o -> !o.isEmpty()).findFirst().orElseThrow());
        robot.interact(() -> library().outletFilterProperty().set(outlet));
        assertThat(fx(() -> table(robot).getItems().stream().allMatch(r -> outlet.equals(((ArticleRow) r).outlet())))).isTrue();
        assertThat(rows(robot)).isBetween(1, 4);
        robot.interact(() -> library().clearFilters());
        assertThat(rows(robot)).isEqualTo(5);
        long dated = fx(() -> library().articles().stream().filter(r -> r.published() != null).count());
        robot.interact(() -> library().fromProperty().set(java.time.LocalDate.of(2000, 1, 1)));
        assertThat((long) rows(robot)).isEqualTo(dated);
        robot.interact(() -> library().toProperty().set(java.time.LocalDate.of(2001, 1, 1)));
        assertThat(rows(robot)).isZero();
    }

    @Test
    void importingAFolderWithABadFileNamesItAndImportsTheOthers(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        Path folder = Files.createDirectories(temp.resolve("incoming"));
        Random random = new Random(7);
        Files.writeString(folder.resolve("one.txt"), article(random, 1), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("two.txt"), article(random, 2), StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(folder.resolve("picture.txt"), png);
        Files.write(folder.resolve("sheet.xlsx"), new byte[] {'P', 'K', 3, 4});
        Files.writeString(folder.resolve("tram.txt"), "Le conseil municipal a annoncé mardi que la nouvelle ligne de"
                + " tramway ouvrira au printemps, avec deux ans de retard.\n\nLe surcoût atteint 71,4 millions d'euros"
                + " selon la Cour des comptes régionale, qui a publié son rapport cette semaine.\n", StandardCharsets.UTF_8);
        robot.interact(() -> context.main().importFiles(List.of(folder)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            ImportReport r = library().lastImportProperty().get();
            return r != null && r.outcomes().size() == 5;
        });
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 8);
        ImportReport report = library().lastImportProperty().get();
        assertThat(report.count(ImportOutcome.Status.IMPORTED)).isEqualTo(3);
        assertThat(report.skipped()).extracting(o -> o.file().getFileName().toString())
                .containsExactlyInAnyOrder("picture.txt", "sheet.xlsx");
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).startsWith("3 imported, 0 duplicate, 2 skipped");
        // the list sits in a scroll pane, whose content joins the scene graph with its skin at the next pulse
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> fx(() -> !robot.lookup("#importSkipped .label").queryAll().isEmpty()));
        List<String> skippedTexts = fx(() -> robot.lookup("#importSkipped .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(skippedTexts).contains("picture.txt", "sheet.xlsx", "tram.txt");
        assertThat(String.join(" ", skippedTexts)).contains("not a text file").contains("not a format Parallax reads")
                .contains("in French");
        // the French article's detail says its language and that nothing was extracted
        int french = fx(() -> {
            List<?> items = table(robot).getItems();
            for (int i = 0; i < items.size(); i++) {
                if ("fra".equals(((ArticleRow) items.get(i)).language())) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(french).isNotNegative();
        robot.interact(() -> view.libraryView().table().getSelectionModel().clearAndSelect(french));
        assertThat(robot.lookup("#detailLanguage").queryAs(Label.class).getText())
                .startsWith("Language: French").contains("English text only");
        // nothing already there was lost, and importing again finds duplicates only
        robot.interact(() -> context.main().importFiles(List.of(folder)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            ImportReport r = library().lastImportProperty().get();
            return r != report && r != null && r.count(ImportOutcome.Status.DUPLICATE) == 3;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows(robot)).isEqualTo(8);
        robot.clickOn("#closeImportReport");
        assertThat(robot.lookup("#importReport").tryQuery()).isEmpty();
    }

    @Test
    void editingTheOutletShowsInTheTable(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        robot.interact(() -> view.libraryView().table().getSelectionModel().clearAndSelect(0));
        String id = fx(() -> view.libraryView().table().getSelectionModel().getSelectedItem().id());
        robot.clickOn("#editArticle");
        robot.doubleClickOn("#editOutlet").eraseText(60).write("Reuters Test Desk");
        robot.clickOn("#saveEdit");
        // the library's list is an FX list: read it on the FX thread
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(() -> library().articles().stream()
                .anyMatch(r -> r.id().equals(id) && "Reuters Test Desk".equals(r.outlet()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> table(robot).getItems().stream().map(r -> ((ArticleRow) r).outlet()).toList()))
                .contains("Reuters Test Desk");
        assertThat(fx(() -> library().outlets())).contains("Reuters Test Desk");
        // the edited article stays selected and its detail shows the edit
        assertThat(robot.lookup("#detailOutlet").queryAs(Label.class).getText()).isEqualTo("Reuters Test Desk");
        assertThat(robot.lookup("#detailEdited").tryQuery()).isPresent();
    }

    @Test
    void removeAsksThenTakesOneRowAway(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        robot.interact(() -> view.libraryView().table().getSelectionModel().clearAndSelect(1));
        String id = fx(() -> view.libraryView().table().getSelectionModel().getSelectedItem().id());
        robot.clickOn("#removeArticle");
        robot.clickOn("#confirmRemove");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 4);
        assertThat(fx(() -> library().articles().stream().noneMatch(r -> r.id().equals(id)))).isTrue();
        assertThat(robot.lookup("#detailPlaceholder").tryQuery()).isPresent();
    }

    @Test
    void compareHandsTheSelectedIdsToTheHook(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        List<List<String>> asked = new ArrayList<>();
        robot.interact(() -> library().setOnCompare(asked::add));
        assertThat(robot.lookup("#compare").query().isDisabled()).isTrue();
        robot.interact(() -> {
            view.libraryView().table().getSelectionModel().clearSelection();
            view.libraryView().table().getSelectionModel().selectIndices(0, 2, 3);
        });
        assertThat(robot.lookup("#compare").query().isDisabled()).isFalse();
        robot.clickOn("#articleTable");
        robot.interact(() -> {
            view.libraryView().table().getSelectionModel().clearSelection();
            view.libraryView().table().getSelectionModel().selectIndices(0, 2, 3);
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).hasSize(3).doesNotHaveDuplicates();
    }

    /**
     * 4,000 articles import off the FX thread: the progress moves, the FX thread keeps answering (runLater and a
     * search typed meanwhile), and Cancel stops the import with every article imported so far kept. The folder is
     * large so that a fast machine is still importing when the robot has typed the search and reaches Cancel
     * (1,000 articles were done before that on CI); only the articles read before Cancel cost time.
     */
    @Test
    void aLongImportKeepsTheUiResponsiveAndCancelsCleanly(FxRobot robot) throws Exception {
        awaitSeeds(robot);
        robot.interact(() -> library().dismissImport());
        int articles = 4000;
        Path folder = Files.createDirectories(temp.resolve("thousands"));
        Random random = new Random(2024);
        for (int i = 0; i < articles; i++) {
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "article-%04d.txt", i)), article(random, i));
        }
        robot.interact(() -> context.main().importFiles(List.of(folder)));
        Task<?> task = fx(() -> context.tasks().currentProperty().get());
        assertThat(task).isNotNull();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(task::getProgress) > 0.005);
        double first = fx(task::getProgress);

        // the FX thread answers while the import runs
        for (int i = 0; i < 5; i++) {
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            assertThat(answered.await(2, TimeUnit.SECONDS)).as("FX thread answers within 2 s").isTrue();
        }
        robot.clickOn("#searchField").write("Kursk");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().searchActiveProperty().get());
        assertThat(fx(task::isDone)).as("the import still runs").isFalse();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> fx(task::getProgress) > first);

        assertThat(fx(task::isDone)).as("the import still runs when Cancel is clicked").isFalse();
        robot.clickOn("#cancelTask");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().lastImportProperty().get() != null);
        ImportReport report = library().lastImportProperty().get();
        assertThat(report.cancelled()).as("the import report says cancelled").isTrue();
        long imported = report.count(ImportOutcome.Status.IMPORTED);
        assertThat(imported).isBetween(1L, articles - 1L);
        robot.interact(() -> library().queryProperty().set(""));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().totalProperty().get() == 5 + imported);
        assertThat(robot.lookup("#importSummary").queryAs(Label.class).getText()).contains("cancelled");
        assertThat(robot.lookup("#cancelTask").query().isVisible()).isFalse();
    }

    /** A made-up news article: a title line, then paragraphs with figures, a quote and an attribution. */
    static String article(Random random, int n) {
        String[] places = {"Kyiv", "Seoul", "Brussels", "Washington", "Moscow", "Tokyo", "Warsaw", "Kursk"};
        String[] officials = {"the defence ministry", "a senior official", "the foreign minister", "military analysts", "the agency"};
        StringBuilder b = new StringBuilder();
        String place = places[random.nextInt(places.length)];
        b.append("Report ").append(n).append(": ").append(place).append(" talks end without agreement on aid\n\n");
        for (int p = 0; p < 5; p++) {
            b.append(place.toUpperCase(Locale.ROOT)).append(", ").append(1 + random.nextInt(28)).append(" November — ");
            b.append("About ").append(1000 + random.nextInt(90000)).append(" people attended the meeting on day ")
                    .append(n).append('-').append(p).append(", ").append(officials[random.nextInt(officials.length)])
                    .append(" said on Tuesday. ");
            b.append("\"We will keep working until every family has what it needs,\" said ")
                    .append(officials[random.nextInt(officials.length)]).append(". ");
            b.append("The budget rose by ").append(2 + random.nextInt(40)).append(" percent to $")
                    .append(1 + random.nextInt(900)).append(" million, according to figures published this week. ");
            b.append("Observers noted that the plan covers ").append(3 + random.nextInt(20))
                    .append(" regions and would take years to complete.\n\n");
        }
        return b.toString();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unused")
    private static boolean visible(Node n) {
        return n != null && n.isVisible();
    }
}

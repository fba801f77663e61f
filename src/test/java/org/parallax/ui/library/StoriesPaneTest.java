package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.story.Stories;
import org.parallax.ui.AppContext;
import org.parallax.ui.MainView;
import org.parallax.ui.Page;
import org.parallax.ui.TestWindows;
import org.parallax.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Stories panel over a real library of the sample articles, headless: the five seeds show as one story with
 * their outlets and dates; choosing it filters the table; double-click, Enter, the button and the menu's Compare
 * story open it as the comparison of exactly those articles; an unrelated pasted article becomes a story of its
 * own that cannot be compared.
 */
@ExtendWith(ApplicationExtension.class)
class StoriesPaneTest {

    private static final int WAIT = 90;

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

    private void awaitStories(int count) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library().readyProperty().get()
                && library().storiesTaskProperty().get() == null && library().stories().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<Stories.Story> list(FxRobot robot) {
        return robot.lookup("#storyList").queryAs(ListView.class);
    }

    private void awaitComparisonOf(List<String> ids) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> context.comparisonScreen().model().comparison()
                .map(c -> c.articles().stream().map(Article::id).toList().equals(ids)).orElse(false)
                && !context.comparisonScreen().model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.main().pageProperty().get()).isEqualTo(Page.COMPARISON);
        assertThat(robot().lookup("#comparisonScreen").query().isVisible()).isTrue();
        assertThat(robot().lookup("#libraryView").query().isVisible()).isFalse();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private void backToLibrary(FxRobot robot) {
        robot.interact(() -> context.main().pageProperty().set(Page.LIBRARY));
    }

    @Test
    void theSeedsShowAsOneStoryThatOpensAsTheirComparison(FxRobot robot) throws Exception {
        awaitStories(1);
        Stories.Story story = fx(() -> library().stories().get(0));
        List<String> seedIds = fx(() -> library().articles().stream().map(ArticleRow::id).toList());
        assertThat(story.ids()).containsExactlyInAnyOrderElementsOf(seedIds).hasSize(5);
        assertThat(story.comparable()).isTrue();
        assertThat(robot.lookup("#storiesPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#storiesCount").queryLabeled().getText()).isEqualTo("1 to compare");
        // the cell tells the story at a glance: label, counts, date range
        List<String> texts = fx(() -> robot.lookup("#storyList ." + Styles.STORY_META).queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertThat(texts).anyMatch(t -> t.startsWith("5 articles · " + story.outlets().size() + " outlets"));
        assertThat(texts).anyMatch(t -> t.contains("–"));
        assertThat(robot.lookup("#compareStory").queryAs(Button.class).isDisabled()).isTrue();

        // choosing it filters the table to its articles and enables Compare story
        robot.clickOn(robot.lookup("#storyList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library().storyProperty().get()).isEqualTo(story);
        assertThat(fx(() -> library().articles().size())).isEqualTo(5);
        assertThat(robot.lookup("#compareStory").queryAs(Button.class).isDisabled()).isFalse();

        // double-click opens the comparison of exactly the story's articles
        robot.doubleClickOn(robot.lookup("#storyList .list-cell").nth(0).queryAs(javafx.scene.Node.class), MouseButton.PRIMARY);
        awaitComparisonOf(story.ids());

        // Enter on the list, the button and the menu item (Ctrl+Shift+Enter) do the same
        backToLibrary(robot);
        robot.interact(() -> context.comparisonScreen().model().cancel());
        robot.interact(() -> list(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        awaitComparisonOf(story.ids());
        backToLibrary(robot);
        robot.clickOn("#compareStory");
        awaitComparisonOf(story.ids());
        backToLibrary(robot);
        MenuItem menu = menuItem(robot, "menu.article.compareStory");
        assertThat(menu.isDisable()).isFalse();
        assertThat(menu.getAccelerator().getName()).contains("Enter");
        robot.interact(menu::fire);
        awaitComparisonOf(story.ids());
    }

    @Test
    void anUnrelatedArticleIsAStoryOfItsOwnThatDoesNotOpen(FxRobot robot) throws Exception {
        awaitStories(1);
        String garden = gardenArticle(new Random(11));
        robot.interact(() -> library().importText(garden,
                new Metadata("Pruning roses in a wet spring", "Garden Weekly", null, null, null, null, null)));
        awaitStories(2);
        Stories.Story seeds = fx(() -> library().stories().get(0));
        Stories.Story single = fx(() -> library().stories().get(1));
        assertThat(seeds.size()).isEqualTo(5);
        assertThat(single.size()).isEqualTo(1);
        assertThat(single.comparable()).isFalse();
        assertThat(single.label()).isEqualTo("Pruning roses in a wet spring");
        assertThat(robot.lookup("#storiesCount").queryLabeled().getText()).isEqualTo("1 to compare");

        robot.interact(() -> library().storyProperty().set(single));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> library().articles().size())).isEqualTo(1);
        assertThat(robot.lookup("#compareStory").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(menuItem(robot, "menu.article.compareStory").isDisable()).isTrue();
        assertThat(fx(() -> robot.lookup("#storyList ." + Styles.STORY_SINGLE).queryAll().size())).isEqualTo(1);
        robot.interact(() -> list(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.main().pageProperty().get()).isEqualTo(Page.LIBRARY);
        assertThat(context.main().statusProperty().get()).contains("only one article");

        // clearing the filters shows every article again
        robot.clickOn("#allStories");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library().storyProperty().get()).isNull();
        assertThat(fx(() -> library().articles().size())).isEqualTo(6);
    }

    static String gardenArticle(Random r) {
        String[] words = ("garden rose pruning compost mulch soil seedling greenhouse frost bloom petal hedge lawn "
                + "watering spring shears cutting aphid fertiliser border").split(" ");
        StringBuilder b = new StringBuilder("Pruning roses in a wet spring\n\n");
        for (int p = 0; p < 5; p++) {
            for (int s = 0; s < 5; s++) {
                b.append("The");
                for (int i = 0; i < 12; i++) {
                    b.append(' ').append(words[r.nextInt(words.length)]);
                }
                b.append(". ");
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }
}

package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.deveval.DevEval;
import org.parallax.ui.AppContext;
import org.parallax.ui.Theme;
import org.parallax.ui.common.AppExecutor;
import org.parallax.ui.common.Styles;
import org.parallax.ui.common.Tasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison screen at 1366×768 (the commonest journalist laptop) with 2, 5, 10 and 20 articles: the seeds for
 * 2 and 5, real dev-eval articles (several stories, in their folders' order) for 10 and 20, each compared by the
 * real engine. Measured on the rendered nodes: no label ellipsized (the text drawn is the model's), no header
 * overlapping its neighbour, no line of the claims view broken inside a word, the core's first group as the first
 * row, and selecting a row brings its first mention into the side-by-side view's viewport.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonLayoutTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private AppExecutor executor;
    private ComparisonScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        executor = new AppExecutor("layout-test", 1);
        screen = new ComparisonScreen(new Tasks(executor, (title, e) -> failures.add(e)), SeedComparisons.messages());
        Scene scene = new Scene((Parent) screen.view(), WIDTH, HEIGHT);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    /** {@code n} articles with their extractions: the seeds for up to 5, else dev-eval articles. */
    private static SeedComparisons.Loaded articles(int n) throws Exception {
        if (n <= 5) {
            List<String> names = SeedComparisons.allNames();
            return SeedComparisons.load(names.subList(0, n));
        }
        List<Article> articles = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        Extractor extractor = new Extractor();
        for (DevEval.Story story : DevEval.stories()) {
            for (DevEval.Article a : story.articles()) {
                if (articles.size() == n) {
                    break;
                }
                Article loaded = new ArticleLoader().load(a.file());
                Metadata m = loaded.metadata();
                LocalDate date = a.date() != null && a.date().length() == 10 ? LocalDate.parse(a.date()) : null;
                Article withMeta = loaded.withMetadata(new Metadata(m.title(), a.outlet(), m.byline(), m.wire(),
                        m.dateline(), date, m.url()));
                articles.add(withMeta);
                extractions.add(extractor.extract(withMeta.body()));
            }
        }
        assertThat(articles).hasSize(n);
        return new SeedComparisons.Loaded(articles, extractions);
    }

    private void compare(FxRobot robot, int n) throws Exception {
        SeedComparisons.Loaded loaded = articles(n);
        robot.interact(() -> screen.show(loaded.articles(), loaded.extractions()));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS,
                () -> screen.model().comparison().isPresent() && !screen.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failures).isEmpty();
        assertThat(stage.getScene().getWidth()).isEqualTo(WIDTH);
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsTextCutWithAnEllipsisAndWordsBrokenInside(FxRobot robot) {
        javafx.scene.control.Label cut = new javafx.scene.control.Label("Successive Interior Ministry updates");
        cut.setMaxWidth(90);
        Text broken = new Text("Catastrophic 10,000 people");
        broken.setWrappingWidth(40);
        javafx.scene.control.Label whole = new javafx.scene.control.Label("Death toll");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(cut, broken, whole);
        robot.interact(() -> stage.getScene().setRoot(box));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        checkText(box, problems);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("cut: 'Successive"))
                .anySatisfy(p -> assertThat(p).startsWith("broken inside a word"))
                .noneSatisfy(p -> assertThat(p).contains("Death toll"));
    }

    @ParameterizedTest(name = "{0} articles")
    @ValueSource(ints = {2, 5, 10, 20})
    void theClaimsViewShowsEveryWordWholeAndTheCoresFirstGroupFirst(int n, FxRobot robot) throws Exception {
        compare(robot, n);
        Comparison c = screen.model().comparison().orElseThrow();
        ClaimsView figures = screen.figures();
        assertThat(figures.rows()).hasSize(c.claims().figureGroups().size());
        if (!figures.rows().isEmpty()) {
            assertThat(figures.rows().get(0).index()).isZero();
            // after the first, differing rows before agreeing ones
            List<Integer> ranks = figures.rows().subList(1, figures.rows().size()).stream()
                    .map(r -> ClaimRows.rank(r.verdict())).toList();
            assertThat(ranks).isSorted();
        }
        List<String> problems = new ArrayList<>();
        checkText(screen.view().lookup("#comparisonSummary"), problems);
        checkText(screen.view().lookup("#comparisonTabs .tab-header-area"), problems);
        checkText(figures, problems);
        assertThat(problems).as("text cut or broken inside a word").isEmpty();
    }

    @ParameterizedTest(name = "{0} articles")
    @ValueSource(ints = {2, 5, 10, 20})
    void theSideBySideHeadersNeverOverlapAndARowBringsItsMentionIntoView(int n, FxRobot robot) throws Exception {
        compare(robot, n);
        ClaimsView figures = screen.figures();
        int row = -1;
        for (int i = 0; i < figures.rows().size(); i++) {
            if (figures.rows().get(i).verdict() == Verdict.DIFFER || figures.rows().get(i).verdict() == Verdict.CONSISTENT) {
                row = i;
                break;
            }
        }
        int chosen = Math.max(0, row);
        robot.interact(() -> {
            screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE);
            if (!figures.rows().isEmpty()) {
                figures.select(chosen);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        SideBySideView view = screen.sideBySide();
        List<String> problems = new ArrayList<>();
        Bounds previous = null;
        for (int i = 0; i < n; i++) {
            Node header = view.lookup("#columnHeader-" + i);
            assertThat(header).as("header %d", i).isNotNull();
            Bounds b = header.localToScene(header.getBoundsInLocal());
            if (previous != null && b.getMinX() < previous.getMaxX()) {
                problems.add("header " + i + " overlaps header " + (i - 1));
            }
            previous = b;
            for (String part : List.of("#columnOutlet-" + i, "#columnDetail-" + i)) {
                Labeled l = (Labeled) view.lookup(part);
                Bounds lb = l.localToScene(l.getBoundsInLocal());
                if (lb.getMaxX() > b.getMaxX() + 0.5) {
                    problems.add(part + " spills out of its header");
                }
            }
            checkText(header, problems);
        }
        checkText(view.lookup(".comparison-toolbar"), problems);
        assertThat(problems).as("headers cut or overlapping").isEmpty();

        if (figures.rows().isEmpty()) {
            return;
        }
        HighlightRef current = screen.model().view().getCurrent();
        assertThat(current).isNotNull();
        assertThat(screen.model().view().getModel().highlight(current).claim())
                .isEqualTo(figures.rows().get(chosen).claim());
        Node cell = view.lookup("#cell-" + current.row() + "-" + current.column());
        assertThat(cell.getStyleClass()).contains(Styles.CURRENT);
        ScrollPane scroll = (ScrollPane) view.lookup("#comparisonScroll");
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds shown = cell.localToScene(cell.getBoundsInLocal());
        assertThat(shown.getMinX()).as("the mention's column is scrolled into view").isBetween(viewport.getMinX() - 1, viewport.getMaxX() - 40);
        assertThat(shown.getMaxY()).as("the mention's row is scrolled into view").isGreaterThan(viewport.getMinY());
        assertThat(shown.getMinY()).isLessThan(viewport.getMaxY());
    }

    /**
     * Adds to {@code problems} every visible label under {@code root} whose drawn text is not its own text (cut
     * with an ellipsis), and every line of drawn text that breaks inside a word.
     */
    static void checkText(Node root, List<String> problems) {
        if (root == null || !root.isVisible()) {
            return;
        }
        if (root instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Text drawn = (Text) l.lookup(".text");
            if (drawn != null && !drawn.getText().replace("\n", " ").strip().equals(l.getText().replace("\n", " ").strip())) {
                problems.add("cut: '" + l.getText() + "' drawn as '" + drawn.getText() + "'");
            }
        }
        if (root instanceof Text t && t.getText() != null && t.getText().length() > 1) {
            String s = t.getText();
            double lastY = caretY(t, 0);
            for (int i = 1; i < s.length(); i++) {
                double y = caretY(t, i);
                if (y > lastY + 1) {
                    char before = s.charAt(i - 1);
                    if (!Character.isWhitespace(before) && before != '-' && before != '–' && before != '/') {
                        problems.add("broken inside a word at " + i + ": '" + s + "'");
                    }
                }
                lastY = Math.max(lastY, y);
            }
        }
        if (root instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                checkText(child, problems);
            }
        }
    }

    /** The top of the caret before character {@code i}: it moves down where a line wraps. */
    private static double caretY(Text t, int i) {
        javafx.scene.shape.PathElement[] shape = t.caretShape(i, true);
        return shape == null || shape.length == 0 ? 0 : new javafx.scene.shape.Path(shape).getLayoutBounds().getMinY();
    }
}

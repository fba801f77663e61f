package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
 * row, and selecting a row brings its first mention into the side-by-side view's viewport. The claims view also at
 * 1920×1080 and in the dark theme with 5 and 20 articles: nothing cut, no tab clipping its count, no chip past the
 * view's edge, agreeing and one-outlet rows one line tall.
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

    /** Each size's comparison, made once by the real engine for this test class and shown again after. */
    private static final java.util.Map<Integer, Comparison> COMPARED = new java.util.concurrent.ConcurrentHashMap<>();

    private void compare(FxRobot robot, int n) throws Exception {
        compare(robot, n, WIDTH, HEIGHT);
    }

    private void compare(FxRobot robot, int n, double width, double height) throws Exception {
        if (width != WIDTH || height != HEIGHT) {
            robot.interact(() -> {
                Parent root = stage.getScene().getRoot();
                stage.getScene().setRoot(new javafx.scene.Group());
                Scene scene = new Scene(root, width, height);
                scene.getStylesheets().add(AppContext.APP_CSS);
                stage.setScene(scene);
                // inside the (headless) screen: a window past its edge overflows Monocle's painter
                stage.setX(0);
                stage.setY(0);
            });
        }
        Comparison made = COMPARED.get(n);
        if (made != null) {
            robot.interact(() -> screen.show(made));
        } else {
            SeedComparisons.Loaded loaded = articles(n);
            robot.interact(() -> screen.show(loaded.articles(), loaded.extractions()));
        }
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS,
                () -> screen.model().comparison().isPresent() && !screen.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failures).isEmpty();
        COMPARED.putIfAbsent(n, screen.model().comparison().orElseThrow());
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsTextCutWithAnEllipsisAndWordsBrokenInside(FxRobot robot) {
        javafx.scene.control.Label cut = new javafx.scene.control.Label("Successive Interior Ministry updates");
        cut.setMaxWidth(90);
        Text broken = new Text("Catastrophic 10,000 people");
        broken.setWrappingWidth(40);
        javafx.scene.control.Label whole = new javafx.scene.control.Label("Death toll");
        TextFlow brokenFlow = new TextFlow(new Text("Unprecedented"), new Text(" flooding"));
        brokenFlow.setMaxWidth(45);
        brokenFlow.setPrefWidth(45);
        TextFlow wholeFlow = new TextFlow(new Text("Rain fell for days"));
        wholeFlow.setMaxWidth(60);
        wholeFlow.setPrefWidth(60);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(cut, broken, whole, brokenFlow, wholeFlow);
        robot.interact(() -> stage.getScene().setRoot(box));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        checkText(box, problems);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("cut: 'Successive"))
                .anySatisfy(p -> assertThat(p).startsWith("broken inside a word"))
                .anySatisfy(p -> assertThat(p).contains("'Unprecedented flooding'"))
                .noneSatisfy(p -> assertThat(p).contains("Death toll"))
                .noneSatisfy(p -> assertThat(p).contains("Rain fell"));
    }

    @ParameterizedTest(name = "{0} articles")
    @ValueSource(ints = {2, 5, 10, 20})
    void theClaimsViewShowsEveryWordWholeAndTheCoresFirstGroupFirst(int n, FxRobot robot) throws Exception {
        compare(robot, n);
        checkClaimsView(robot);
    }

    /** The same on a large screen and in the dark theme (its own font sizes and paddings come from the theme). */
    @ParameterizedTest(name = "{0} articles at {1}×{2}, {3}")
    @org.junit.jupiter.params.provider.CsvSource({"5, 1920, 1080, LIGHT", "20, 1920, 1080, DARK", "5, 1366, 768, DARK",
        "20, 1366, 768, DARK"})
    void theClaimsViewShowsEveryWordWholeOnALargeScreenAndInTheDarkTheme(int n, double width, double height,
                                                                         Theme theme, FxRobot robot) throws Exception {
        robot.interact(theme::apply);
        try {
            compare(robot, n, width, height);
            checkClaimsView(robot);
        } finally {
            robot.interact(Theme.LIGHT::apply);
        }
    }

    private void checkClaimsView(FxRobot robot) throws Exception {
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
        // closed, agreeing and one-outlet rows take one line: no taller than a differing row's name and verdict
        robot.interact(() -> {
            double line = 0;
            for (int i = 0; i < figures.rows().size(); i++) {
                Node name = figures.lookup("#" + figures.getId() + "-name-" + i);
                line = Math.max(line, name.getLayoutBounds().getHeight());
            }
            for (int i = 0; i < figures.rows().size(); i++) {
                ClaimRows.Row row = figures.rows().get(i);
                double h = figures.rowNode(i).getHeight();
                Node name = figures.lookup("#" + figures.getId() + "-name-" + i);
                // one line of chips, or the name when it wraps
                double allowed = Math.max(2.6 * line, name.getLayoutBounds().getHeight() + line);
                if (row.compact() && row.chips().size() <= 3 && h > allowed) {
                    problems.add("compact row " + i + " (" + row.name() + ") is " + h + " px tall, more than one line ("
                            + allowed + ")");
                }
            }
        });
        // every row opened to each outlet's sentence: the outlets and sentences wrap between words too
        robot.interact(() -> {
            for (int i = 0; i < figures.rows().size(); i++) {
                figures.setOpen(i, true);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        checkText(screen.view().lookup("#comparisonSummary"), problems);
        checkText(screen.view().lookup("#comparisonTabs .tab-header-area"), problems);
        checkText(figures, problems);
        robot.interact(() -> checkTabsAndChips(figures, problems));
        assertThat(problems).as("text cut or broken inside a word").isEmpty();
    }

    /**
     * Every tab's title and count inside its tab (not clipped), and every chip, bracket and row inside the claims
     * view's width (a chip wider than the row would be cut at the window's edge).
     */
    private void checkTabsAndChips(ClaimsView figures, List<String> problems) {
        for (Node tab : screen.tabs().lookupAll(".tab")) {
            Node container = tab.lookup(".tab-container");
            Node label = tab.lookup(".tab-label");
            if (container == null || !(label instanceof Labeled l) || l.getGraphic() == null) {
                continue;
            }
            Bounds box = container.localToScene(container.getLayoutBounds());
            Bounds g = l.getGraphic().localToScene(l.getGraphic().getLayoutBounds());
            if (g.getMaxX() > box.getMaxX() + 0.5) {
                problems.add("tab " + tab.getId() + " clips its title or count: " + g.getMaxX() + " > " + box.getMaxX());
            }
        }
        Bounds view = figures.localToScene(figures.getLayoutBounds());
        for (String kind : List.of("." + ClaimsView.CHIP, ".claim-cluster", ".claim-not-reported")) {
            for (Node n : figures.lookupAll(kind)) {
                if (!n.isVisible() || n.getScene() == null) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > view.getMaxX() + 0.5) {
                    problems.add(kind + " " + n.getAccessibleText() + " runs past the view's right edge: " + b.getMaxX()
                            + " > " + view.getMaxX());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} articles")
    @ValueSource(ints = {2, 5, 10, 20})
    void theSideBySideHeadersNeverOverlapAndARowScrollsEveryColumnToItsMention(int n, FxRobot robot) throws Exception {
        compare(robot, n);
        ClaimsView figures = screen.figures();
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < figures.rows().size(); i++) {
            if (figures.rows().get(i).verdict() == Verdict.DIFFER || figures.rows().get(i).verdict() == Verdict.CONSISTENT) {
                differing.add(i);
            }
        }
        // the row chosen in the claims view, before the side-by-side view is shown
        int chosen = differing.isEmpty() ? 0 : differing.get(0);
        robot.interact(() -> {
            if (!figures.rows().isEmpty()) {
                figures.select(chosen);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE));
        SideBySideView view = screen.sideBySide();
        waitFor(() -> view.lookup("#columnHeader-" + (n - 1)) != null);

        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            Bounds previous = null;
            double measure = fortyCharacters();
            for (int i = 0; i < n; i++) {
                Node header = view.lookup("#columnHeader-" + i);
                if (header == null) {
                    found.add("no header " + i);
                    continue;
                }
                Bounds b = header.localToScene(header.getBoundsInLocal());
                if (previous != null && b.getMinX() < previous.getMaxX()) {
                    found.add("header " + i + " overlaps header " + (i - 1));
                }
                previous = b;
                for (String part : List.of("#columnOutlet-" + i, "#columnDetail-" + i)) {
                    Labeled l = (Labeled) view.lookup(part);
                    Bounds lb = l.localToScene(l.getBoundsInLocal());
                    if (lb.getMaxX() > b.getMaxX() + 0.5) {
                        found.add(part + " spills out of its header");
                    }
                    // one line each
                    if (lb.getHeight() > 2.2 * l.getFont().getSize()) {
                        found.add(part + " takes more than one line: " + lb.getHeight());
                    }
                }
                checkText(header, found);
            }
            checkText(view.lookup(".comparison-toolbar"), found);
            // every column's text at least about forty characters wide, and no word broken inside a line
            for (Node area : view.lookupAll(".cell-text")) {
                if (area.getLayoutBounds().getWidth() < measure) {
                    found.add(area.getId() + " is " + area.getLayoutBounds().getWidth() + " px wide, under "
                            + measure + " px (forty characters)");
                }
                checkText(area, found);
            }
            return found;
        });
        assertThat(problems).as("headers or columns cut, overlapping, too narrow or broken inside words").isEmpty();

        if (figures.rows().isEmpty()) {
            return;
        }
        assertEveryColumnShowsItsMention(figures.rows().get(chosen).claim());

        // chosen again with the side-by-side view shown: another differing row, if there is one
        if (differing.size() > 1) {
            int other = differing.get(differing.size() - 1);
            robot.interact(() -> figures.select(other));
            assertEveryColumnShowsItsMention(figures.rows().get(other).claim());
        }
    }

    @org.junit.jupiter.api.Test
    void aPinnedColumnStaysAtTheLeftWhileTheOthersScroll(FxRobot robot) throws Exception {
        int n = 5;
        compare(robot, n);
        robot.interact(() -> screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE));
        SideBySideView view = screen.sideBySide();
        waitFor(() -> view.lookup("#columnPin-" + (n - 1)) != null);
        String last = onFx(() -> ((Labeled) view.lookup("#columnOutlet-" + (n - 1))).getText());
        ScrollPane scroll = view.rowsScroll();
        assertThat(onFx(() -> scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth()))
                .as("five columns of forty characters are wider than the window").isTrue();
        // scrolled to the last column, pin it
        robot.interact(() -> scroll.setHvalue(1));
        waitFor(() -> {
            Node pin = view.lookup("#columnPin-" + (n - 1));
            Bounds b = pin.localToScene(pin.getLayoutBounds());
            return b.getMaxX() <= stage.getScene().getWidth() && b.getMinX() >= 0;
        });
        robot.clickOn("#columnPin-" + (n - 1));
        // the pinned column comes first, and stays at the left of the viewport
        waitFor(() -> view.lookup("#columnOutlet-0") != null && last.equals(((Labeled) view.lookup("#columnOutlet-0")).getText())
                && ((javafx.scene.control.ToggleButton) view.lookup("#columnPin-0")).isSelected());
        robot.interact(() -> scroll.setHvalue(1));
        String[] seen = {""};
        try {
            waitFor(() -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds port = viewport.localToScene(viewport.getLayoutBounds());
            Node pinnedHeader = view.lookup("#columnHeader-0");
            Node pinnedCell = view.lookup("#cell-0-0");
            Node lastHeader = view.lookup("#columnHeader-" + (n - 1));
            Bounds h = pinnedHeader.localToScene(pinnedHeader.getLayoutBounds());
            Bounds c = pinnedCell.localToScene(pinnedCell.getLayoutBounds());
            Bounds l = lastHeader.localToScene(lastHeader.getLayoutBounds());
            seen[0] = "viewport " + port + ", pinned header " + h + ", its cell " + c + ", last header " + l;
            // at the left of the viewport, header over its cells, and the last column shown beside it, not under it
            return Math.abs(h.getMinX() - c.getMinX()) < 2 && c.getMinX() >= port.getMinX() - 1
                    && c.getMinX() < port.getMinX() + 30 && l.getMinX() >= h.getMaxX() - 1 && l.getMaxX() <= port.getMaxX() + 1;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the pinned column is not at the left beside the last one: " + seen[0], e);
        }
        // unpinned, it goes back to its place
        robot.interact(() -> scroll.setHvalue(0));
        robot.clickOn("#columnPin-0");
        waitFor(() -> view.lookup("#columnOutlet-" + (n - 1)) != null
                && last.equals(((Labeled) view.lookup("#columnOutlet-" + (n - 1))).getText()));
    }

    /**
     * Waits until every column that mentions {@code claim} has its mention inside the rows' viewport (top to
     * bottom; columns scrolled sideways out of the window share the same height), and the mention's cell marked.
     */
    private void assertEveryColumnShowsItsMention(ClaimRef claim) throws Exception {
        SideBySideView view = screen.sideBySide();
        List<String> last = new ArrayList<>();
        try {
            waitFor(() -> {
                last.clear();
                last.addAll(mentionsOutOfView(view, claim));
                return last.isEmpty();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(last).as("each column's mention of %s in its viewport", claim).isEmpty();
        }
        HighlightRef current = onFx(() -> screen.model().view().getCurrent());
        assertThat(current).isNotNull();
        assertThat(onFx(() -> screen.model().view().getModel().highlight(current).claim())).isEqualTo(claim);
        // the cell is marked in a later pulse than the scroll: wait for it (a loaded machine missed it once)
        try {
            waitFor(() -> {
                Node c = view.lookup("#cell-" + current.row() + "-" + current.column());
                return c != null && c.getStyleClass().containsAll(List.of(Styles.CURRENT, SideBySideView.CLAIM_MENTION));
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what the cell has
        }
        Node cell = onFx(() -> view.lookup("#cell-" + current.row() + "-" + current.column()));
        assertThat(cell.getStyleClass()).contains(Styles.CURRENT, SideBySideView.CLAIM_MENTION);
        // the current mention's column is shown sideways too
        ScrollPane scroll = view.rowsScroll();
        Bounds viewport = onFx(() -> scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds()));
        Bounds shown = onFx(() -> cell.localToScene(cell.getBoundsInLocal()));
        assertThat(shown.getMinX()).as("the mention's column is scrolled into view").isBetween(viewport.getMinX() - 1, viewport.getMaxX() - 40);
    }

    /** Problems found: a column whose mention of {@code claim} is not inside the viewport, top to bottom. */
    private static List<String> mentionsOutOfView(SideBySideView view, ClaimRef claim) {
        List<String> out = new ArrayList<>();
        if (!claim.equals(screenClaim(view))) {
            out.add("claim chosen is " + screenClaim(view));
            return out;
        }
        List<Optional<HighlightRef>> refs = view.viewModel().getModel().mentions(claim);
        List<Optional<Bounds>> bounds = view.claimMentionBounds();
        Node viewport = view.rowsScroll().lookup(".viewport");
        Bounds port = viewport.localToScene(viewport.getLayoutBounds());
        int mentioned = 0;
        for (int c = 0; c < refs.size(); c++) {
            if (refs.get(c).isEmpty()) {
                continue;
            }
            mentioned++;
            if (c >= bounds.size() || bounds.get(c).isEmpty()) {
                out.add("column " + c + ": mention not laid out");
                continue;
            }
            Bounds b = bounds.get(c).get();
            if (b.getMinY() < port.getMinY() - 1 || b.getMaxY() > port.getMaxY() + 1) {
                out.add("column " + c + ": mention at y " + b.getMinY() + ".." + b.getMaxY() + ", viewport "
                        + port.getMinY() + ".." + port.getMaxY());
            }
            Node cell = view.lookup("#cell-" + refs.get(c).get().row() + "-" + c);
            if (cell == null || !cell.getStyleClass().contains(SideBySideView.CLAIM_MENTION)) {
                out.add("column " + c + ": mention's cell not marked");
            }
        }
        if (mentioned == 0) {
            out.add("no column mentions " + claim);
        }
        return out;
    }

    private static ClaimRef screenClaim(SideBySideView view) {
        return view.viewModel().claimProperty().get();
    }

    /** The width of forty characters of body text, as a column's text areas draw it. */
    private static double fortyCharacters() {
        Text sample = new Text("the quick brown fox jumps over the lazy ");
        sample.setFont(javafx.scene.text.Font.font(14));
        return sample.getLayoutBounds().getWidth();
    }

    /** Waits (up to a minute, the machine may be loaded) for {@code condition}, read on the FX thread. */
    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get());
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
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
        if (root instanceof TextFlow flow) {
            // a paragraph of a column (or an opened claim's sentence): its lines break where its words end
            StringBuilder text = new StringBuilder();
            for (Node child : flow.getChildrenUnmodifiable()) {
                if (!child.isManaged()) {
                    continue;
                }
                text.append(child instanceof Text t ? t.getText() : "\uFFFC");
            }
            String s = text.toString();
            double lastY = flowCaretY(flow, 0);
            for (int i = 1; i < s.length(); i++) {
                double y = flowCaretY(flow, i);
                if (y > lastY + 1) {
                    char before = s.charAt(i - 1);
                    if (!Character.isWhitespace(before) && before != '-' && before != '–' && before != '/') {
                        problems.add("broken inside a word at " + i + ": '" + s + "'");
                    }
                }
                lastY = Math.max(lastY, y);
            }
            return;
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

    private static double flowCaretY(TextFlow flow, int i) {
        javafx.scene.shape.PathElement[] shape = flow.caretShape(i, true);
        return shape == null || shape.length == 0 ? 0 : new javafx.scene.shape.Path(shape).getLayoutBounds().getMinY();
    }

    /** The top of the caret before character {@code i}: it moves down where a line wraps. */
    private static double caretY(Text t, int i) {
        javafx.scene.shape.PathElement[] shape = t.caretShape(i, true);
        return shape == null || shape.length == 0 ? 0 : new javafx.scene.shape.Path(shape).getLayoutBounds().getMinY();
    }
}

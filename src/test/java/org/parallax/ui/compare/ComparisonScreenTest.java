package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.parallax.core.article.Part;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.Verdict;
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
 * The comparison screen on the five real seeds, compared by the real engine through the app's task helper: what
 * shows without a click, the summary strip, F8, the claims table, the timeline, export, cancel, and that the
 * comparer never runs on the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonScreenTest {

    private static SeedComparisons.Loaded seeds;
    /** the real comparison, computed once by the first test that runs the engine and reused by the others */
    private static final AtomicReference<Comparison> REAL = new AtomicReference<>();
    private static final Set<String> ENGINE_THREADS = ConcurrentHashMap.newKeySet();
    private static final Set<String> PROGRESS_THREADS = ConcurrentHashMap.newKeySet();

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private AppExecutor executor;
    private ComparisonScreen screen;

    @BeforeAll
    static void loadSeeds() {
        seeds = SeedComparisons.load(SeedComparisons.allNames());
    }

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        executor = new AppExecutor("compare-test", 2);
        Tasks tasks = new Tasks(executor, (title, e) -> failures.add(e));
        ComparisonScreenModel model = new ComparisonScreenModel(tasks, SeedComparisons.messages(), (a, e, progress, cancel) -> {
            ENGINE_THREADS.add(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : ""));
            Comparison done = REAL.get();
            if (done == null) {
                done = Comparer.create().compare(a, e, (d, t, m) -> {
                    PROGRESS_THREADS.add(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : ""));
                    progress.update(d, t, m);
                }, cancel);
                REAL.compareAndSet(null, done);
            }
            return done;
        });
        screen = new ComparisonScreen(model);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1500, 900);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
        screen.show(seeds.articles(), seeds.extractions());
    }

    @AfterEach
    void close() {
        executor.close();
    }

    private void awaitComparison() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> screen.model().comparison().isPresent() && !screen.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(failures).isEmpty();
    }

    private SideBySideModel model() {
        return screen.model().view().getModel();
    }

    private Comparison comparison() {
        return screen.model().comparison().orElseThrow();
    }

    @Test
    void opensOnTheWidestDisagreementWithFiveOutletColumnsAndTheComparerOffTheFxThread(FxRobot robot) throws Exception {
        awaitComparison();
        // the columns are built when the side-by-side tab is first shown
        robot.interact(() -> screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 5; i++) {
            String outlet = seeds.articles().get(i).metadata().outlet();
            assertThat(robot.lookup("#columnOutlet-" + i).queryAs(Label.class).getText())
                    .isEqualTo(outlet == null ? "Outlet not stated (article " + (i + 1) + ")" : outlet);
        }
        assertThat(robot.lookup("#columnOutlet-5").tryQuery()).isEmpty();
        // without a click: a differing figure is selected, and the claims table shows its group
        HighlightRef current = screen.model().view().getCurrent();
        assertThat(current).isNotNull();
        Highlight h = model().highlight(current);
        assertThat(h.kind()).isEqualTo(HighlightKind.FIGURE);
        assertThat(h.verdict()).isEqualTo(Verdict.DIFFER);
        int widest = ComparisonScreenModel.widestDisagreement(comparison());
        assertThat(h.claim()).isEqualTo(ClaimRef.figureGroup(widest));
        assertThat(screen.figures().rows().get(screen.figures().selectedIndex()).index()).isEqualTo(widest);
        assertThat(screen.sideBySide().lookup("#cell-" + current.row() + "-" + current.column()).getStyleClass())
                .contains(Styles.CURRENT);
        // the comparer ran on the app's worker threads, never on the FX thread
        assertThat(ENGINE_THREADS).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("compare-test-").doesNotContain("(FX)"));
        assertThat(PROGRESS_THREADS).allSatisfy(t -> assertThat(t).doesNotContain("(FX)"));
    }

    @Test
    void everyFigureOfTheWidestDisagreementIsDrawnAsDiffering(FxRobot robot) throws Exception {
        awaitComparison();
        // the columns are built when the side-by-side tab is first shown
        robot.interact(() -> screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE));
        WaitForAsyncUtils.waitForFxEvents();
        FigureGroup widest = comparison().claims().figureGroups().get(ComparisonScreenModel.widestDisagreement(comparison()));
        assertThat(widest.mentions().stream().map(FigureMention::article).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(widest.mentions().stream().map(m -> m.figure().value()).filter(v -> v != null).distinct().count())
                .isGreaterThanOrEqualTo(2);
        for (FigureMention m : widest.mentions()) {
            if (m.part() != Part.BODY) {
                continue; // a headline's figure is not drawn in the body's columns
            }
            assertThat(screen.sideBySide().stylesAt(m.article(), m.figure().start()))
                    .as("%s", m.figure().text()).contains(Styles.FIGURE, Styles.FIGURE_DIFFER);
        }
        assertThat(robot.lookup(".text." + Styles.FIGURE_DIFFER).queryAll()).isNotEmpty();
        assertThat(robot.lookup(".text." + Styles.ATTRIBUTION_DIFFERS).queryAll()).isNotEmpty();
    }

    @Test
    void theSummaryStripCountsTheDifferencesAndJumpsToThem(FxRobot robot) throws Exception {
        awaitComparison();
        Hyperlink figures = robot.lookup("#summaryFiguresDiffer").queryAs(Hyperlink.class);
        Hyperlink attributions = robot.lookup("#summaryAttributions").queryAs(Hyperlink.class);
        assertThat(figures.getText()).matches("\\d+ figures? differs?");
        assertThat(figures.isDisabled()).isFalse();
        assertThat(attributions.getText()).matches("\\d+ attribution differences?");
        assertThat(attributions.isDisabled()).isFalse();
        assertThat(screen.model().summaryProperty().get().attributionDifferences())
                .isEqualTo(comparison().claims().attributionDifferences().size()).isPositive();

        robot.clickOn("#summaryAttributions");
        WaitForAsyncUtils.waitForFxEvents();
        Highlight h = model().highlight(screen.model().view().getCurrent());
        assertThat(h.kind()).isEqualTo(HighlightKind.ATTRIBUTION);
        assertThat(h.flags()).contains(QuoteFlag.SPEAKER_DIFFERS);
        assertThat(h.versions().stream().map(Version::source).distinct().count()).isGreaterThanOrEqualTo(2);

        robot.clickOn("#summaryFiguresDiffer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().highlight(screen.model().view().getCurrent()).verdict()).isEqualTo(Verdict.DIFFER);
    }

    @Test
    void f8AndShiftF8StepThroughTheDifferences(FxRobot robot) throws Exception {
        awaitComparison();
        List<HighlightRef> diffs = model().differences();
        assertThat(diffs).hasSizeGreaterThan(3);
        HighlightRef start = screen.model().view().getCurrent();
        int at = diffs.indexOf(start);
        assertThat(at).isNotNegative();
        robot.interact(() -> screen.showSideTab(ComparisonScreen.SIDE_BY_SIDE));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the side-by-side tab gives the keyboard to the current highlight's cell when it is shown
        assertThat(screen.view().getScene().getFocusOwner()).isNotNull();
        assertThat(isInside(screen.view().getScene().getFocusOwner(), screen.sideBySide())).isTrue();
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().view().getCurrent()).isEqualTo(diffs.get((at + 1) % diffs.size()));
        assertThat(model().highlight(screen.model().view().getCurrent()).isDifference()).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().view().getCurrent()).isEqualTo(start);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.model().view().currentColumnProperty().get()).isEqualTo((start.column() + 1) % 5);
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFiguresTabHasOneRowPerFigureGroupWithAVerdictBadgeAndSelectsInTheColumns(FxRobot robot) throws Exception {
        awaitComparison();
        List<FigureGroup> groups = comparison().claims().figureGroups();
        assertThat(screen.figures().rows()).hasSize(groups.size());
        assertThat(screen.figures().rows().stream().map(ClaimRows.Row::index).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.range(0, groups.size()).boxed().toList());
        List<Label> badges = robot.lookup("#figureClaims .claim-verdict").queryAllAs(Label.class).stream().toList();
        assertThat(badges).hasSize(groups.size()).allSatisfy(b -> {
            assertThat(b.getText()).isIn("Differ", "Consistent", "Agree", "One outlet");
            assertThat(b.getGraphic()).isInstanceOf(FontIcon.class);
        });
        assertThat(badges).anySatisfy(b -> assertThat(b.getText()).isEqualTo("Differ"));
        // a row of an agreeing group selects that group's first mention in the columns
        int row = -1;
        for (int i = 0; i < screen.figures().rows().size(); i++) {
            if (screen.figures().rows().get(i).verdict() == Verdict.AGREE) {
                row = i;
                break;
            }
        }
        assertThat(row).isNotNegative();
        int group = screen.figures().rows().get(row).index();
        int chosen = row;
        robot.interact(() -> screen.figures().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().highlight(screen.model().view().getCurrent()).claim()).isEqualTo(ClaimRef.figureGroup(group));
        assertThat(screen.model().selectedFigureGroupProperty().get()).isEqualTo(group);
    }

    @Test
    void theTimelinePlotsTheDisagreementOverAtLeastThreeDatesAndListsWhatItCannotPlot(FxRobot robot) throws Exception {
        awaitComparison();
        robot.interact(() -> screen.showSideTab(ComparisonScreen.TIMELINE));
        WaitForAsyncUtils.waitForFxEvents();
        TimelineData shown = screen.timeline().shown();
        assertThat(shown.subject()).isNotNull();
        assertThat(shown.verdict()).isEqualTo(Verdict.DIFFER);
        assertThat(shown.dateCount()).isGreaterThanOrEqualTo(3);
        long plotted = screen.timeline().chart().getData().stream().mapToLong(s -> s.getData().size()).sum();
        assertThat(plotted).isEqualTo(shown.points().size());
        assertThat(screen.timeline().chart().getData()).hasSize(shown.series().size());
        assertThat(screen.timeline().chart().getData().stream().flatMap(s -> s.getData().stream()))
                .allSatisfy(d -> assertThat(d.getNode()).isNotNull());
        // undated articles and vague amounts are named under the chart, not dropped silently
        FigureGroup g = comparison().claims().figureGroups().get(screen.model().selectedFigureGroupProperty().get());
        long undated = g.mentions().stream().filter(m -> m.date() == null).count();
        long vague = g.mentions().stream().filter(m -> m.date() != null && m.figure().isVague()).count();
        assertThat(shown.undated()).hasSize((int) undated);
        assertThat(shown.vague()).hasSize((int) vague);
        assertThat(shown.points().size() + shown.undated().size() + shown.vague().size())
                .isGreaterThanOrEqualTo(g.mentions().size());
        if (undated > 0) {
            assertThat(robot.lookup("#timelineUndated").queryAs(Label.class).getText()).startsWith("Not plotted");
        }
    }

    @Test
    void exportWritesTheReportOffTheFxThread(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitComparison();
        for (String name : List.of("report.html", "report.md", "report.csv", "report.json")) {
            Path file = dir.resolve(name);
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<String> message = new AtomicReference<>();
            robot.interact(() -> screen.exportTo(file, m -> {
                message.set(m);
                done.countDown();
            }));
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(message.get()).startsWith("Wrote the").contains(file.toString());
            assertThat(file).exists();
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Comparison of 5 articles").contains("<html");
        assertThat(Files.readString(dir.resolve("report.md"))).startsWith("# Comparison of 5 articles");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"figureGroups\"");
    }

    @Test
    void aRunningComparisonShowsProgressAndCancels(FxRobot robot) throws Exception {
        awaitComparison();
        CountDownLatch started = new CountDownLatch(1);
        ComparisonScreenModel slowModel = new ComparisonScreenModel(new Tasks(executor, (t, e) -> failures.add(e)),
                SeedComparisons.messages(), (a, e, progress, cancel) -> {
                    for (long i = 0; ; i++) {
                        progress.update(i % 10, 10, "aligning " + i);
                        started.countDown();
                        cancel.check();
                        Thread.onSpinWait();
                    }
                });
        ComparisonScreen slow = new ComparisonScreen(slowModel);
        robot.interact(() -> {
            robot.window(0).getScene().setRoot((javafx.scene.Parent) slow.view());
            slow.show(seeds.articles(), seeds.extractions());
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Node cover = robot.lookup("#comparisonBusy").query();
        assertThat(cover.isVisible()).isTrue();
        robot.clickOn("#cancelComparison");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !slowModel.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cover.isVisible()).isFalse();
        assertThat(slowModel.statusProperty().get()).isEqualTo("Comparison cancelled.");
        assertThat(slowModel.comparison()).isEmpty();
        assertThat(failures).isEmpty();
    }
}

package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.core.article.Span;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.AppContext;
import org.parallax.ui.Theme;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SideBySideViewTest {

    private SideBySideModel model;
    private SideBySideViewModel viewModel;
    private SideBySideView view;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        model = SeedComparisons.threeOutlets();
        viewModel = new SideBySideViewModel();
        view = new SideBySideView(viewModel, Messages.load(Locale.ENGLISH));
        viewModel.setModel(model);
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(AppContext.APP_CSS);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsOneColumnPerOutletWithItsHeader(FxRobot robot) {
        assertThat(robot.lookup("#columnOutlet-0").queryAs(Label.class).getText()).isEqualTo("SpaceWar.com");
        assertThat(robot.lookup("#columnOutlet-1").queryAs(Label.class).getText()).isEqualTo("Euromaidan Press");
        assertThat(robot.lookup("#columnOutlet-2").queryAs(Label.class).getText()).isEqualTo("Outlet not stated (article 3)");
        assertThat(robot.lookup("#columnHeader-3").tryQuery()).isEmpty();
        // one line of outlet, one of date; the byline and wire are in the header's tooltip and accessible text
        assertThat(robot.lookup("#columnDetail-0").queryAs(Label.class).getText()).isEqualTo("2024-11-20");
        assertThat(robot.lookup("#columnHeader-0").query().getAccessibleText())
                .contains("SpaceWar.com").contains("Thomas Maresca").contains("UPI").contains("2024");
        // every display row has one cell per column, empty or not (rows are rebuilt once the column width settles)
        int rows = viewModel.rowsProperty().get().size();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cell-" + (rows - 1) + "-2").tryQuery().isPresent()
                    && robot.lookup("#cell-0-1").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the rows were not built", e);
        }
        for (int r = 0; r < viewModel.rowsProperty().get().size(); r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(robot.lookup("#cell-" + r + "-" + c).tryQuery()).as("cell %d %d", r, c).isPresent();
            }
        }
        assertThat(robot.lookup("." + Styles.CELL_EMPTY).queryAll()).isNotEmpty();
    }

    /**
     * The rendered styles, read on the FX thread once the rows have settled: the view builds its rows again when
     * the columns' width settles after the first layout.
     */
    private java.util.Collection<String> stylesAt(int column, int offset) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(view.stylesAt(column, offset))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the styles", e);
        }
    }

    @Test
    void figuresCarryTheirVerdictsClassOverTheirWholeSpanAndNoFurther(FxRobot robot) {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int differing = 0;
        for (int c = 0; c < model.columns().size(); c++) {
            List<Highlight> hs = model.columns().get(c).highlights();
            for (Highlight h : hs) {
                if (h.kind() != HighlightKind.FIGURE) {
                    continue;
                }
                String expected = switch (h.verdict()) {
                    case DIFFER -> Styles.FIGURE_DIFFER;
                    case CONSISTENT -> Styles.FIGURE_CONSISTENT;
                    case AGREE -> Styles.FIGURE_AGREE;
                    case SINGLE -> Styles.FIGURE_SINGLE;
                };
                for (int i = h.span().start(); i < h.span().end(); i++) {
                    if (!Character.isWhitespace(model.columns().get(c).body().charAt(i))) {
                        assertThat(stylesAt(c, i)).as("column %d offset %d", c, i).contains(Styles.FIGURE, expected);
                    }
                }
                int before = h.span().start() - 1;
                int col = c;
                boolean covered = hs.stream().anyMatch(o -> o.kind() == HighlightKind.FIGURE
                        && o.span().start() <= before && before < o.span().end());
                if (before >= 0 && !covered) {
                    assertThat(stylesAt(col, before)).doesNotContain(Styles.FIGURE);
                }
                if (h.verdict() == Verdict.DIFFER) {
                    differing++;
                }
            }
        }
        assertThat(differing).isPositive();
        // and the rendered text nodes carry the class too
        assertThat(robot.lookup(".text." + Styles.FIGURE_DIFFER).queryAll()).isNotEmpty();
    }

    @Test
    void nextAndPreviousDifferenceMoveTheSelection(FxRobot robot) {
        List<HighlightRef> diffs = model.differences();
        assertThat(diffs).hasSizeGreaterThanOrEqualTo(3);
        robot.clickOn("#columnHeader-0");
        robot.type(KeyCode.F8);
        assertSelected(diffs.get(0));
        robot.type(KeyCode.F8);
        assertSelected(diffs.get(1));
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertSelected(diffs.get(0));
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        assertSelected(diffs.get(diffs.size() - 1)); // wraps round
        robot.press(KeyCode.CONTROL).type(KeyCode.PERIOD).release(KeyCode.CONTROL);
        assertSelected(diffs.get(0));
    }

    private void assertSelected(HighlightRef expected) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.getCurrent()).isEqualTo(expected);
        Span span = model.highlight(expected).span();
        assertThat(view.selectionInBody(expected.row(), expected.column())).contains(span);
        assertThat(view.area(expected.row(), expected.column()).orElseThrow().isFocused()).isTrue();
        assertThat(view.lookup("#cell-" + expected.row() + "-" + expected.column()).getStyleClass()).contains(Styles.CURRENT);
    }

    @Test
    void controlRightAndLeftMoveBetweenColumns(FxRobot robot) {
        robot.clickOn("#columnHeader-0");
        robot.type(KeyCode.F8);
        int start = viewModel.currentColumnProperty().get();
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.currentColumnProperty().get()).isEqualTo((start + 1) % 3);
        assertThat(robot.lookup("#columnHeader-" + (start + 1) % 3).query().getStyleClass()).contains(Styles.CURRENT);
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.currentColumnProperty().get()).isEqualTo(Math.floorMod(start - 1, 3));
    }

    @Test
    void clickingAHighlightOpensThePopoverWithEveryVersion(FxRobot robot) throws Exception {
        // the rows are built again once the columns' width settles after the first layout: wait for that
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        HighlightRef first = model.differences().get(0);
        robot.interact(() -> viewModel.select(first));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> viewModel.select(null));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = view.area(first.row(), first.column()).orElseThrow();
        Span cell = viewModel.rowsProperty().get().get(first.row()).cells().get(first.column());
        Span s = model.highlight(first).span();
        // the highlight's first character: a span that wraps has a bounding box whose centre may fall outside it
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(s.start() - cell.start(), s.start() - cell.start() + 1)
                .orElseThrow()).get(5, TimeUnit.SECONDS);
        robot.clickOn(new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isPopoverShowing()).isTrue();
        assertThat(viewModel.getCurrent()).isEqualTo(first);
        assertThat(robot.lookup("#highlightPopover").tryQuery()).isPresent();
        assertThat(robot.lookup("#popoverVersions").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .stream().filter(n -> n instanceof Label l && "Euromaidan Press".equals(l.getText())).count()
                + robot.lookup("#popoverVersions").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .stream().filter(n -> n instanceof Label l && l.getText().startsWith("Outlet not stated")).count())
                .isPositive();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.isPopoverShowing()).isFalse();
    }
}

package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Metadata;
import org.parallax.ui.AppContext;
import org.parallax.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library's toolbar, Stories header and table headers at 1366x768 (the commonest journalist laptop), headless,
 * over the sample articles and one article from an outlet with a long name, chosen in the outlet filter: no label is
 * cut short (the text drawn is the label's whole text), the outlet box keeps to its maximum width and tells the
 * whole name in its tooltip, and the Compare button stays inside the window.
 */
@ExtendWith(ApplicationExtension.class)
class ToolbarLabelsTest {

    private static final int WAIT = 90;
    private static final String LONG_OUTLET = "The Northern Provinces Regional Broadcasting Corporation Evening Edition";

    @TempDir
    Path temp;

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestWindows.openMainWindow(stage, temp, 1366, 768).context();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT, TimeUnit.SECONDS);
    }

    /** Every visible labeled control under {@code root} with text, and the text its skin draws. */
    private static void collect(Node node, List<Labeled> out) {
        // the lists' and table's rows are not labels of the toolbar or a header; a combo box's shown value may be
        // cut (its box has a maximum width) and has a tooltip with the whole value
        if (!node.isVisible() || node instanceof javafx.scene.control.ListView<?>
                || node instanceof javafx.scene.control.ComboBoxBase<?>) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static String drawn(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n.getClass().getSimpleName().equals("LabeledText")) {
                return t.getText();
            }
        }
        return l.getText();
    }

    @Test
    void noToolbarOrHeaderLabelIsCutShortWithALongOutletChosen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> context.library().readyProperty().get()
                && context.library().totalProperty().get() == 5);
        robot.interact(() -> context.library().importText("A council report on road repairs in the provinces. "
                        + "The council said repairs would take a year.",
                new Metadata("Road repairs", LONG_OUTLET, null, null, null, null, null)));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> context.library().outlets().contains(LONG_OUTLET));
        robot.interact(() -> context.library().outletFilterProperty().set(LONG_OUTLET));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = fx(() -> {
            List<Labeled> labels = new ArrayList<>();
            collect(stage.getScene().lookup("#libraryToolbar"), labels);
            collect(stage.getScene().lookup("#storyList").getParent(), labels);
            stage.getScene().getRoot().lookupAll(".column-header").forEach(h -> collect(h, labels));
            List<String> out = new ArrayList<>();
            for (Labeled l : labels) {
                if (!drawn(l).equals(l.getText())) {
                    out.add("\"" + l.getText() + "\" drawn as \"" + drawn(l) + "\"");
                }
            }
            return out;
        });
        assertThat(cut).as("labels cut short at 1366x768").isEmpty();

        Bounds compare = fx(() -> {
            Node button = stage.getScene().lookup("#compare");
            return button.localToScene(button.getBoundsInLocal());
        });
        assertThat(compare.getMaxX()).as("the Compare button's right edge").isLessThanOrEqualTo(fx(() -> stage.getScene().getWidth()));
        assertThat(compare.getWidth()).as("the Compare button's width").isGreaterThan(40);
        javafx.scene.control.ComboBox<?> outlet = fx(() -> (javafx.scene.control.ComboBox<?>) stage.getScene().lookup("#outletFilter"));
        assertThat(fx(outlet::getWidth)).as("the outlet box's width").isLessThanOrEqualTo(fx(outlet::getMaxWidth));
        assertThat(fx(() -> outlet.getTooltip().getText())).contains(LONG_OUTLET);
    }
}

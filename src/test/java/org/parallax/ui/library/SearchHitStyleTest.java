package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.core.article.Span;
import org.parallax.core.index.Snippet;
import org.parallax.ui.AppContext;
import org.parallax.ui.Theme;
import org.parallax.ui.common.Styles;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A search hit's snippet reads as a result, not as a link: its matched words are bold in the text's own colour,
 * never underlined; in both themes, with the app's style sheet.
 */
@ExtendWith(ApplicationExtension.class)
class SearchHitStyleTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }


    @Test
    void matchedWordsAreBoldInTheTextsColourAndNotUnderlined() throws Exception {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            Snippet snippet = new Snippet("The river rose overnight and the bridge closed.",
                    List.of(new Span(4, 9), new Span(33, 39)), 0);
            TextFlow[] flow = new TextFlow[1];
            WaitForAsyncUtils.asyncFx(() -> {
                theme.apply();
                flow[0] = SearchResultsList.snippetFlow(snippet);
                Scene scene = new Scene(new StackPane(flow[0]), 400, 100);
                scene.getStylesheets().add(AppContext.APP_CSS);
                stage.setScene(scene);
                flow[0].applyCss();
            }).get();
            List<Text> marks = flow[0].getChildren().stream().map(Text.class::cast)
                    .filter(t -> t.getStyleClass().contains(Styles.SNIPPET_HIGHLIGHT)).toList();
            List<Text> plain = flow[0].getChildren().stream().map(Text.class::cast)
                    .filter(t -> t.getStyleClass().contains(Styles.SNIPPET_TEXT)).toList();
            assertThat(marks).extracting(Text::getText).containsExactly("river", "bridge");
            Paint textColour = plain.get(0).getFill();
            for (Text m : marks) {
                assertThat(m.isUnderline()).as(theme + ": " + m.getText() + " underlined").isFalse();
                assertThat(m.getFill()).as(theme + ": " + m.getText() + " in the text's colour").isEqualTo(textColour);
                assertThat(m.getFont().getStyle().toLowerCase()).as(theme + ": " + m.getText() + " bold").contains("bold");
                assertThat(plain.get(0).getFont().getStyle().toLowerCase()).doesNotContain("bold");
            }
        }
    }
}

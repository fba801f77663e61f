package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.SolrTestCluster;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.ImportReport;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.ui.AppContext;
import org.parallax.ui.TestWindows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app on a shared library, headless on Monocle: a SolrCloud collection (the test cluster shared by
 * the Solr tests) holding a few seed articles imported with the commands' importer; the window lists them page
 * by page from the collection, says which library it is on, and imports no samples into it.
 */
@Tag("solr")
@ExtendWith(ApplicationExtension.class)
class SolrLibraryViewTest {

    private static final int WAIT = 90;

    @TempDir
    Path temp;

    private String address;
    private Set<String> imported;
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        address = SolrTestCluster.collection("desktop").text();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("parallax.seeds", "seeds")))) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(4).toList();
        }
        try (Library library = Library.open(address)) {
            ImportReport report = new Importer(new ArticleLoader(), new Extractor())
                    .importPaths(library, seeds, Progress.NONE, Cancellation.NEVER);
            imported = report.outcomes().stream().map(o -> o.articleId()).filter(id -> id != null)
                    .collect(Collectors.toSet());
        }
        context = TestWindows.openMainWindow(stage, address, temp, 1400, 900).context();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void listsTheCollectionsArticlesAndSaysWhichLibraryItIsOn(FxRobot robot) throws Exception {
        assertThat(imported).hasSize(4);
        LibraryViewModel library = context.library();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> library.readyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.statusProperty().get().shared()).isTrue();
        assertThat(library.statusProperty().get().writable()).isTrue();
        Label location = robot.lookup("#libraryLocation").queryAs(Label.class);
        assertThat(location.getText()).contains(address);

        TableView<?> table = robot.lookup("#articleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> table.getItems().size() == imported.size()
                && table.getItems().stream().allMatch(r -> r != null));
        Set<String> listed = library.articles().stream().map(ArticleRow::id).collect(Collectors.toSet());
        // exactly what was imported: no sample articles were added to the shared library
        assertThat(listed).isEqualTo(imported);
        assertThat(library.totalProperty().get()).isEqualTo(imported.size());
    }
}

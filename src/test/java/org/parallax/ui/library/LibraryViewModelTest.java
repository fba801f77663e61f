package org.parallax.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.parallax.core.index.Batch;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryOrder;
import org.parallax.core.index.MetadataEdit;
import org.parallax.ui.common.CurrentThreadTasks;
import org.parallax.ui.compare.SeedComparisons;

/**
 * The library screen's state without a display: a real library in a temporary folder, every task run on the
 * calling thread ({@link CurrentThreadTasks}), the search run as soon as the query changes.
 */
class LibraryViewModelTest {

    @TempDir
    Path temp;

    private CoreLibraryActions actions;
    private CurrentThreadTasks tasks;
    private LibraryViewModel model;
    private final List<String> statuses = new ArrayList<>();
    private final List<List<String>> compared = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        actions = CoreLibraryActions.open(temp.resolve("library"), temp.resolve("samples"));
        // three invented articles: two on one story (a harbour fire), one on another (a budget vote)
        actions.importText("Fire destroys harbour warehouse\n\nA fire destroyed a warehouse in the harbour of Port Ellis "
                + "on Monday. Firefighters said 40 people were evacuated and two were injured. The harbour master "
                + "said the blaze started in a storage hall.", meta("Harbour fire in Port Ellis", "Coast Daily", "2024-03-04"));
        actions.importText("Harbour blaze forces evacuation\n\nForty people were evacuated when a blaze swept through a "
                + "warehouse in the Port Ellis harbour, firefighters said. Two people were injured, the harbour master "
                + "said, and the storage hall burned down.", meta("Port Ellis harbour blaze", "Bay Herald", "2024-03-05"));
        actions.importText("Council passes budget\n\nThe city council of Lindmark approved its budget by 21 votes to 9 "
                + "on Thursday after a long debate about school funding and road repairs.",
                meta("Lindmark budget approved", null, "2024-01-11"));
        tasks = new CurrentThreadTasks();
        model = new LibraryViewModel(actions, tasks, SeedComparisons.messages(), Runnable::run, AtOnce::new);
        model.setOnStatus(statuses::add);
        model.setOnCompare(compared::add);
    }

    @AfterEach
    void close() {
        actions.close();
    }

    private static Metadata meta(String title, String outlet, String date) {
        return new Metadata(title, outlet, null, null, null, LocalDate.parse(date), null);
    }

    private List<String> titles(List<ArticleRow> rows) {
        return rows.stream().map(ArticleRow::title).toList();
    }

    @Test
    void startListsAStockedLibraryNewestFirstWithoutImportingSamples() {
        model.start();
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.importingSamplesProperty().get()).isFalse();
        assertThat(model.lastImportProperty().get()).as("no first-run import into a stocked library").isNull();
        assertThat(titles(model.articles()))
                .containsExactly("Port Ellis harbour blaze", "Harbour fire in Port Ellis", "Lindmark budget approved");
        assertThat(model.summaryProperty().get()).isEqualTo("3 articles");
        assertThat(model.outlets()).containsExactly("Bay Herald", "Coast Daily", LibraryViewModel.NO_OUTLET);
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void outletAndDateFiltersNarrowTheListAndSaySo() {
        model.start();
        model.outletFilterProperty().set("coast daily");
        assertThat(titles(model.articles())).containsExactly("Harbour fire in Port Ellis");
        assertThat(model.summaryProperty().get()).isEqualTo("1 of 3 articles");
        model.outletFilterProperty().set(LibraryViewModel.NO_OUTLET);
        assertThat(titles(model.articles())).containsExactly("Lindmark budget approved");
        model.outletFilterProperty().set(null);
        model.fromProperty().set(LocalDate.parse("2024-03-05"));
        assertThat(titles(model.articles())).containsExactly("Port Ellis harbour blaze");
        assertThat(model.activeFiltersProperty().get()).contains("2024-03-05");
        model.clearFilters();
        assertThat(model.articles()).hasSize(3);
        assertThat(model.activeFiltersProperty().get()).isEmpty();
    }

    @Test
    void searchShowsRankedHitsAndABadQuerySaysWhy() {
        model.start();
        model.queryProperty().set("warehouse");
        assertThat(model.searchActiveProperty().get()).isTrue();
        assertThat(model.hits()).extracting(HitRow::rank).containsExactly(1, 2);
        assertThat(model.hits()).allSatisfy(h -> assertThat(h.article().title()).contains("Port Ellis"));
        assertThat(model.summaryProperty().get()).isEqualTo("2 results");
        model.outletFilterProperty().set("Bay Herald");
        assertThat(model.hits()).hasSize(1);

        model.queryProperty().set("title:(");
        assertThat(model.searchErrorProperty().get()).startsWith("Cannot understand the search");
        assertThat(model.hits()).isEmpty();

        model.queryProperty().set("");
        assertThat(model.searchActiveProperty().get()).isFalse();
        assertThat(model.searchErrorProperty().get()).isEmpty();
    }

    @Test
    void storiesAreFoundAfterLoadingAndChoosingOneFiltersAndCompares() {
        model.start();
        assertThat(model.storiesTaskProperty().get()).as("grouping finished").isNull();
        assertThat(model.stories()).isNotEmpty();
        var fire = model.stories().get(0);
        assertThat(fire.comparable()).isTrue();
        assertThat(fire.size()).isEqualTo(2);
        model.storyProperty().set(fire);
        assertThat(titles(model.articles())).allSatisfy(t -> assertThat(t).contains("Port Ellis"));
        assertThat(model.compareStory()).isTrue();
        assertThat(compared).containsExactly(fire.ids());
    }

    @Test
    void editPasteAndRemoveReloadTheListAndKeepTheSelection() {
        model.start();
        ArticleRow budget = model.articles().get(2);
        model.edit(budget.id(), MetadataEdit.none().set(MetadataEdit.Field.OUTLET, "Valley Post"));
        assertThat(model.outlets()).contains("Valley Post").doesNotContain(LibraryViewModel.NO_OUTLET);
        assertThat(statuses).isNotEmpty();

        model.importText("Ferry service resumes\n\nThe ferry between two islands runs again after a storm kept it in "
                + "port for three days.", meta("Ferry service resumes", "Island Times", "2024-03-06"));
        assertThat(model.articles()).hasSize(4);
        assertThat(titles(model.articles()).get(0)).isEqualTo("Ferry service resumes");
        assertThat(model.selectRequestProperty().get()).hasSize(1);

        model.selectedIds().setAll(model.articles().get(0).id(), budget.id());
        assertThat(model.canCompare()).isTrue();
        model.compare();
        assertThat(compared).hasSize(1);
        assertThat(compared.get(0)).containsExactly(model.articles().get(0).id(), budget.id());

        model.remove(List.of(budget.id()));
        assertThat(model.articles()).hasSize(3).noneMatch(r -> r.id().equals(budget.id()));
        assertThat(model.selectedIds()).doesNotContain(budget.id());
        assertThat(tasks.failures()).isEmpty();
    }

    @Test
    void aFirstRunImportsTheSamplesAndReportsIt() throws Exception {
        actions.close();
        actions = CoreLibraryActions.open(temp.resolve("empty"), temp.resolve("samples2"));
        model = new LibraryViewModel(actions, tasks, SeedComparisons.messages(), Runnable::run, AtOnce::new);
        model.start();
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.lastImportProperty().get()).isNotNull();
        int imported = model.lastImportProperty().get().outcomes().size();
        assertThat(imported).isPositive();
        assertThat(model.totalProperty().get()).isEqualTo(imported);
        assertThat(model.articles()).hasSize(imported);
        assertThat(model.importingSamplesProperty().get()).as("done importing").isFalse();
        model.dismissImport();
        assertThat(model.lastImportProperty().get()).isNull();
    }

    @Test
    void aLargeLibraryIsReadAPageAtATimeSortedAndFilteredInTheIndex() throws Exception {
        actions.close();
        Path dir = temp.resolve("large");
        int n = 3 * PagedArticles.PAGE_SIZE + 17;
        try (Library library = Library.open(dir); Batch batch = library.batch()) {
            for (int i = 0; i < n; i++) {
                String outlet = i % 3 == 0 ? "Outlet Three" : "Outlet Other";
                batch.add(Article.of(new Metadata(String.format("Title %04d", i), outlet, null, null, null,
                        LocalDate.of(2020, 1, 1).plusDays(i), null), "Body of generated article " + i + ".", List.of(),
                        "generated/" + i + ".txt", Format.TEXT), Extraction.EMPTY);
            }
        }
        actions = CoreLibraryActions.open(dir, temp.resolve("samples"));
        model = new LibraryViewModel(actions, tasks, SeedComparisons.messages(), Runnable::run, AtOnce::new);
        model.start();
        PagedArticles rows = (PagedArticles) model.articles();
        assertThat(rows).hasSize(n);
        assertThat(model.totalProperty().get()).isEqualTo(n);
        assertThat(rows.pagesHeld()).as("only the first page is read").isEqualTo(1);
        assertThat(rows.get(0).title()).isEqualTo(String.format("Title %04d", n - 1)); // newest first
        assertThat(rows.get(n - 1).title()).isEqualTo("Title 0000");
        assertThat(rows.pagesHeld()).isEqualTo(2);

        model.orderProperty().set(new LibraryOrder(LibraryOrder.Key.TITLE, false));
        assertThat(rows.pagesHeld()).as("a new order starts again").isEqualTo(1);
        assertThat(rows.get(0).title()).isEqualTo("Title 0000");
        assertThat(rows.get(PagedArticles.PAGE_SIZE + 1).title()).isEqualTo(String.format("Title %04d", PagedArticles.PAGE_SIZE + 1));

        model.outletFilterProperty().set("outlet three");
        int threes = (n + 2) / 3;
        assertThat(rows).hasSize(threes);
        assertThat(model.summaryProperty().get()).isEqualTo(threes + " of " + n + " articles");
        assertThat(rows.get(1).title()).isEqualTo("Title 0003");

        // every row read, the list holds no more than its page budget
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).isNotNull();
        }
        assertThat(rows.pagesHeld()).isLessThanOrEqualTo(PagedArticles.MAX_PAGES);

        // the detail pane reads the one article shown in full
        model.focusedProperty().set(rows.get(0));
        assertThat(model.focusedEntryProperty().get().article().body()).isEqualTo("Body of generated article 0.");
        assertThat(tasks.failures()).isEmpty();
    }
}

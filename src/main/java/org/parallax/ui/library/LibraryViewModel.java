package org.parallax.ui.library;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.parallax.core.article.Metadata;
import org.parallax.core.compare.story.Stories;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;
import org.parallax.core.index.LibraryFilter;
import org.parallax.core.index.LibraryOrder;
import org.parallax.core.index.MetadataEdit;
import org.parallax.core.ingest.ImportOutcome;
import org.parallax.core.ingest.ImportReport;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the library screen: every article (filtered by outlet and date), the search and its ranked hits,
 * the selection, the last import's report; runs the library's actions as tasks. Properties change on the FX
 * thread only; the core is called off it. Holds no {@code Node}.
 *
 * <p>Story groups (articles on the same story, by the core {@link Stories}) are found again after every load,
 * off the FX thread; choosing one filters the articles to it, and it opens as a comparison in one action.
 */
public final class LibraryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryViewModel.class);
    /** Outlet filter value for articles that do not say their outlet; {@code null} means every outlet. */
    public static final String NO_OUTLET = "";
    static final int SEARCH_LIMIT = 200;
    static final Duration SEARCH_DELAY = Duration.millis(250);

    private final LibraryActions actions;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Executor fx;

    private final PagedArticles articles = new PagedArticles(this::readPage);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<LibraryOrder> order = new SimpleObjectProperty<>(LibraryOrder.NEWEST_FIRST);
    private final ReadOnlyObjectWrapper<LibraryEntry> focusedEntry = new ReadOnlyObjectWrapper<>();
    private final ObservableList<HitRow> allHits = FXCollections.observableArrayList();
    private final FilteredList<HitRow> hits = new FilteredList<>(allHits);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();

    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper searchError = new ReadOnlyStringWrapper("");
    /** Why the list could not be read (a shared library's cluster down or slow…); empty when it was read. */
    private final ReadOnlyStringWrapper listingError = new ReadOnlyStringWrapper("");
    private final BooleanProperty searchActive = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> outletFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Stories.Story> stories = FXCollections.observableArrayList();
    private final ObjectProperty<Stories.Story> story = new SimpleObjectProperty<>();
    private Set<String> storyIds = Set.of();
    private final ReadOnlyObjectWrapper<Task<?>> storiesTask = new ReadOnlyObjectWrapper<>();

    private final ObservableList<String> selectedIds = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleRow> focused = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<String>> selectRequest = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LibraryStatus> status;
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final BooleanProperty importingSamples = new SimpleBooleanProperty(false);
    private final BooleanBinding writable;
    private final StringBinding summary;
    private final StringBinding activeFilters;

    private final Debounce searchDelay;
    private long reloadGeneration;
    private long focusGeneration;
    private long searchGeneration;
    private long storiesGeneration;
    private long storiesDone;
    private Consumer<List<String>> onCompare = ids -> { };
    private Consumer<String> onStatus = s -> { };

    /** Runs an action once after a pause; starting it again starts the pause again. */
    interface Debounce {
        void restart();

        void stop();

        /** After {@link #SEARCH_DELAY} on the FX thread's timer. */
        static Debounce pause(Runnable action) {
            PauseTransition pause = new PauseTransition(SEARCH_DELAY);
            pause.setOnFinished(e -> action.run());
            return new Debounce() {
                @Override
                public void restart() {
                    pause.playFromStart();
                }

                @Override
                public void stop() {
                    pause.stop();
                }
            };
        }
    }

    public LibraryViewModel(LibraryActions actions, TaskRunner tasks, Messages messages) {
        this(actions, tasks, messages, Platform::runLater, Debounce::pause);
    }

    /**
     * @param fx     runs code on the FX thread ({@code Platform::runLater}; direct in view-model tests)
     * @param search makes what runs the search shortly after typing stops (a pause on the FX timer; in
     *               view-model tests, one that runs it at once)
     */
    LibraryViewModel(LibraryActions actions, TaskRunner tasks, Messages messages, Executor fx,
                     java.util.function.Function<Runnable, Debounce> search) {
        this.actions = Objects.requireNonNull(actions);
        this.tasks = tasks;
        this.messages = messages;
        this.fx = fx;
        this.searchDelay = search.apply(this::searchNow);
        this.status = new ReadOnlyObjectWrapper<>(actions.status());
        this.writable = Bindings.createBooleanBinding(() -> status.get().writable(), status);
        query.addListener((obs, old, q) -> {
            if (q == null || q.isBlank()) {
                searchDelay.stop();
                searchGeneration++;
                searchActive.set(false);
                searchError.set("");
                allHits.clear();
            } else {
                searchDelay.restart();
            }
        });
        outletFilter.addListener((obs, o, n) -> refilter());
        from.addListener((obs, o, n) -> refilter());
        to.addListener((obs, o, n) -> refilter());
        story.addListener((obs, o, n) -> {
            storyIds = n == null ? Set.of() : new HashSet<>(n.ids());
            refilter();
        });
        order.addListener((obs, o, n) -> list(false, () -> { }));
        focused.addListener((obs, o, row) -> readFocused(row));
        summary = Bindings.createStringBinding(this::describe, articles, total, hits, searchActive, searchError);
        activeFilters = Bindings.createStringBinding(this::describeFilters, story, outletFilter, from, to);
    }

    // ---------------------------------------------------------------- loading

    /**
     * Loads the library; on first run (an empty, writable library) imports the sample articles first, with its
     * progress in the status bar. {@link #readyProperty()} turns true once the table is filled.
     */
    public void start() {
        if (!status.get().writable()) {
            reload(() -> ready.set(true));
            return;
        }
        tasks.run(messages.get("task.samples"), (p, c) -> {
            Optional<ImportReport> report = Optional.empty();
            try {
                boolean[] said = {false};
                report = actions.importSamplesIfEmpty((done, total, message) -> {
                    if (!said[0]) {
                        // only a first run imports anything, so any progress means the samples are coming
                        said[0] = true;
                        fx.execute(() -> importingSamples.set(true));
                    }
                    p.update(done, total, message);
                }, c);
                return report;
            } finally {
                Optional<ImportReport> done = report;
                fx.execute(() -> {
                    done.ifPresent(this::showImport);
                    reload(() -> {
                        importingSamples.set(false);
                        ready.set(true);
                    });
                });
            }
        }, r -> { }, e -> {
            LOG.error("Importing the sample articles failed", e);
            onStatus.accept(messages.format("samples.failed", message(e)));
        });
    }

    /** Reads the library again (after a change), keeping the selection; groups the stories again. */
    public void reload() {
        reload(() -> { });
    }

    /**
     * Reads the list again after it failed ({@link #listingErrorProperty()}): what "Try again" does. Nothing was
     * changed by the failure, so trying again is always safe.
     */
    public void retry() {
        reload();
    }

    /** Why the list could not be read, for the user (with what to do); empty once it was read. */
    public ReadOnlyStringProperty listingErrorProperty() {
        return listingError.getReadOnlyProperty();
    }

    private void reload(Runnable then) {
        list(true, then);
    }

    /** What one listing reads: the counts, the first page and the outlets. */
    private record Listing(int total, int count, List<ArticleRow> firstPage, List<String> outlets) {
    }

    /**
     * Lists the library again through the filters and order: the counts and the first page from the index (the
     * other pages when the table shows them); after a change, also the outlets and the stories.
     */
    private void list(boolean changed, Runnable then) {
        long generation = ++reloadGeneration;
        List<String> keep = List.copyOf(selectedIds);
        LibraryFilter filter = filter();
        LibraryOrder o = order.get();
        tasks.background(messages.get("task.load"), (p, c) -> {
            int all = actions.count(LibraryFilter.ALL);
            int count = filter.isAll() ? all : actions.count(filter);
            List<ArticleRow> first = actions.page(filter, o, 0, PagedArticles.PAGE_SIZE).stream().map(ArticleRow::of).toList();
            return new Listing(all, count, first, changed ? actions.outlets() : null);
        }, listing -> {
            if (generation != reloadGeneration) {
                return;
            }
            listingError.set("");
            total.set(listing.total());
            articles.reset(generation, listing.count(), listing.firstPage());
            if (listing.outlets() != null) {
                outlets.setAll(listing.outlets());
                if (outletFilter.get() != null && outlets.stream().noneMatch(outletFilter.get()::equalsIgnoreCase)) {
                    outletFilter.set(null);
                }
            }
            ArticleRow f = focused.get();
            if (f != null && changed) {
                // the row shown may have changed (an edit) or gone (a removal): read it again
                ArticleRow now = articles.find(f.id()).orElse(f);
                if (now.equals(f)) {
                    readFocused(f);
                } else {
                    focused.set(now);
                }
            }
            if (searchActive.get() && changed) {
                searchNow();
            }
            selectRequest.set(keep);
            if (changed) {
                findStories();
            }
            then.run();
        }, e -> {
            LOG.error("Reading the library failed", e);
            onStatus.accept(message(e));
            listingError.set(message(e));
            then.run();
        });
    }

    /** Reads a page the table asks for, unless the listing changed meanwhile. */
    private void readPage(long listing, int page) {
        LibraryFilter filter = filter();
        LibraryOrder o = order.get();
        tasks.background(messages.get("task.load"), (p, c) -> actions.page(filter, o, page * PagedArticles.PAGE_SIZE,
                PagedArticles.PAGE_SIZE).stream().map(ArticleRow::of).toList(),
                rows -> articles.pageRead(listing, page, rows), e -> {
                    LOG.error("Reading page {} of the library failed", page, e);
                    articles.pageFailed(listing, page);
                    listingError.set(message(e));
                });
    }

    /** Reads the article shown in the detail pane (body, extraction, edits), only that one. */
    private void readFocused(ArticleRow row) {
        long generation = ++focusGeneration;
        if (row == null) {
            focusedEntry.set(null);
            return;
        }
        String id = row.id();
        tasks.background(messages.get("task.load"), (p, c) -> actions.get(id).orElse(null), entry -> {
            if (generation == focusGeneration) {
                focusedEntry.set(entry);
            }
        }, e -> {
            LOG.error("Reading article {} failed", id, e);
            onStatus.accept(message(e));
        });
    }

    /** Tells {@code then} (on the FX thread) which of these articles the library holds; none when it cannot say. */
    public void whichExist(List<String> ids, Consumer<Set<String>> then) {
        Set<String> wanted = Set.copyOf(ids);
        tasks.background(messages.get("task.load"), (p, c) -> actions.page(LibraryFilter.ALL.withIds(wanted),
                        LibraryOrder.NEWEST_FIRST, 0, wanted.size()).stream().map(s -> s.id())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                then::accept, e -> {
                    LOG.error("Reading the library failed", e);
                    then.accept(Set.of());
                });
    }

    /** The filters as the index applies them (the search runs apart, see {@link #searchNow}). */
    private LibraryFilter filter() {
        LibraryFilter f = LibraryFilter.ALL.withOutlet(outletFilter.get()).withDates(from.get(), to.get());
        return story.get() == null ? f : f.withIds(story.get().ids());
    }

    /** Groups the listed articles into stories in the background; a newer load cancels an older grouping. */
    private void findStories() {
        long generation = ++storiesGeneration;
        Task<?> previous = storiesTask.get();
        if (previous != null && !previous.isDone()) {
            previous.cancel(false);
        }
        Task<List<Stories.Story>> task = tasks.background(messages.get("task.stories"),
                (p, c) -> actions.stories(p, c), found -> {
                    if (generation != storiesGeneration || found == null) {
                        return;
                    }
                    storiesDone = generation;
                    storiesTask.set(null);
                    if (found.equals(stories)) {
                        return; // unchanged (an edit of metadata that moves nothing): keep the list and the choice
                    }
                    Stories.Story chosen = story.get();
                    stories.setAll(found);
                    if (chosen != null) {
                        // keep the chosen story when it is still there (perhaps grown), else show every article
                        story.set(found.stream().filter(s -> s.ids().stream().anyMatch(chosen::contains))
                                .max(java.util.Comparator.comparingLong(s -> s.ids().stream().filter(chosen::contains).count()))
                                .orElse(null));
                    }
                    storiesTask.set(null);
                }, e -> {
                    if (generation == storiesGeneration) {
                        storiesDone = generation;
                        LOG.error("Grouping the library into stories failed", e);
                        onStatus.accept(message(e));
                        storiesTask.set(null);
                    }
                });
        if (storiesDone != generation) { // else it has already finished (work run on the calling thread)
            storiesTask.set(task);
        }
    }

    // ---------------------------------------------------------------- search and filters

    /** Runs the search for the current query now (the field runs it by itself shortly after typing stops). */
    public void searchNow() {
        searchDelay.stop();
        String q = query.get();
        if (q == null || q.isBlank()) {
            return;
        }
        long generation = ++searchGeneration;
        tasks.background(messages.get("task.search"), (p, c) -> {
            List<HitRow> rows = new ArrayList<>();
            var found = actions.search(q, SEARCH_LIMIT);
            for (int i = 0; i < found.size(); i++) {
                rows.add(HitRow.of(i + 1, found.get(i)));
            }
            return rows;
        }, rows -> {
            if (generation == searchGeneration) {
                searchError.set("");
                allHits.setAll(rows);
                searchActive.set(true);
            }
        }, e -> {
            if (generation != searchGeneration) {
                return;
            }
            allHits.clear();
            searchActive.set(true);
            if (e instanceof LibraryException) {
                searchError.set(e.getMessage());
            } else {
                LOG.error("Search failed: {}", q, e);
                searchError.set(message(e));
            }
        });
    }

    private void refilter() {
        list(false, () -> { });
        hits.setPredicate(h -> passes(h.article()));
    }

    private boolean passes(ArticleRow row) {
        if (story.get() != null && !storyIds.contains(row.id())) {
            return false;
        }
        String outlet = outletFilter.get();
        if (outlet != null) {
            String rowOutlet = row.outlet() == null ? NO_OUTLET : row.outlet();
            if (!rowOutlet.equalsIgnoreCase(outlet)) {
                return false;
            }
        }
        if (from.get() != null || to.get() != null) {
            LocalDate d = row.published();
            if (d == null || from.get() != null && d.isBefore(from.get()) || to.get() != null && d.isAfter(to.get())) {
                return false;
            }
        }
        return true;
    }

    private boolean filtered() {
        return outletFilter.get() != null || from.get() != null || to.get() != null || story.get() != null;
    }

    private String describe() {
        if (searchActive.get()) {
            if (!searchError.get().isEmpty()) {
                return "";
            }
            return hits.size() == allHits.size() ? messages.format("library.results", hits.size())
                    : messages.format("library.resultsFiltered", hits.size(), allHits.size());
        }
        return !filtered() ? messages.format("library.count", total.get())
                : messages.format("library.countFiltered", articles.size(), total.get());
    }

    private String describeFilters() {
        List<String> on = new ArrayList<>();
        if (story.get() != null) {
            on.add(messages.format("library.filterStory", story.get().label()));
        }
        if (outletFilter.get() != null) {
            on.add(outletFilter.get().equals(NO_OUTLET) ? messages.get("library.filterNoOutlet")
                    : messages.format("library.filterOutlet", outletFilter.get()));
        }
        if (from.get() != null) {
            on.add(messages.format("library.filterFrom", DateFields.format(from.get())));
        }
        if (to.get() != null) {
            on.add(messages.format("library.filterTo", DateFields.format(to.get())));
        }
        return String.join(", ", on);
    }

    /** The story, outlet and date filters that are on, for people ("story “…”, from 2023-09-13"); "" for none. */
    public StringBinding activeFiltersProperty() {
        return activeFilters;
    }

    /** Clears the story, outlet and date filters. */
    public void clearFilters() {
        story.set(null);
        outletFilter.set(null);
        from.set(null);
        to.set(null);
    }

    // ---------------------------------------------------------------- changes

    /** Imports files and folders; the report is shown when done, also when cancelled. */
    public Task<ImportReport> importPaths(List<Path> paths) {
        List<Path> copy = List.copyOf(paths);
        return tasks.run(messages.get("task.import"), (p, c) -> {
            ImportReport report = null;
            try {
                report = actions.importPaths(copy, p, c);
                return report;
            } finally {
                ImportReport done = report;
                fx.execute(() -> {
                    if (done != null) {
                        showImport(done);
                    }
                    reload();
                });
            }
        }, r -> { });
    }

    /** Adds a pasted article with the metadata the user typed; selects it once listed. */
    public Task<LibraryActions.Pasted> importText(String text, Metadata given) {
        return tasks.run(messages.get("task.paste"), (p, c) -> actions.importText(text, given), pasted -> {
            onStatus.accept(messages.get(pasted.result() == org.parallax.core.index.AddResult.ADDED
                    ? "paste.added" : "paste.duplicate"));
            selectedIds.setAll(pasted.id());
            reload();
        });
    }

    public Task<?> edit(String id, MetadataEdit edit) {
        return tasks.run(messages.get("task.edit"), (p, c) -> actions.edit(id, edit), entry -> {
            onStatus.accept(messages.get("edit.done"));
            reload();
        });
    }

    public Task<Integer> remove(List<String> ids) {
        List<String> copy = List.copyOf(ids);
        return tasks.run(messages.get("task.remove"), (p, c) -> actions.remove(copy, p, c), n -> {
            onStatus.accept(messages.format("remove.done", n));
            selectedIds.removeAll(copy);
            ArticleRow f = focused.get();
            if (f != null && copy.contains(f.id())) {
                focused.set(null);
            }
            reload();
        });
    }

    /** Empties the library and imports the sample articles again. */
    public Task<ImportReport> resetToSamples() {
        return tasks.run(messages.get("task.reset"), (p, c) -> {
            ImportReport report = null;
            try {
                report = actions.resetToSamples(p, c);
                return report;
            } finally {
                ImportReport done = report;
                fx.execute(() -> {
                    if (done != null) {
                        showImport(done);
                    }
                    reload();
                });
            }
        }, r -> { });
    }

    private void showImport(ImportReport report) {
        lastImport.set(report);
        onStatus.accept(summaryOf(report));
    }

    /** "3 imported, 1 duplicate, 1 skipped" (and "cancelled" when it was). */
    public String summaryOf(ImportReport report) {
        String s = messages.format("import.summary", report.count(ImportOutcome.Status.IMPORTED),
                report.count(ImportOutcome.Status.DUPLICATE), report.count(ImportOutcome.Status.SKIPPED));
        return report.cancelled() ? s + " " + messages.get("import.cancelled") : s;
    }

    public void dismissImport() {
        lastImport.set(null);
    }

    // ---------------------------------------------------------------- compare

    public boolean canCompare() {
        return new HashSet<>(selectedIds).size() >= 2;
    }

    /** Hands the selected articles (two or more) to the comparison. */
    public void compare() {
        if (canCompare()) {
            onCompare.accept(List.copyOf(new java.util.LinkedHashSet<>(selectedIds)));
        }
    }

    /**
     * The story to open by "Compare story": the one chosen in the Stories list, else the story of the article
     * shown in the detail pane; empty when neither is known.
     */
    public Optional<Stories.Story> storyToCompare() {
        if (story.get() != null) {
            return Optional.of(story.get());
        }
        ArticleRow f = focused.get();
        return f == null ? Optional.empty() : Stories.storyOf(stories, f.id());
    }

    /** Opens this story as a comparison, if it has two or more articles; says why not otherwise. */
    public boolean compareStory(Stories.Story s) {
        if (s == null) {
            return false;
        }
        if (!s.comparable()) {
            onStatus.accept(messages.get("stories.single"));
            return false;
        }
        onCompare.accept(s.ids());
        return true;
    }

    /** Opens {@link #storyToCompare()} as a comparison. */
    public boolean compareStory() {
        return compareStory(storyToCompare().orElse(null));
    }

    /** What Compare does with the selected article ids (the app switches to the comparison page). */
    public void setOnCompare(Consumer<List<String>> onCompare) {
        this.onCompare = Objects.requireNonNull(onCompare);
    }

    /** Where short messages for the status bar go. */
    public void setOnStatus(Consumer<String> onStatus) {
        this.onStatus = Objects.requireNonNull(onStatus);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---------------------------------------------------------------- properties

    /**
     * The articles passing the filters, in {@link #orderProperty()}: as long as the filtered library, holding only
     * the pages read lately; a row not read yet is {@code null} and is read when asked for.
     */
    public ObservableList<ArticleRow> articles() {
        return articles;
    }

    /** The positions in {@link #articles()} of these articles, among the rows read. */
    List<Integer> positionsOf(java.util.Collection<String> ids) {
        return articles.indicesOf(ids);
    }

    /** How many articles the library holds, unfiltered. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The order of the table, applied by the index; newest first at the start. */
    public ObjectProperty<LibraryOrder> orderProperty() {
        return order;
    }

    /** The article in the detail pane, read in full (body, extraction), or {@code null} until read. */
    public ReadOnlyObjectProperty<LibraryEntry> focusedEntryProperty() {
        return focusedEntry.getReadOnlyProperty();
    }

    /** The search's hits passing the filters, best first. */
    public ObservableList<HitRow> hits() {
        return hits;
    }

    /** The outlets in the library, sorted; {@link #NO_OUTLET} last when some article has none. */
    public ObservableList<String> outlets() {
        return outlets;
    }

    /** The story groups of the whole library (unfiltered): several-article stories first, largest first. */
    public ObservableList<Stories.Story> stories() {
        return stories;
    }

    /** The story chosen in the Stories list: the articles are filtered to it; {@code null} for every article. */
    public ObjectProperty<Stories.Story> storyProperty() {
        return story;
    }

    /** The grouping running now (for its progress), or {@code null}. */
    public ReadOnlyObjectProperty<Task<?>> storiesTaskProperty() {
        return storiesTask.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty searchErrorProperty() {
        return searchError.getReadOnlyProperty();
    }

    /** True while a query is in the search field and its results (or error) are shown. */
    public ReadOnlyBooleanProperty searchActiveProperty() {
        return searchActive;
    }

    public ObjectProperty<String> outletFilterProperty() {
        return outletFilter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The ids of the selected articles, as the view selects them. */
    public ObservableList<String> selectedIds() {
        return selectedIds;
    }

    /** The article shown in the detail pane. */
    public ObjectProperty<ArticleRow> focusedProperty() {
        return focused;
    }

    /** Ids the view should select (after a reload, or a pasted article). */
    public ReadOnlyObjectProperty<List<String>> selectRequestProperty() {
        return selectRequest.getReadOnlyProperty();
    }

    /** The last import's report until dismissed, else {@code null}. */
    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LibraryStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding writableProperty() {
        return writable;
    }

    /** True once the library was first loaded (after the first-run import, if any). */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** True while a first run imports the sample articles (the empty table says so). */
    public ReadOnlyBooleanProperty importingSamplesProperty() {
        return importingSamples;
    }

    /** "5 articles", "3 of 5 articles", "2 results"… */
    public StringBinding summaryProperty() {
        return summary;
    }

    public boolean isFiltered() {
        return filtered();
    }
}

package org.parallax.ui.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.concurrent.Task;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.parallax.core.report.ReportFormat;
import org.parallax.core.report.ReportWriter;
import org.parallax.ui.common.Messages;
import org.parallax.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the comparison screen (no nodes): runs the {@link Comparer} through {@link Tasks} off the FX thread,
 * turns the result into the side-by-side model ({@link SideBySideAdapter}, also off the FX thread), then opens
 * on the widest disagreement: the figure group that differs across the most outlets, its first mention selected.
 * Also the summary counts and their "jump to" actions, the figure group the claims table and timeline show, and
 * the export of the current comparison through {@link ReportWriter}.
 */
public final class ComparisonScreenModel {

    private static final Logger LOG = LoggerFactory.getLogger(ComparisonScreenModel.class);

    /** The blocking comparison call; {@code Comparer.create()::compare} in the app, wrapped by tests. */
    @FunctionalInterface
    public interface Engine {
        Comparison compare(List<Article> articles, List<Extraction> extractions, Progress progress,
                           Cancellation cancellation) throws CancelledException;
    }

    /** What the summary strip counts (and jumps to). */
    public enum Category {
        FIGURES_DIFFER(h -> h.kind() == HighlightKind.FIGURE && h.verdict() == Verdict.DIFFER),
        FIGURES_CONSISTENT(h -> h.kind() == HighlightKind.FIGURE && h.verdict() == Verdict.CONSISTENT),
        ATTRIBUTIONS_DIFFER(h -> h.kind() == HighlightKind.ATTRIBUTION && h.flags().contains(QuoteFlag.SPEAKER_DIFFERS)),
        QUOTES_CHANGED(h -> h.kind() == HighlightKind.QUOTE && h.isDifference());

        private final Predicate<Highlight> test;

        Category(Predicate<Highlight> test) {
            this.test = test;
        }

        public boolean test(Highlight h) {
            return test.test(h);
        }
    }

    /**
     * The counts of the summary strip and the tabs: figure groups per verdict, quote groups (the same words in
     * several places), attribution differences, quote groups with a flag, aligned passages; and what they are
     * counted among: the quotes and attributions found in the articles' bodies, and the quote groups that span
     * two outlets or more.
     */
    public record Summary(int figuresDiffer, int figuresConsistent, int figuresAgree, int figuresSingle, int quotes,
                          int attributionDifferences, int quotesChanged, int alignedPassages, int quotesFound,
                          int quotesShared, int attributionsFound) {

        public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public static Summary of(Comparison c, SideBySideModel m) {
            int[] byVerdict = new int[Verdict.values().length];
            for (FigureGroup g : c.claims().figureGroups()) {
                byVerdict[g.verdict().ordinal()]++;
            }
            int quotes = (int) c.claims().quoteGroups().stream().filter(q -> !q.flags().isEmpty()).count();
            int shared = (int) c.claims().quoteGroups().stream()
                    .filter(q -> q.mentions().stream().map(QuoteMention::article).distinct().count() > 1).count();
            int quotesFound = c.extractions().stream().mapToInt(x -> x.quotes().size()).sum();
            int attributionsFound = c.extractions().stream().mapToInt(x -> x.attributions().size()).sum();
            return new Summary(byVerdict[Verdict.DIFFER.ordinal()], byVerdict[Verdict.CONSISTENT.ordinal()],
                    byVerdict[Verdict.AGREE.ordinal()], byVerdict[Verdict.SINGLE.ordinal()],
                    c.claims().quoteGroups().size(), c.claims().attributionDifferences().size(), quotes,
                    m.rows().size(), quotesFound, shared, attributionsFound);
        }

        public int count(Category category) {
            return switch (category) {
                case FIGURES_DIFFER -> figuresDiffer;
                case FIGURES_CONSISTENT -> figuresConsistent;
                case ATTRIBUTIONS_DIFFER -> attributionDifferences;
                case QUOTES_CHANGED -> quotesChanged;
            };
        }
    }

    /** The rows of the claims view's three tabs, in their order. */
    public record ClaimLists(List<ClaimRows.Row> figures, List<ClaimRows.Row> quotes,
                             List<ClaimRows.Row> attributions) {

        public static final ClaimLists EMPTY = new ClaimLists(List.of(), List.of(), List.of());

        public ClaimLists {
            figures = List.copyOf(figures);
            quotes = List.copyOf(quotes);
            attributions = List.copyOf(attributions);
        }
    }

    private record Result(Comparison comparison, SideBySideModel model, ClaimLists claims) {
    }

    private final Tasks tasks;
    private final Messages messages;
    private final Engine engine;
    private final SideBySideAdapter adapter;
    private final ClaimRows claimRows;
    private final ReadOnlyObjectWrapper<ClaimLists> claims = new ReadOnlyObjectWrapper<>(ClaimLists.EMPTY);
    private final SideBySideViewModel view = new SideBySideViewModel();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(Summary.EMPTY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final IntegerProperty selectedFigureGroup = new SimpleIntegerProperty(-1);
    /** the comparison shown, for exports on a worker thread */
    private volatile Comparison current;
    private Extractor extractor;

    public ComparisonScreenModel(Tasks tasks, Messages messages) {
        this(tasks, messages, lazyComparer());
    }

    /** The core comparer, made on the first comparison (a worker thread), not while the window opens. */
    private static Engine lazyComparer() {
        Comparer[] made = new Comparer[1];
        return (articles, extractions, progress, cancellation) -> {
            Comparer comparer;
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = Comparer.create();
                }
                comparer = made[0];
            }
            return comparer.compare(articles, extractions, progress, cancellation);
        };
    }

    public ComparisonScreenModel(Tasks tasks, Messages messages, Engine engine) {
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.engine = Objects.requireNonNull(engine);
        this.adapter = new SideBySideAdapter(messages);
        this.claimRows = new ClaimRows(messages);
        // a figure selected in the text becomes the claims table's and the timeline's group
        view.currentProperty().addListener((obs, old, ref) -> {
            if (ref != null) {
                ClaimRef claim = view.getModel().highlight(ref).claim();
                if (claim != null && claim.kind() == ClaimRef.Kind.FIGURE_GROUP) {
                    selectedFigureGroup.set(claim.index());
                }
            }
        });
    }

    // ---- running the comparison ----

    /** Compares the articles (each with its extraction, same order) off the FX thread, then shows the result. */
    public Task<?> compare(List<Article> articles, List<Extraction> extractions) {
        List<Article> a = List.copyOf(articles);
        List<Extraction> e = List.copyOf(extractions);
        return start((p, c) -> result(engine.compare(a, e, p, c)));
    }

    /**
     * Loads the articles with these ids from {@code library} and compares them, all off the FX thread. An article
     * stored without its extraction is extracted on the way.
     */
    public Task<?> compare(List<String> ids, ArticleLookup library) {
        List<String> given = List.copyOf(ids);
        return start((p, c) -> {
            List<Article> articles = new ArrayList<>();
            List<Extraction> extractions = new ArrayList<>();
            for (String id : given) {
                c.check();
                LibraryEntry entry = library.get(id).orElseThrow(() ->
                        new java.util.NoSuchElementException(messages.format("comparison.notInLibrary", id)));
                articles.add(entry.article());
                Extraction ex = entry.extraction();
                if (ex.figures().isEmpty() && ex.quotes().isEmpty() && ex.attributions().isEmpty()
                        && !entry.article().body().isBlank()) {
                    ex = extractor().extract(entry.article());
                }
                extractions.add(ex);
            }
            return result(engine.compare(articles, extractions, p, c));
        });
    }

    /** Shows a comparison made elsewhere (the model is still built off the FX thread). */
    public Task<?> show(Comparison done) {
        return start((p, c) -> result(done));
    }

    private synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    private Result result(Comparison c) {
        LOG.debug("Comparison of {} articles: {} figure groups, {} rows", c.articles().size(),
                c.claims().figureGroups().size(), c.alignment().rows().size());
        return new Result(c, adapter.toModel(c), new ClaimLists(claimRows.figures(c), claimRows.quotes(c),
                claimRows.attributions(c)));
    }

    private Task<?> start(Tasks.Work<Result> work) {
        Task<?> previous = running.get();
        if (previous != null) {
            previous.cancel();
        }
        busy.set(true);
        status.set(messages.get("task.compare"));
        java.util.concurrent.atomic.AtomicReference<Task<Result>> self = new java.util.concurrent.atomic.AtomicReference<>();
        Task<Result> task = tasks.run(messages.get("task.compare"), work, r -> {
            if (running.get() == self.get()) {
                finished();
            }
            if (r != null) {
                apply(r);
            }
        }, e -> {
            if (running.get() == self.get()) {
                finished();
            }
            status.set(messages.format("comparison.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        });
        javafx.event.EventHandler<javafx.concurrent.WorkerStateEvent> cancelled = task.getOnCancelled();
        task.setOnCancelled(ev -> {
            cancelled.handle(ev);
            if (running.get() == task) {
                finished();
            }
            status.set(messages.get("comparison.cancelled"));
        });
        self.set(task);
        running.set(task);
        return task;
    }

    private void finished() {
        busy.set(false);
        running.set(null);
    }

    private void apply(Result r) {
        current = r.comparison();
        comparison.set(r.comparison());
        summary.set(Summary.of(r.comparison(), r.model()));
        claims.set(r.claims());
        view.setModel(r.model());
        status.set(messages.format("comparison.done", r.comparison().articles().size()));
        int widest = widestDisagreement(r.comparison());
        selectedFigureGroup.set(-1);
        selectedFigureGroup.set(widest);
        if (widest >= 0) {
            r.model().first(ClaimRef.figureGroup(widest)).ifPresent(view::select);
        } else if (!view.differences().isEmpty()) {
            view.nextDifference();
        }
    }

    /**
     * The figure group to open on: of the groups that differ (else are only compatible), the one reported by the
     * most outlets, then with the most mentions; -1 when every figure agrees.
     */
    public static int widestDisagreement(Comparison c) {
        List<FigureGroup> groups = c.claims().figureGroups();
        Comparator<Integer> order = Comparator
                .<Integer>comparingInt(i -> groups.get(i).verdict() == Verdict.DIFFER ? 1 : 0)
                .thenComparingLong(i -> groups.get(i).mentions().stream().map(FigureMention::article).distinct().count())
                .thenComparingInt(i -> groups.get(i).mentions().size())
                .thenComparing(Comparator.<Integer>reverseOrder());
        int best = -1;
        for (int i = 0; i < groups.size(); i++) {
            Verdict v = groups.get(i).verdict();
            if (v != Verdict.DIFFER && v != Verdict.CONSISTENT) {
                continue;
            }
            if (best < 0 || order.compare(i, best) > 0) {
                best = i;
            }
        }
        return best;
    }

    /** Cancels the comparison under way, if any. */
    public void cancel() {
        Task<?> t = running.get();
        if (t != null) {
            t.cancel();
        }
    }

    // ---- navigation ----

    /** Selects the next highlight of {@code category} in reading order (wrapping round); false if none. */
    public boolean jumpTo(Category category) {
        return view.next(category::test);
    }

    /** Selects figure group {@code index} and its first mention in the columns. */
    public void selectFigureGroup(int index) {
        selectedFigureGroup.set(index);
        view.selectClaim(ClaimRef.figureGroup(index));
    }

    /** Selects the claim of a claims-view row in the columns (a figure group also in the timeline). */
    public void selectClaim(ClaimRef claim) {
        if (claim.kind() == ClaimRef.Kind.FIGURE_GROUP) {
            selectFigureGroup(claim.index());
        } else {
            view.selectClaim(claim);
        }
    }

    /** The rows of the claims view (figures, quotes, attributions) of the comparison shown. */
    public ReadOnlyObjectProperty<ClaimLists> claimsProperty() {
        return claims.getReadOnlyProperty();
    }

    /** Selects the first mention of quote group {@code index} in the columns. */
    public void selectQuoteGroup(int index) {
        view.selectClaim(ClaimRef.quoteGroup(index));
    }

    /** The timeline of the selected figure group. */
    public TimelineData timeline() {
        Comparison c = comparison.get();
        return c == null ? TimelineData.EMPTY : TimelineData.of(c, selectedFigureGroup.get(), adapter);
    }

    // ---- export ----

    /**
     * Writes the current comparison to {@code file} in the format its extension names ({@code .html}, {@code .md},
     * {@code .csv}, {@code .json}; else Markdown) and returns a status message. Blocks: call it off the FX thread
     * (as {@link #exportTo(Path, Consumer)} does).
     *
     * @throws IllegalStateException when nothing has been compared yet
     */
    public String export(Path file, Progress progress, Cancellation cancellation) throws IOException, CancelledException {
        Comparison c = current;
        if (c == null) {
            throw new IllegalStateException(messages.get("export.nothing"));
        }
        ReportFormat format = ReportFormat.ofFileName(file.getFileName().toString()).orElse(ReportFormat.MARKDOWN);
        progress.update(0, 1, messages.format("export.writing", file.getFileName()));
        cancellation.check();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ReportWriter.write(c, format, w);
        }
        progress.update(1, 1, null);
        LOG.info("Exported the comparison of {} articles to {} ({})", c.articles().size(), file, format);
        return messages.format("export.done", format.name().toLowerCase(Locale.ROOT), c.articles().size(), file);
    }

    /** Exports off the FX thread; {@code done} gets the status message on the FX thread. */
    public Task<String> exportTo(Path file, Consumer<String> done) {
        return tasks.run(messages.get("task.export"), (p, c) -> export(file, p, c), msg -> {
            status.set(msg);
            done.accept(msg);
        }, e -> {
            String msg = messages.format("export.failed", file, e.getMessage() == null ? e.toString() : e.getMessage());
            status.set(msg);
            done.accept(msg);
        });
    }

    // ---- properties ----

    public SideBySideViewModel view() {
        return view;
    }

    public SideBySideAdapter adapter() {
        return adapter;
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public Optional<Comparison> comparison() {
        return Optional.ofNullable(comparison.get());
    }

    public ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a comparison runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The comparison task under way (for its progress and message), or {@code null}. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last outcome for people: "Compared 5 articles", "Exported …". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The figure group the claims table selects and the timeline plots; -1 for none. */
    public IntegerProperty selectedFigureGroupProperty() {
        return selectedFigureGroup;
    }
}

package org.parallax.ui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.parallax.core.article.Article;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;
import org.parallax.ui.common.Messages;

/**
 * Test fixture: REAL seed articles ({@code seeds/*.txt}, read by {@link ArticleLoader}, extracted by
 * {@link Extractor}) compared by the real {@link Comparer} and turned into a {@link SideBySideModel} by
 * {@link SideBySideAdapter}. Loads and comparisons are cached for the test JVM.
 */
public final class SeedComparisons {

    /** Seed file names (without {@code .txt}). */
    public static final String SPACEWAR = "spacewar-2024-11-20-zelensky-says-north-korea-may-send-up-to-100000-troops";
    public static final String EUROMAIDAN = "euromaidan-press-undated-north-korea-may-deploy-up-to-100000-troops";
    public static final String UNKNOWN = "unknown-outlet-2024-11-05-over-10000-north-korean-troops-deployed-in-russia";

    /** The seed articles and what was extracted from them, in one order. */
    public record Loaded(List<Article> articles, List<Extraction> extractions) {
    }

    private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final Map<List<String>, Comparison> COMPARED = new ConcurrentHashMap<>();
    private static Extractor extractor;

    private SeedComparisons() {
    }

    public static Messages messages() {
        return Messages.load(Locale.ENGLISH);
    }

    public static Path seedsDirectory() {
        return Path.of(System.getProperty("parallax.seeds", "seeds"));
    }

    /** The names of every seed, sorted: the five articles in a stable order. */
    public static List<String> allNames() {
        try (Stream<Path> files = Files.list(seedsDirectory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The named seeds, loaded and extracted. */
    public static Loaded load(List<String> names) {
        List<Article> articles = new ArrayList<>();
        List<Extraction> extractions = new ArrayList<>();
        for (String name : names) {
            Loaded one = LOADED.computeIfAbsent(name, SeedComparisons::loadOne);
            articles.addAll(one.articles());
            extractions.addAll(one.extractions());
        }
        return new Loaded(articles, extractions);
    }

    private static Loaded loadOne(String name) {
        try {
            Article a = new ArticleLoader().load(seedsDirectory().resolve(name + ".txt"));
            return new Loaded(List.of(a), List.of(extractor().extract(a.body())));
        } catch (IngestException e) {
            throw new IllegalStateException("cannot load seed " + name, e);
        }
    }

    private static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor();
        }
        return extractor;
    }

    /** The real comparison of the named seeds (cached). */
    public static Comparison comparison(List<String> names) {
        return COMPARED.computeIfAbsent(List.copyOf(names), n -> {
            Loaded l = load(n);
            try {
                return Comparer.create().compare(l.articles(), l.extractions(), Progress.NONE, Cancellation.NEVER);
            } catch (CancelledException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** All five seeds, sorted by file name. */
    public static Comparison allFive() {
        return comparison(allNames());
    }

    public static SideBySideModel of(List<String> names) {
        return new SideBySideAdapter(messages()).toModel(comparison(names));
    }

    /** SpaceWar.com (UPI), Euromaidan Press and the unknown outlet of 5 November: three columns. */
    public static SideBySideModel threeOutlets() {
        return of(List.of(SPACEWAR, EUROMAIDAN, UNKNOWN));
    }

    /** SpaceWar.com and Euromaidan Press. */
    public static SideBySideModel twoOutlets() {
        return of(List.of(SPACEWAR, EUROMAIDAN));
    }

    /** The five seeds. */
    public static SideBySideModel fiveOutlets() {
        return of(allNames());
    }

    public static List<Integer> offsetsOf(String body, String text) {
        List<Integer> out = new ArrayList<>();
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
            out.add(at);
        }
        return out;
    }

    /** Highlights per kind and verdict, for a print-out. */
    static Map<String, Integer> counts(SideBySideModel model) {
        Map<String, Integer> out = new TreeMap<>();
        for (Column c : model.columns()) {
            for (Highlight h : c.highlights()) {
                out.merge(h.kind() + (h.verdict() == null ? "" : "/" + h.verdict()), 1, Integer::sum);
            }
        }
        return out;
    }
}

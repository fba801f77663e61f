package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parallax.core.article.Article;
import org.parallax.core.compare.align.AlignerBenchmark;
import org.parallax.core.compare.Comparer;
import org.parallax.core.compare.Comparison;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Library;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * The whole comparison of articles already in the library (warm): read the articles and their stored
 * extractions from a real on-disk library by id, align their passages and group their claims. 2 articles are
 * two seeds; 20 are the five seeds plus reworded, reordered, partly cut copies of them (more outlets of one
 * story), each extracted and stored at setup as an import does.
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:exec -Djmh.args="ComparisonBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComparisonBenchmark {

    @Param({"2", "20"})
    public int articles;

    private Path directory;
    private Library library;
    private final List<String> ids = new ArrayList<>();
    private final Comparer comparer = Comparer.create();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        directory = Files.createTempDirectory("parallax-bench-");
        library = Library.open(directory.resolve("library"));
        ArticleLoader loader = new ArticleLoader();
        Extractor extractor = new Extractor();
        List<Article> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("parallax.seeds", "seeds")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(loader.load(p));
            }
        }
        List<Article> chosen = new ArrayList<>(articles == 2 ? List.of(seeds.get(0), seeds.get(2)) : seeds);
        Random rnd = new Random(42);
        while (chosen.size() < articles) {
            Article s = seeds.get(rnd.nextInt(seeds.size()));
            chosen.add(Article.of(s.metadata(), AlignerBenchmark.variant(s.body(), rnd).strip(), List.of(), s.source(),
                    s.format()));
        }
        for (Article a : chosen) {
            library.add(a, extractor.extract(a.body()));
            ids.add(a.id());
        }
    }

    @Benchmark
    public Comparison compareFromLibrary() throws Exception {
        List<Article> list = new ArrayList<>(ids.size());
        List<Extraction> extractions = new ArrayList<>(ids.size());
        for (String id : ids) {
            LibraryEntry e = library.get(id).orElseThrow();
            list.add(e.article());
            extractions.add(e.extraction());
        }
        return comparer.compare(list, extractions, Progress.NONE, Cancellation.NEVER);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        library.close();
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

}

package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.parallax.core.article.Article;
import org.parallax.core.compare.align.Aligner;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.extract.attribution.AttributionExtractor;
import org.parallax.core.extract.figure.FigureExtractor;
import org.parallax.core.extract.quote.QuoteExtractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;
import org.parallax.core.text.Languages;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * The hot paths one at a time, on one core, over the seed articles: reading a file (decoding, body split,
 * header inference), sentence splitting, quote marks, figure, attribution and quote extraction (quotes find
 * their attributions as well), and aligning the seeds' passages (2 and all 5 articles). One operation goes
 * over every seed once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class HotPathBenchmark {

    private final List<Path> files = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<List<Sentence>> sentences = new ArrayList<>();
    private final List<ComparedText> texts = new ArrayList<>();
    private final ArticleLoader loader = new ArticleLoader();
    private final TextSplitter splitter = new TextSplitter();
    private final FigureExtractor figures = new FigureExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final Aligner aligner = Aligner.create();

    @Setup
    public void setUp() throws IOException, IngestException {
        Path seeds = Path.of(System.getProperty("parallax.seeds", "seeds"));
        try (Stream<Path> all = Files.list(seeds)) {
            files.addAll(all.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
        }
        for (Path p : files) {
            Article a = loader.load(p);
            bodies.add(a.body());
            sentences.add(splitter.sentences(a.body()));
            texts.add(new ComparedText(a.id(), a.body()));
        }
    }

    @Benchmark
    public void load(Blackhole bh) throws IngestException {
        for (Path p : files) {
            bh.consume(loader.load(p));
        }
    }

    /** The language of each seed: English by the quick test, the model never loaded (docs/formats.md). */
    @Benchmark
    public void language(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(Languages.detect(null, body));
        }
    }

    @Benchmark
    public void sentences(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(splitter.sentences(body));
        }
    }

    @Benchmark
    public void figures(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(figures.extract(body));
        }
    }

    @Benchmark
    public void attributions(Blackhole bh) {
        for (int i = 0; i < bodies.size(); i++) {
            bh.consume(attributions.extract(bodies.get(i), sentences.get(i)));
        }
    }

    @Benchmark
    public void quotes(Blackhole bh) {
        for (int i = 0; i < bodies.size(); i++) {
            bh.consume(quotes.extract(bodies.get(i), sentences.get(i)));
        }
    }

    @Benchmark
    public void quoteMarks(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(QuoteMarks.find(body));
        }
    }

    @Benchmark
    public Object alignTwo() throws Exception {
        return aligner.align(texts.subList(0, 2), Progress.NONE, Cancellation.NEVER);
    }

    @Benchmark
    public Object alignFive() throws Exception {
        return aligner.align(texts, Progress.NONE, Cancellation.NEVER);
    }
}

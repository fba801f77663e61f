package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.parallax.core.extract.Extractor;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;

/**
 * Extraction throughput on one core: all of figures, quotes and attributions over the bodies of the seeds.
 * One operation extracts every seed body once; MB/s = (total body characters as UTF-8 bytes) / (s/op).
 * The setup prints the corpus size so the figure can be converted.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class ExtractionBenchmark {

    private final List<String> bodies = new ArrayList<>();
    private Extractor extractor;

    @Setup
    public void setUp() throws IOException, IngestException {
        ArticleLoader loader = new ArticleLoader();
        Path seeds = Path.of(System.getProperty("parallax.seeds", "seeds"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Article a = loader.load(p);
                bodies.add(a.body());
            }
        }
        long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("%n[corpus] %d bodies, %d bytes of UTF-8 body text per operation%n", bodies.size(), bytes);
        extractor = new Extractor();
    }

    @Benchmark
    public void extractSeeds(Blackhole bh) {
        for (String body : bodies) {
            bh.consume(extractor.extract(body));
        }
    }

}

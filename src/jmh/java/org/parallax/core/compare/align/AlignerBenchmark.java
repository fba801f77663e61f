package org.parallax.core.compare.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.parallax.core.compare.SeedBodies;
import org.parallax.core.compare.text.ComparedText;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.CancelledException;
import org.parallax.core.progress.Progress;

/**
 * Time of {@link Aligner#align} on the seed bodies: 2 articles (two outlets of the seed story), and 20 and
 * 30 articles (the five seeds plus reworded, reordered, partly cut copies of them, as more outlets of one
 * story). Run: {@code mvn -Pbench -DskipTests test-compile exec:exec -Djmh.args="AlignerBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignerBenchmark {

    @Param({"2", "20", "30"})
    public int articles;

    /** Total passages from which Lucene finds the candidates: 0 = always, 1000 = the default. */
    @Param({"1000", "0"})
    public int luceneThreshold;

    private List<ComparedText> texts;
    private Aligner comparer;

    @Setup
    public void setup() {
        comparer = Aligner.builder().luceneThreshold(luceneThreshold).build();
        List<ComparedText> seeds = SeedBodies.load();
        texts = new ArrayList<>();
        if (articles == 2) {
            texts.add(seeds.get(0));
            texts.add(seeds.get(3));
            return;
        }
        texts.addAll(seeds);
        Random rnd = new Random(42);
        while (texts.size() < articles) {
            ComparedText s = seeds.get(rnd.nextInt(seeds.size()));
            texts.add(new ComparedText(s.id() + "-" + texts.size(), variant(s.body(), rnd)));
        }
    }

    /** A reworded, partly reordered and cut copy of {@code body}: another outlet's version of one story. */
    public static String variant(String body, Random rnd) {
        List<String> parts = new ArrayList<>(List.of(body.split("\n+")));
        Collections.shuffle(parts.subList(parts.size() / 2, parts.size()), rnd);
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (rnd.nextInt(4) == 0) {
                continue;
            }
            b.append(p.replace(" said", rnd.nextBoolean() ? " stated" : " said")
                    .replace("troops", rnd.nextBoolean() ? "soldiers" : "troops")
                    .replace("000", rnd.nextInt(3) == 0 ? "500" : "000")).append("\n\n");
        }
        return b.toString();
    }

    @Benchmark
    public Alignment align() throws CancelledException {
        return comparer.align(texts, Progress.NONE, Cancellation.NEVER);
    }
}

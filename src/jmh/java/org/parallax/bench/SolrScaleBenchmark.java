package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.parallax.core.extract.Extractor;
import org.parallax.core.index.Importer;
import org.parallax.core.index.Library;
import org.parallax.core.index.SolrAddress;
import org.parallax.core.index.SolrCollections;
import org.parallax.core.index.SolrLibrary;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.progress.Cancellation;
import org.parallax.core.progress.Progress;

/**
 * The shared library against the local one, in the same run: N generated articles (CorpusGenerator) imported
 * with the same Importer (reading and extraction included, the same for both) into a local library and into a
 * 2 shards × 2 replicas collection on a 2-node SolrCloud in this JVM (MiniSolrCloudCluster); then search
 * latency (p50/p95 of 200 searches). A whole-process measurement like ScaleBenchmark, not a JMH benchmark:
 * {@code java -cp <test classpath> org.parallax.bench.SolrScaleBenchmark N WORK_DIR}.
 */
public final class SolrScaleBenchmark {

    private static final String[] QUERIES = {"troops", "minister said", "\"the border talks\"", "ceasefire OR floods",
        "budget NOT floods", "outlet:\"daily planet\" AND ceasefire", "bridge", "railway station", "reopened", "hospital"};

    private SolrScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path corpus = work.resolve("corpus-" + n);
        if (!Files.isDirectory(corpus)) {
            new CorpusGenerator(42L, CorpusGenerator.seedSentences(Path.of(System.getProperty("parallax.seeds", "seeds"))))
                    .write(corpus, n);
        }
        Importer importer = new Importer(new ArticleLoader(), new Extractor());
        Path localDir = Files.createTempDirectory(work, "local-");
        double localRate;
        List<Long> localLatency;
        try (Library local = Library.open(localDir)) {
            long t0 = System.nanoTime();
            importer.importPaths(local, List.of(corpus), Progress.NONE, Cancellation.NEVER);
            localRate = n / ((System.nanoTime() - t0) / 1e9);
            localLatency = searches(local);
        }
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, Files.createTempDirectory(work, "solr-")).build();
        try {
            String hosts = String.join(",", cluster.getJettySolrRunners().stream()
                    .map(j -> j.getBaseUrl().getHost() + ":" + j.getBaseUrl().getPort()).toList());
            SolrAddress address = SolrAddress.parse("solr://" + hosts + "/solr/scale");
            SolrCollections.init(address, 2, 2);
            cluster.waitForActiveCollection("scale", 60, TimeUnit.SECONDS, 2, 4);
            double solrRate;
            List<Long> solrLatency;
            try (SolrLibrary solr = SolrLibrary.open(address)) {
                long t0 = System.nanoTime();
                importer.importPaths(solr, List.of(corpus), Progress.NONE, Cancellation.NEVER);
                solrRate = n / ((System.nanoTime() - t0) / 1e9);
                solrLatency = searches(solr);
                if (solr.size() != n) {
                    throw new IllegalStateException("the collection holds " + solr.size() + " articles, not " + n);
                }
            }
            System.out.printf(Locale.ROOT, "articles %d | import local %.0f/s, solr %.0f/s (%.2fx) | search p50/p95 local %.1f/%.1f ms, solr %.1f/%.1f ms%n",
                    n, localRate, solrRate, solrRate / localRate, pct(localLatency, 50), pct(localLatency, 95),
                    pct(solrLatency, 50), pct(solrLatency, 95));
        } finally {
            cluster.shutdown();
        }
    }

    private static List<Long> searches(Library library) throws Exception {
        for (String q : QUERIES) {
            library.search(q, 20);   // warm-up
        }
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            library.search(QUERIES[i % QUERIES.length], 20);
            out.add(System.nanoTime() - t0);
        }
        Collections.sort(out);
        return out;
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}

package org.parallax.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
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
 * The shared library against the local one, in the same run, for each size N asked: N generated articles
 * (CorpusGenerator) imported with the same Importer (reading and extraction included, the same for both) into a
 * local library and into a 2 shards × 2 replicas collection on a 2-node SolrCloud in this JVM
 * (MiniSolrCloudCluster); then on each backend the search latency (p50/p95 of 200 searches), comparing 20 articles
 * (as ScaleBenchmark: 20 of the hits for "troops" read by id, aligned and grouped; median of 10 rounds after 5
 * warm-up ones) and a story update's neighbour look-up ({@code similar(id, 20)}, p50/p95 over 50 articles), with
 * how many of the local neighbours Solr also gives. One markdown table row per N. A whole-process measurement like
 * ScaleBenchmark, not a JMH benchmark:
 * {@code java -cp <test classpath> org.parallax.bench.SolrScaleBenchmark N[,N…] WORK_DIR}.
 */
public final class SolrScaleBenchmark {

    private static final String[] QUERIES = {"troops", "minister said", "\"the border talks\"", "ceasefire OR floods",
        "budget NOT floods", "outlet:\"daily planet\" AND ceasefire", "bridge", "railway station", "reopened", "hospital"};
    private static final int NEIGHBOURS = 20;
    private static final int NEIGHBOUR_ARTICLES = 50;

    /** What one backend measured at one size. */
    private record Measured(double importRate, double[] search, double compare20, double[] neighbours,
                            List<List<String>> neighbourLists) {
    }

    private SolrScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(args[0].split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, Files.createTempDirectory(work, "solr-")).build();
        System.out.println(header());
        try {
            String hosts = String.join(",", cluster.getJettySolrRunners().stream()
                    .map(j -> j.getBaseUrl().getHost() + ":" + j.getBaseUrl().getPort()).toList());
            for (int n : sizes) {
                System.out.println(row(n, work, cluster, hosts));
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static String header() {
        return "| articles | import local | import Solr | Solr / local | search p50 / p95 local | search p50 / p95 Solr "
                + "| compare 20 local | compare 20 Solr | neighbours p50 / p95 local | neighbours p50 / p95 Solr "
                + "| same neighbours |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    private static String row(int n, Path work, MiniSolrCloudCluster cluster, String hosts) throws Exception {
        Path corpus = work.resolve("corpus-" + n);
        if (!Files.isDirectory(corpus)) {
            new CorpusGenerator(42L, CorpusGenerator.seedSentences(Path.of(System.getProperty("parallax.seeds", "seeds"))))
                    .write(corpus, n);
        }
        Importer importer = new Importer(new ArticleLoader(), new Extractor());
        Measured local;
        List<String> sample;
        try (Library lib = Library.open(Files.createTempDirectory(work, "local-"))) {
            long t0 = System.nanoTime();
            importer.importPaths(lib, List.of(corpus), Progress.NONE, Cancellation.NEVER);
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            List<String> ids = new ArrayList<>(new java.util.TreeSet<>(lib.ids()));
            Collections.shuffle(ids, new Random(9));
            sample = List.copyOf(ids.subList(0, Math.min(NEIGHBOUR_ARTICLES, ids.size())));
            local = measure(lib, rate, sample);
        }
        String collection = "scale" + n;
        SolrAddress address = SolrAddress.parse("solr://" + hosts + "/solr/" + collection);
        SolrCollections.init(address, 2, 2);
        cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, 2, 4);
        Measured solr;
        try (SolrLibrary lib = SolrLibrary.open(address)) {
            long t0 = System.nanoTime();
            importer.importPaths(lib, List.of(corpus), Progress.NONE, Cancellation.NEVER);
            double rate = n / ((System.nanoTime() - t0) / 1e9);
            if (lib.size() != n) {
                throw new IllegalStateException("the collection holds " + lib.size() + " articles, not " + n);
            }
            solr = measure(lib, rate, sample);
        } finally {
            try (CloudSolrClient client = new CloudHttp2SolrClient.Builder(
                    List.of(cluster.getJettySolrRunner(0).getBaseUrl().toString())).build()) {
                CollectionAdminRequest.deleteCollection(collection).process(client);   // frees the heap for the next N
            }
        }
        int same = 0;
        int all = 0;
        for (int i = 0; i < sample.size(); i++) {
            Set<String> theirs = new HashSet<>(solr.neighbourLists().get(i));
            for (String id : local.neighbourLists().get(i)) {
                all++;
                same += theirs.contains(id) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "| %,d | %.0f/s | %.0f/s | %.2f× | %.1f / %.1f ms | %.1f / %.1f ms "
                        + "| %.0f ms | %.0f ms | %.1f / %.1f ms | %.1f / %.1f ms | %.0f%% |",
                n, local.importRate(), solr.importRate(), solr.importRate() / local.importRate(),
                local.search()[0], local.search()[1], solr.search()[0], solr.search()[1],
                local.compare20(), solr.compare20(), local.neighbours()[0], local.neighbours()[1],
                solr.neighbours()[0], solr.neighbours()[1], all == 0 ? 0.0 : 100.0 * same / all);
    }

    private static Measured measure(Library library, double importRate, List<String> sample) throws Exception {
        double[] search = searches(library);
        double compare20 = compare20(library);
        for (String id : sample.subList(0, Math.min(5, sample.size()))) {
            library.similar(id, NEIGHBOURS);   // warm-up
        }
        List<Long> ns = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        for (String id : sample) {
            long t0 = System.nanoTime();
            lists.add(library.similar(id, NEIGHBOURS));
            ns.add(System.nanoTime() - t0);
        }
        Collections.sort(ns);
        return new Measured(importRate, search, compare20, new double[] {pct(ns, 50), pct(ns, 95)}, lists);
    }

    private static double[] searches(Library library) throws Exception {
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
        return new double[] {pct(out, 50), pct(out, 95)};
    }

    /** Median ms to compare 20 articles, as ScaleBenchmark.compareLatency: read by id, aligned, claims grouped. */
    private static double compare20(Library library) throws Exception {
        List<String> ids = new ArrayList<>();
        for (var hit : library.search("troops", 200)) {
            ids.add(hit.entry().article().id());
        }
        Collections.sort(ids);   // the same start on both backends, whatever their order of equal scores
        return ScaleBenchmark.compareMs(library, ids, 20, new Random(7));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}

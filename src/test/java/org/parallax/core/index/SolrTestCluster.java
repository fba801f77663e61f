package org.parallax.core.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One real SolrCloud for all Solr tests of a test run: two Jetty nodes and an embedded ZooKeeper in this JVM
 * (Solr's MiniSolrCloudCluster), started on first use and shut down when the JVM ends. Starting it is the cost
 * (5-10 s on two cores), so the test classes share it; each test class uses collections of its own.
 */
public final class SolrTestCluster {

    static final int SHARDS = 2;
    static final int REPLICAS = 2;

    private static MiniSolrCloudCluster cluster;

    private SolrTestCluster() {
    }

    public static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path home = Files.createTempDirectory("parallax-solr-");
            MiniSolrCloudCluster c = new MiniSolrCloudCluster.Builder(2, home).build();
            cluster = c;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    c.shutdown();
                } catch (Exception e) {
                    // the JVM is ending
                }
            }, "solr-test-cluster-shutdown"));
        }
        return cluster;
    }

    /** The address of {@code collection} on the cluster, naming both nodes. */
    public static SolrAddress address(String collection) throws Exception {
        List<JettySolrRunner> nodes = get().getJettySolrRunners();
        String hosts = nodes.stream().map(j -> j.getBaseUrl().getHost() + ":" + j.getBaseUrl().getPort())
                .collect(Collectors.joining(","));
        return SolrAddress.parse("solr://" + hosts + "/solr/" + collection);
    }

    /** A Parallax library collection of 2 shards × 2 replicas, made by {@link SolrCollections#init}. */
    public static SolrAddress collection(String name) throws Exception {
        SolrAddress a = address(name);
        SolrCollections.init(a, SHARDS, REPLICAS);
        get().waitForActiveCollection(name, 60, TimeUnit.SECONDS, SHARDS, SHARDS * REPLICAS);
        return a;
    }
}

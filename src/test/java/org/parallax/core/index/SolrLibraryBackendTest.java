package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;

/**
 * The library contract on a SolrCloud collection of 2 shards × 2 replicas on a real 2-node cluster
 * ({@link SolrTestCluster}), and the same searches giving the same hits and snippets as the local library.
 */
@Tag("solr")
class SolrLibraryBackendTest extends LibraryBackendContract {

    private static SolrAddress address;

    @TempDir
    Path temp;

    @BeforeAll
    static void makeCollection() throws Exception {
        address = SolrTestCluster.collection("backend");
    }

    @Override
    protected Library emptyLibrary() throws Exception {
        try (CloudSolrClient client = SolrLibrary.client(address)) {
            client.deleteByQuery(address.collection(), "*:*");
            client.commit(address.collection());
        }
        return SolrLibrary.open(address);
    }

    @Test
    void givesTheSameHitsAndMostlyTheSameSnippetsAsTheLocalLibrary() throws Exception {
        List<Article> articles = searchArticles();
        try (Library local = Library.open(temp.resolve("local")); Batch l = local.batch(); Batch s = library.batch()) {
            for (Article a : articles) {
                l.add(a, Extraction.EMPTY);
                s.add(a, Extraction.EMPTY);
            }
            l.close();
            s.close();
            int same = 0;
            int all = 0;
            for (String query : List.of("\"North Korean\" AND Kursk", "troops", "kursk NOT troops", "deploy*",
                    "title:kursk", "border OR bridge", "outlet:spacewar.com", "published:2024", "\"north korean troops\"",
                    "officials said")) {
                List<SearchHit> expected = local.search(query, 50);
                List<SearchHit> actual = library.search(query, 50);
                assertThat(ids(actual)).as(query).containsExactlyInAnyOrderElementsOf(ids(expected));
                for (SearchHit e : expected) {
                    SearchHit a = actual.stream().filter(h -> h.entry().id().equals(e.entry().id())).findFirst().orElseThrow();
                    assertThat(a.snippets()).as("snippets of %s for %s", e.entry().id(), query).hasSameSizeAs(e.snippets());
                    for (Snippet snippet : e.snippets()) {
                        all++;
                        same += a.snippets().contains(snippet) ? 1 : 0;
                    }
                }
            }
            // Solr's sentence rule joins a line without final punctuation (a crosshead) to the next sentence
            // before scoring passages, so it sometimes picks another sentence than the local library does
            System.out.printf("Solr gave %d of the local library's %d snippets exactly%n", same, all);
            assertThat(same).as("snippets identical to the local library's").isGreaterThanOrEqualTo(all * 8 / 10);
        }
    }
}

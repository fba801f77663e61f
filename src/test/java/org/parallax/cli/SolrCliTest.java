package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parallax.core.index.SolrAddress;
import org.parallax.core.index.SolrTestCluster;

/**
 * The CLI on a shared library, as a newsroom runs it: {@code library init} (twice), then import, list, search
 * and show over {@code --library solr://…}, the same commands as on a folder; and a collection that is not a
 * Parallax library refused and left alone.
 */
@Tag("solr")
class SolrCliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ParallaxCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void initIsIdempotentAndEveryCommandWorksOnTheSharedLibrary() throws Exception {
        SolrAddress address = SolrTestCluster.address("cli");
        String lib = address.text();
        Run created = run("--library", lib, "library", "init", "--shards", "2", "--replicas", "2");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("created the shared library");
        SolrTestCluster.get().waitForActiveCollection("cli", 60, TimeUnit.SECONDS, 2, 4);
        Run again = run("--library", lib, "library", "init");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already a Parallax library");

        Path seeds = Path.of(System.getProperty("parallax.seeds", "seeds"));
        Run imported = run("--library", lib, "import", seeds.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        Run list = run("--library", lib, "--json", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        Run search = run("--library", lib, "search", "troops");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).containsIgnoringCase("troops");
        String firstId = list.out().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([0-9a-f]+)\".*", "$1");
        Run show = run("--library", lib, "show", firstId.substring(0, 8));
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains(firstId);
        // importing the same folder again: every article a duplicate, none added
        Run twice = run("--library", lib, "--json", "import", seeds.toString());
        assertThat(twice.exit()).isZero();
        assertThat(twice.out()).doesNotContain("\"status\" : \"imported\"").contains("\"status\" : \"duplicate\"");
    }

    @Test
    void aCollectionThatIsNotAParallaxLibraryIsRefusedAndLeftAlone() throws Exception {
        SolrAddress address = SolrTestCluster.address("notours");
        try (CloudSolrClient client = new CloudHttp2SolrClient.Builder(address.solrUrls()).build()) {
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName("other");
            upload.setUploadStream(new ContentStreamBase.ByteArrayStream(otherConfigset(), "other.zip", "application/zip"));
            upload.process(client);
            CollectionAdminRequest.createCollection("notours", "other", 1, 1).process(client);
        }
        Run init = run("--library", address.text(), "library", "init");
        assertThat(init.exit()).isEqualTo(Failures.FAILED);
        assertThat(init.err()).contains("is not a Parallax library");
        Run list = run("--library", address.text(), "list");
        assertThat(list.exit()).isEqualTo(Failures.FAILED);
        assertThat(list.err()).contains("is not a Parallax library");
    }

    /** Parallax's configset under another schema name: someone else's collection. */
    private static byte[] otherConfigset() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : List.of("managed-schema.xml", "solrconfig.xml", "stopwords_en.txt")) {
                try (InputStream in = SolrCliTest.class.getResourceAsStream(
                        "/org/parallax/core/index/solr/configset/conf/" + file)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("parallax-library-1", "someone-elses-schema");
                    zip.putNextEntry(new ZipEntry(file));
                    zip.write(text.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }
}

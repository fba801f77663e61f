package org.parallax.core.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.ContentStreamBase;
import org.parallax.core.index.LibraryException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a shared library: uploads Parallax's configset (the schema and configuration in
 * {@code org/parallax/core/index/solr/configset/conf}) to the cluster and creates the collection.
 */
public final class SolrCollections {

    private static final Logger LOG = LoggerFactory.getLogger(SolrCollections.class);

    /** The configset's name in the cluster: the schema's, so a changed layout is uploaded beside the old one. */
    public static final String CONFIGSET = SolrLibrary.SCHEMA_NAME;
    static final String CONFIGSET_RESOURCES = "/org/parallax/core/index/solr/configset/conf/";
    static final List<String> CONFIGSET_FILES = List.of("managed-schema.xml", "solrconfig.xml", "stopwords_en.txt");

    private SolrCollections() {
    }

    /** What {@link #init} did. */
    public enum Outcome {
        /** The collection was made (and the configset uploaded when the cluster lacked it). */
        CREATED,
        /** The collection was already a Parallax library: nothing changed. */
        EXISTED
    }

    /**
     * Makes the collection at {@code address} a Parallax library with {@code shards} shards of
     * {@code replicas} replicas each; does nothing when it already is one.
     *
     * @throws LibraryException when a collection of that name exists but is not a Parallax library
     *                          ({@link Reason#NOT_A_LIBRARY}), or the cluster refuses or cannot be reached
     */
    public static Outcome init(SolrAddress address, int shards, int replicas) throws LibraryException {
        if (shards < 1 || replicas < 1) {
            throw new LibraryException(Reason.INVALID_INPUT, "A collection needs at least one shard and one replica.");
        }
        try (CloudSolrClient client = SolrLibrary.client(address)) {
            List<String> collections = CollectionAdminRequest.listCollections(client);
            if (collections.contains(address.collection())) {
                String name = schemaName(client, address);
                if (!SolrLibrary.SCHEMA_NAME.equals(name)) {
                    throw notParallax(address, name);
                }
                LOG.info("{} is already a Parallax library", address);
                return Outcome.EXISTED;
            }
            List<String> configsets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
            if (configsets == null || !configsets.contains(CONFIGSET)) {
                ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
                upload.setConfigSetName(CONFIGSET);
                upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), CONFIGSET + ".zip",
                        "application/zip"));
                upload.process(client);
                LOG.info("Uploaded the configset {} to {}", CONFIGSET, address);
            }
            CollectionAdminRequest.createCollection(address.collection(), CONFIGSET, shards, replicas)
                    .process(client);
            LOG.info("Created the collection {} ({} shards × {} replicas)", address, shards, replicas);
            return Outcome.CREATED;
        } catch (SolrServerException | IOException | SolrException e) {
            throw new LibraryException(Reason.UNAVAILABLE, "Could not make the shared library " + address + " ("
                    + SolrLibrary.oneLine(e) + "); check the address, that Solr runs in SolrCloud mode and that"
                    + " this user may create collections.", e);
        }
    }

    /** The schema name of the collection at {@code address}, or null when there is no such collection. */
    static String schemaName(CloudSolrClient client, SolrAddress address) throws LibraryException {
        try {
            if (!CollectionAdminRequest.listCollections(client).contains(address.collection())) {
                throw new LibraryException(Reason.NOT_A_LIBRARY, "The cluster at " + address
                        + " has no collection '" + address.collection() + "'; make it a shared library first with"
                        + " parallax library init.");
            }
            return new SchemaRequest.SchemaName().process(client, address.collection()).getSchemaName();
        } catch (SolrServerException | IOException | SolrException e) {
            throw unreachable(address, e);
        } catch (RuntimeException e) {
            if (!SolrLibrary.isUnreachable(e)) {
                throw e;
            }
            throw unreachable(address, e);
        }
    }

    private static LibraryException unreachable(SolrAddress address, Exception e) {
        return new LibraryException(Reason.UNAVAILABLE, "The shared library " + address + " cannot be reached ("
                + SolrLibrary.oneLine(e) + "); check the address and that its Solr servers are running, then try"
                + " again.", e);
    }

    static LibraryException notParallax(SolrAddress address, String schemaName) {
        return new LibraryException(Reason.NOT_A_LIBRARY, "The collection '" + address.collection() + "' at "
                + address + " is not a Parallax library (its schema is '" + schemaName
                + "'); Parallax leaves it untouched. Name another collection.");
    }

    /** The configset as a zip, its files at the top level, as Solr's configset upload wants it. */
    static byte[] configsetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                try (InputStream in = SolrCollections.class.getResourceAsStream(CONFIGSET_RESOURCES + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the configset file " + file + " is missing from the jar");
                    }
                    zip.putNextEntry(new ZipEntry(file));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

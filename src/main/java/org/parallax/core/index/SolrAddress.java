package org.parallax.core.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parallax.core.index.LibraryException.Reason;

/**
 * Where a shared library lives: a SolrCloud collection, named in {@code --library} as
 * <ul>
 * <li>{@code solr://HOST:PORT[,HOST:PORT…]/solr/COLLECTION}: Solr nodes by their base URL (plain HTTP; several
 *     nodes, comma-separated, let the client start when one is down), or {@code solr+https://…} for TLS;</li>
 * <li>{@code solr+zk://HOST:2181[,HOST:2181…][/CHROOT]/COLLECTION}: the cluster's ZooKeeper ensemble.</li>
 * </ul>
 *
 * @param solrUrls   the nodes' base URLs (http://host:port/solr), empty for a ZooKeeper address
 * @param zkHosts    the ZooKeeper hosts (host:port), empty for a node address
 * @param zkChroot   the ZooKeeper chroot ("/solr"), or null
 * @param collection the collection's name
 * @param text       the address as the user wrote it
 */
public record SolrAddress(List<String> solrUrls, List<String> zkHosts, String zkChroot, String collection,
                          String text) {

    private static final String EXAMPLE = "solr://HOST:8983/solr/COLLECTION or solr+zk://HOST:2181/COLLECTION";

    public SolrAddress {
        solrUrls = List.copyOf(solrUrls);
        zkHosts = List.copyOf(zkHosts);
    }

    /** True when {@code location} is written as a shared library's address rather than a folder. */
    public static boolean isAddress(String location) {
        String l = location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("solr://") || l.startsWith("solr+https://") || l.startsWith("solr+zk://");
    }

    /** The address in {@code location}, or empty when it is a folder. */
    public static Optional<SolrAddress> of(String location) throws LibraryException {
        return isAddress(location) ? Optional.of(parse(location)) : Optional.empty();
    }

    /**
     * Reads an address.
     *
     * @throws LibraryException ({@link Reason#INVALID_INPUT}) when it is not one; the message shows the forms
     */
    public static SolrAddress parse(String location) throws LibraryException {
        String text = location == null ? "" : location.strip();
        int sep = text.indexOf("://");
        if (sep < 0) {
            throw invalid(text, "it has no scheme");
        }
        String scheme = text.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = text.substring(sep + 3);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw invalid(text, "it names no host");
        }
        List<String> hosts = new ArrayList<>();
        for (String h : rest.substring(0, slash).split(",")) {
            String host = h.strip();
            if (!host.matches("[A-Za-z0-9._\\-\\[\\]:]+")) {
                throw invalid(text, "'" + host + "' is not a host:port");
            }
            hosts.add(host);
        }
        String path = rest.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int last = path.lastIndexOf('/');
        String collection = path.substring(last + 1);
        String prefix = path.substring(0, last);
        if (!collection.matches("[A-Za-z0-9._\\-]+")) {
            throw invalid(text, "it names no collection at its end");
        }
        switch (scheme) {
            case "solr", "solr+http", "solr+https" -> {
                if (prefix.isEmpty()) {
                    throw invalid(text, "the path to Solr is missing (usually /solr, before the collection)");
                }
                String http = scheme.equals("solr+https") ? "https" : "http";
                List<String> urls = new ArrayList<>();
                for (String host : hosts) {
                    try {
                        urls.add(new URI(http + "://" + host + prefix).toString());
                    } catch (URISyntaxException e) {
                        throw invalid(text, e.getMessage());
                    }
                }
                return new SolrAddress(urls, List.of(), null, collection, text);
            }
            case "solr+zk" -> {
                return new SolrAddress(List.of(), hosts, prefix.isEmpty() ? null : prefix, collection, text);
            }
            default -> throw invalid(text, "its scheme is not solr, solr+https or solr+zk");
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static LibraryException invalid(String text, String why) {
        return new LibraryException(Reason.INVALID_INPUT,
                "'" + text + "' is not a shared library's address (" + why + "); write it as " + EXAMPLE + ".");
    }
}

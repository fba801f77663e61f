package org.parallax.core.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;

/**
 * How an article becomes a Solr document and back: the same fields as the local library's Lucene document
 * ({@link ArticleDocuments}), in the collection's schema ({@code solr/configset/conf/managed-schema.xml}).
 * Stored fields named {@code imported.title} there are {@code imported_title} here. Reading goes through
 * {@link ArticleDocuments#decode}, so both backends read an article the same way (tolerant of a field it cannot
 * read); the extraction is the same compact JSON ({@link ExtractionJson}).
 */
final class SolrDocuments {

    static final String VERSION = "_version_";
    static final String TITLE_SORT = "title_sort";
    static final String OUTLET_SORT = "outlet_sort";
    /** The effective outlet as written (stripped), for the list of outlets (a facet). */
    static final String OUTLET_NAME = "outlet_name";
    static final String WORDS = "count_words";
    static final String FIGURES = "count_figures";
    static final String QUOTES = "count_quotes";
    static final String ATTRIBUTIONS = "count_attributions";
    static final String OPENING = ArticleDocuments.OPENING;
    /** What a page of the list reads of each article: everything but the body, furniture and extraction. */
    static final String[] SUMMARY_FIELDS = {ArticleDocuments.ID, ArticleDocuments.LANGUAGE, "imported_*", "edit_*",
        WORDS, FIGURES, QUOTES, ATTRIBUTIONS, OPENING};

    private SolrDocuments() {
    }

    static SolrInputDocument encode(LibraryEntry entry) throws IOException {
        Article a = entry.article();
        Metadata effective = entry.imported().overriddenBy(entry.edits());
        SolrInputDocument d = new SolrInputDocument();
        d.addField(ArticleDocuments.ID, a.id());
        d.addField(ArticleDocuments.BODY, a.body());
        text(d, ArticleDocuments.TITLE, effective.title());
        text(d, ArticleDocuments.OUTLET, effective.outlet());
        text(d, ArticleDocuments.BYLINE, effective.byline());
        text(d, ArticleDocuments.WIRE, effective.wire());
        text(d, ArticleDocuments.DATELINE, effective.dateline());
        if (effective.title() != null) {
            d.addField(TITLE_SORT, effective.title().toLowerCase(Locale.ROOT));
        }
        if (effective.outlet() != null && !effective.outlet().isBlank()) {
            d.addField(OUTLET_SORT, effective.outlet().strip().toLowerCase(Locale.ROOT));
            d.addField(OUTLET_NAME, effective.outlet().strip());
        }
        d.addField(WORDS, a.wordCount());
        d.addField(FIGURES, entry.extraction().figures().size());
        d.addField(QUOTES, entry.extraction().quotes().size());
        d.addField(ATTRIBUTIONS, entry.extraction().attributions().size());
        d.addField(OPENING, ArticleSummary.opening(a.body()));
        if (effective.published() != null) {
            d.addField(ArticleDocuments.PUBLISHED, Math.toIntExact(effective.published().toEpochDay()));
        }
        metadata(d, ArticleDocuments.IMPORTED, entry.imported());
        metadata(d, ArticleDocuments.EDIT, entry.edits());
        for (String line : a.furniture()) {
            d.addField(ArticleDocuments.FURNITURE, line == null ? "" : line);
        }
        if (a.dek() != null) {
            d.addField(ArticleDocuments.DEK, a.dek());
        }
        if (a.source() != null) {
            d.addField(ArticleDocuments.SOURCE, a.source());
        }
        if (a.format() != null) {
            d.addField(ArticleDocuments.FORMAT, a.format().name());
        }
        if (a.language() != null) {
            d.addField(ArticleDocuments.LANGUAGE, a.language());
        }
        d.addField(ArticleDocuments.IMPORTED_AT, entry.importedAt().toEpochMilli());
        d.addField(ArticleDocuments.EXTRACTION, ExtractionJson.write(entry.extraction(), a.body()));
        return d;
    }

    /** The entry a stored Solr document holds. */
    static LibraryEntry decode(SolrDocument s) {
        Document d = new Document();
        for (String name : s.getFieldNames()) {
            String field = luceneName(name);
            if (field == null) {
                continue;
            }
            Collection<Object> values = s.getFieldValues(name);
            for (Object v : values) {
                if (v instanceof Number n && name.equals(ArticleDocuments.IMPORTED_AT)) {
                    d.add(new StoredField(field, n.longValue()));
                } else if (v != null) {
                    d.add(new StoredField(field, v.toString()));
                }
            }
        }
        return ArticleDocuments.decode(d);
    }

    /** The summary a document read with {@link #SUMMARY_FIELDS} holds (the local library's, field for field). */
    static ArticleSummary summary(SolrDocument s) {
        Document d = new Document();
        for (String name : s.getFieldNames()) {
            String field = switch (name) {
                case WORDS -> ArticleDocuments.WORDS;
                case FIGURES -> ArticleDocuments.FIGURES;
                case QUOTES -> ArticleDocuments.QUOTES;
                case ATTRIBUTIONS -> ArticleDocuments.ATTRIBUTIONS;
                case OPENING -> ArticleDocuments.OPENING;
                default -> luceneName(name);
            };
            if (field == null) {
                continue;
            }
            for (Object v : s.getFieldValues(name)) {
                if (v instanceof Number n) {
                    d.add(new StoredField(field, n.intValue()));
                } else if (v != null) {
                    d.add(new StoredField(field, v.toString()));
                }
            }
        }
        return ArticleDocuments.summary(d);
    }

    /** The version a stored document has, for optimistic concurrency. */
    static long version(SolrDocument s) {
        Object v = s.getFieldValue(VERSION);
        return v instanceof Number n ? n.longValue() : 0L;
    }

    /** The stored Lucene field a Solr field stands for, or null for search-only and Solr's own fields. */
    private static String luceneName(String name) {
        if (name.startsWith("imported_")) {
            return ArticleDocuments.IMPORTED + name.substring("imported_".length());
        }
        if (name.startsWith("edit_")) {
            return ArticleDocuments.EDIT + name.substring("edit_".length());
        }
        return switch (name) {
            case ArticleDocuments.ID, ArticleDocuments.BODY, ArticleDocuments.FURNITURE, ArticleDocuments.DEK,
                 ArticleDocuments.SOURCE, ArticleDocuments.FORMAT, ArticleDocuments.LANGUAGE,
                 ArticleDocuments.IMPORTED_AT, ArticleDocuments.EXTRACTION -> name;
            default -> null;
        };
    }

    private static void text(SolrInputDocument d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.addField(field, value);
        }
    }

    private static void metadata(SolrInputDocument d, String prefix, Metadata m) {
        String p = prefix.replace('.', '_');
        store(d, p + ArticleDocuments.TITLE, m.title());
        store(d, p + ArticleDocuments.OUTLET, m.outlet());
        store(d, p + ArticleDocuments.BYLINE, m.byline());
        store(d, p + ArticleDocuments.WIRE, m.wire());
        store(d, p + ArticleDocuments.DATELINE, m.dateline());
        store(d, p + ArticleDocuments.PUBLISHED, m.published() == null ? null : m.published().toString());
        store(d, p + "url", m.url());
    }

    private static void store(SolrInputDocument d, String field, String value) {
        if (value != null) {
            d.addField(field, value);
        }
    }
}

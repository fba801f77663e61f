package org.parallax.core.index;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.Term;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an article becomes a Lucene document and back: the library's schema. The index is the only store, so
 * every document holds all that is needed to show an article again.
 *
 * <p>Field choices, in the manner of Lucene's demo {@code IndexFiles}:
 * <ul>
 * <li>{@code id}: a {@link StringField}, indexed as one exact token and stored, so
 *     {@code updateDocument(new Term("id", id), doc)} replaces the one document of an article, and id prefixes
 *     can be looked up with a prefix query.</li>
 * <li>{@code body}: analysed with {@link EnglishAnalyzer} and stored, its postings carry character offsets so
 *     the UnifiedHighlighter finds snippets from the postings alone, without re-analysing the text.</li>
 * <li>{@code title}, {@code byline}, {@code dateline}: analysed, not stored (the stored metadata is below).
 *     Title uses the same English analysis as the body, as both are searched together by default; bylines and
 *     datelines are names, so they are only tokenised and lower-cased ({@link StandardAnalyzer}), not
 *     stemmed.</li>
 * <li>{@code outlet}, {@code wire}: the whole value as one lower-cased token, so {@code outlet:spacewar.com}
 *     or {@code outlet:"Euromaidan Press"} match exactly, ignoring case only.</li>
 * <li>{@code published}: an {@link IntPoint} of the epoch day, for exact dates and date ranges.</li>
 * <li>{@code language}: the article's ISO 639-3 code ({@code eng}, {@code fra}), a {@link StringField}, stored
 *     and searchable exactly ({@code language:fra}); absent when not known (schema 3; see
 *     {@link LocalLibrary#SCHEMA_VERSION}).</li>
 * <li>The searchable metadata fields hold the <em>effective</em> value (edits win). The stored
 *     {@code imported.*} and {@code edit.*} fields keep both layers apart, so edits survive re-import.</li>
 * <li>Stored only: {@code furniture} (one value a line, in order), {@code dek} (absent before it was kept), {@code source}, {@code format},
 *     {@code importedAt} (epoch milliseconds) and {@code extraction} (compact JSON without the texts the body
 *     holds, see {@link ExtractionJson}).</li>
 * </ul>
 *
 * <p>Why {@link EnglishAnalyzer} for body and title: it is StandardTokenizer, the English possessive filter
 * ("Russia's" → "russia"), lower-casing, English stop words and the Porter stemmer. Stemming lets "troops"
 * find "troop" and "deployed" find "deploy", which matters when comparing how outlets word the same story;
 * phrases still work, because queries are stemmed the same way and stop words leave position gaps. The cost:
 * wildcards see stems ({@code deploy*} works, {@code troops*} finds nothing) and a few distinct words share
 * a stem.
 */
final class ArticleDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDocuments.class);

    static final String ID = "id";
    static final String BODY = "body";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String BYLINE = "byline";
    static final String WIRE = "wire";
    static final String DATELINE = "dateline";
    static final String PUBLISHED = "published";
    static final String LANGUAGE = "language";

    static final String IMPORTED = "imported.";
    static final String EDIT = "edit.";
    static final String FURNITURE = "furniture";
    /** Stored only: the article's dek (standfirst), absent in libraries from before it was kept. */
    static final String DEK = "dek";
    static final String SOURCE = "source";
    static final String FORMAT = "format";
    static final String IMPORTED_AT = "importedAt";
    static final String EXTRACTION = "extraction";

    /*
     * For listing a page of the library from the index (schema 4): sort keys as doc values, the counts as doc
     * values and stored, the body's opening stored. Read by summary(), never by decode().
     */
    static final String SORT_ID = "sort.id";
    static final String SORT_PUBLISHED = "sort.published";
    static final String SORT_TITLE = "sort.title";
    static final String SORT_OUTLET = "sort.outlet";
    /** The effective outlet as written (stripped), for the list of outlets. */
    static final String OUTLET_NAME = "outlet.name";
    static final String WORDS = "count.words";
    static final String FIGURES = "count.figures";
    static final String QUOTES = "count.quotes";
    static final String ATTRIBUTIONS = "count.attributions";
    static final String OPENING = "opening";
    /** Longest prefix of a title or outlet kept as its sort key. */
    private static final int SORT_KEY_LENGTH = 200;

    /** The stored fields a summary reads: everything but the body, furniture and extraction. */
    static final Set<String> SUMMARY_FIELDS;

    static {
        Set<String> f = new HashSet<>(List.of(ID, LANGUAGE, OPENING, WORDS, FIGURES, QUOTES, ATTRIBUTIONS));
        for (String prefix : List.of(IMPORTED, EDIT)) {
            for (String field : List.of(TITLE, OUTLET, BYLINE, WIRE, DATELINE, PUBLISHED, "url")) {
                f.add(prefix + field);
            }
        }
        SUMMARY_FIELDS = Set.copyOf(f);
    }

    /** Fields a search may name. */
    static final List<String> SEARCH_FIELDS = List.of(TITLE, BODY, OUTLET, BYLINE, WIRE, DATELINE, PUBLISHED, LANGUAGE, ID);

    /** Stored, analysed, with positions and offsets in the postings for the highlighter. */
    static final FieldType BODY_TYPE;

    static {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        BODY_TYPE = t;
    }

    private ArticleDocuments() {
    }

    /** The analyzer for indexing and searching: English for text, names tokenised, outlet/wire exact. */
    static Analyzer analyzer() {
        Analyzer names = new StandardAnalyzer();
        Analyzer exact = new ExactAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                OUTLET, exact, WIRE, exact, ID, exact, LANGUAGE, exact, BYLINE, names, DATELINE, names));
    }

    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    static Document encode(LibraryEntry entry) throws IOException {
        Article a = entry.article();
        Metadata effective = entry.imported().overriddenBy(entry.edits());
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new Field(BODY, a.body(), BODY_TYPE));

        addText(d, TITLE, effective.title());
        addText(d, OUTLET, effective.outlet());
        addText(d, BYLINE, effective.byline());
        addText(d, WIRE, effective.wire());
        addText(d, DATELINE, effective.dateline());
        if (effective.published() != null) {
            d.add(new IntPoint(PUBLISHED, Math.toIntExact(effective.published().toEpochDay())));
        }

        storeMetadata(d, IMPORTED, entry.imported());
        storeMetadata(d, EDIT, entry.edits());
        for (String line : a.furniture()) {
            d.add(new StoredField(FURNITURE, line == null ? "" : line));
        }
        if (a.dek() != null) {
            d.add(new StoredField(DEK, a.dek()));
        }
        if (a.source() != null) {
            d.add(new StoredField(SOURCE, a.source()));
        }
        if (a.format() != null) {
            d.add(new StoredField(FORMAT, a.format().name()));
        }
        if (a.language() != null) {
            d.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
        }
        d.add(new StoredField(IMPORTED_AT, entry.importedAt().toEpochMilli()));
        d.add(new StoredField(EXTRACTION, ExtractionJson.write(entry.extraction(), a.body())));
        addSummary(d, entry, effective);
        return d;
    }

    /** The sort keys, counts and opening that listing a page reads (see {@link #summary}). */
    private static void addSummary(Document d, LibraryEntry entry, Metadata effective) {
        Article a = entry.article();
        Extraction x = entry.extraction();
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(a.id())));
        if (effective.published() != null) {
            d.add(new NumericDocValuesField(SORT_PUBLISHED, effective.published().toEpochDay()));
        }
        if (effective.title() != null && !effective.title().isBlank()) {
            d.add(new SortedDocValuesField(SORT_TITLE, sortKey(effective.title())));
        }
        if (effective.outlet() != null && !effective.outlet().isBlank()) {
            d.add(new SortedDocValuesField(SORT_OUTLET, sortKey(effective.outlet())));
            d.add(new SortedDocValuesField(OUTLET_NAME, new BytesRef(effective.outlet().strip())));
        }
        count(d, WORDS, a.wordCount());
        count(d, FIGURES, x.figures().size());
        count(d, QUOTES, x.quotes().size());
        count(d, ATTRIBUTIONS, x.attributions().size());
        d.add(new StoredField(OPENING, ArticleSummary.opening(a.body())));
    }

    private static void count(Document d, String field, int n) {
        d.add(new NumericDocValuesField(field, n));
        d.add(new StoredField(field, n));
    }

    private static BytesRef sortKey(String s) {
        String key = s.strip().toLowerCase(Locale.ROOT);
        return new BytesRef(key.length() > SORT_KEY_LENGTH ? key.substring(0, SORT_KEY_LENGTH) : key);
    }

    /** The summary of a document loaded with {@link #SUMMARY_FIELDS}. */
    static ArticleSummary summary(Document d) {
        Metadata imported = metadata(d, IMPORTED);
        Metadata edits = metadata(d, EDIT);
        Metadata m = imported.overriddenBy(edits);
        return new ArticleSummary(d.get(ID), m.title(), m.outlet(), m.published(), d.get(LANGUAGE), d.get(OPENING),
                intValue(d, WORDS), intValue(d, FIGURES), intValue(d, QUOTES), intValue(d, ATTRIBUTIONS),
                !edits.isEmpty());
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }

    /** The entry a stored document holds. Tolerant: a field it cannot read becomes null and is logged. */
    static LibraryEntry decode(Document d) {
        String id = d.get(ID);
        IndexableField at = d.getField(IMPORTED_AT);
        Instant importedAt = at != null && at.numericValue() != null
                ? Instant.ofEpochMilli(at.numericValue().longValue()) : Instant.EPOCH;
        Extraction extraction;
        try {
            extraction = ExtractionJson.read(d.get(EXTRACTION), d.get(BODY));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the stored extraction of article {}; showing it without one", id, e);
            extraction = Extraction.EMPTY;
        }
        return new LibraryEntry(article(d), metadata(d, IMPORTED), metadata(d, EDIT), importedAt, extraction);
    }

    /** Every stored field but the extraction: what {@link #article} reads. */
    static final Set<String> ARTICLE_FIELDS = articleFields();

    private static Set<String> articleFields() {
        Set<String> f = new HashSet<>(List.of(ID, BODY, FURNITURE, FORMAT, SOURCE, DEK, LANGUAGE));
        for (String field : List.of(TITLE, OUTLET, BYLINE, WIRE, DATELINE, PUBLISHED, "url")) {
            f.add(IMPORTED + field);
            f.add(EDIT + field);
        }
        return Set.copyOf(f);
    }

    /**
     * The article a stored document holds (all of it, or read with {@link #ARTICLE_FIELDS}), without its
     * extraction; the edits win over the imported metadata. Libraries written before the dek was kept have no DEK
     * field: their articles have no dek.
     */
    static Article article(Document d) {
        String body = d.get(BODY);
        Format format = null;
        String f = d.get(FORMAT);
        if (f != null) {
            try {
                format = Format.valueOf(f);
            } catch (IllegalArgumentException e) {
                LOG.warn("Article {} has an unknown format '{}'", d.get(ID), f);
            }
        }
        return new Article(d.get(ID), metadata(d, IMPORTED).overriddenBy(metadata(d, EDIT)), body == null ? "" : body,
                List.of(d.getValues(FURNITURE)), d.get(SOURCE), format, d.get(DEK), List.of(), d.get(LANGUAGE));
    }

    private static void addText(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void storeMetadata(Document d, String prefix, Metadata m) {
        store(d, prefix + TITLE, m.title());
        store(d, prefix + OUTLET, m.outlet());
        store(d, prefix + BYLINE, m.byline());
        store(d, prefix + WIRE, m.wire());
        store(d, prefix + DATELINE, m.dateline());
        store(d, prefix + PUBLISHED, m.published() == null ? null : m.published().toString());
        store(d, prefix + "url", m.url());
    }

    private static void store(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static Metadata metadata(Document d, String prefix) {
        LocalDate published = null;
        String p = d.get(prefix + PUBLISHED);
        if (p != null) {
            try {
                published = LocalDate.parse(p);
            } catch (DateTimeParseException e) {
                LOG.warn("Article {} has an unreadable date '{}'", d.get(ID), p);
            }
        }
        return new Metadata(d.get(prefix + TITLE), d.get(prefix + OUTLET), d.get(prefix + BYLINE),
                d.get(prefix + WIRE), d.get(prefix + DATELINE), published, d.get(prefix + "url"));
    }

    /** The whole value as one token, trimmed and lower-cased: exact match ignoring case. */
    static final class ExactAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(new TrimFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}

package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A page read through marks holds the same rows as the same page cut from the whole sorted listing: every offset,
 * filtered and not, ascending and descending, with many ties on the sort value (broken by id), and again after the
 * index changed (the marks of the old reader are not used for the new one).
 */
class PageMarksTest {

    private static final Sort NEWEST_FIRST = new Sort(new SortField("date", SortField.Type.LONG, true),
            new SortField("id", SortField.Type.STRING));
    private static final Sort OLDEST_FIRST = new Sort(new SortField("date", SortField.Type.LONG),
            new SortField("id", SortField.Type.STRING));

    @Test
    void everyPageThroughMarksIsThePageOfTheWholeListing() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Random random = new Random(7);
            add(writer, random, 0, 1_234);
            PageMarks marks = new PageMarks(100);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                check(new IndexSearcher(reader), marks, false);
            }
            add(writer, random, 1_234, 611);
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                // the listing read last comes first: its marks are the old reader's and must not be used
                check(new IndexSearcher(reader), marks, true);
            }
        }
    }

    private static void check(IndexSearcher searcher, PageMarks marks, boolean lastFirst) throws Exception {
        int pages = 0;
        List<Query> queries = new ArrayList<>(List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "even"))));
        List<Sort> sorts = new ArrayList<>(List.of(NEWEST_FIRST, OLDEST_FIRST));
        if (lastFirst) {
            java.util.Collections.reverse(queries);
            java.util.Collections.reverse(sorts);
        }
        for (Query query : queries) {
            for (Sort sort : sorts) {
                List<Integer> all = docs(List.of(searcher.search(query, searcher.getIndexReader().maxDoc(), sort,
                        false).scoreDocs));
                for (int offset = 0; offset <= all.size() + 150; offset += 37) {
                    for (int limit : List.of(1, 100, 250)) {
                        List<Integer> expected = all.subList(Math.min(offset, all.size()),
                                Math.min(offset + limit, all.size()));
                        assertThat(docs(marks.rows(searcher, query, sort, offset, limit)))
                                .as("offset %d, limit %d, %s, %s", offset, limit, query, sort)
                                .isEqualTo(expected);
                        pages++;
                    }
                }
            }
        }
        assertThat(pages).isGreaterThan(300);
    }

    private static List<Integer> docs(List<ScoreDoc> rows) {
        List<Integer> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.doc));
        return out;
    }

    /** Documents {@code from} to {@code from + n}: a date of 40 values (many ties), an id, every other "even". */
    private static void add(IndexWriter writer, Random random, int from, int n) throws Exception {
        for (int i = from; i < from + n; i++) {
            Document d = new Document();
            String id = String.format("%06d-%d", random.nextInt(1_000_000), i);
            d.add(new StringField("id", id, Field.Store.NO));
            d.add(new SortedDocValuesField("id", new BytesRef(id)));
            d.add(new NumericDocValuesField("date", random.nextInt(40)));
            if (i % 2 == 0) {
                d.add(new StringField("kind", "even", Field.Store.NO));
            }
            writer.addDocument(d);
        }
    }
}

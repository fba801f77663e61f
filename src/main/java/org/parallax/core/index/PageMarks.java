package org.parallax.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * Pages of a sorted listing read through marks: the sort values of every {@code step}-th row of one listing (one
 * index reader, filter and order), taken in one pass the first time a page beyond the first {@code step} rows is
 * asked, then kept until the reader, filter or order changes. A page then searches after the nearest mark before it,
 * so reading it collects at most {@code step} + its own rows instead of every row before it (50,000 sorted hits held
 * at once in the middle of a 100,000-article library, again for each page while the table scrolls; enough garbage
 * that young collections copied it into new memory and stalled the window). The order must be total (ties broken),
 * so that searching after a mark continues exactly where the pass left it. A mark is a few sort values: 100 of them
 * for 100,000 rows at the default step.
 */
final class PageMarks {

    /** Rows between two marks by default. */
    static final int STEP = 1000;

    private record Marks(IndexReader.CacheKey reader, Query query, Sort sort, FieldDoc[] marks) {
    }

    private final int step;
    private volatile Marks current;

    PageMarks() {
        this(STEP);
    }

    PageMarks(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        this.step = step;
    }

    /** The documents of rows [{@code offset}, {@code offset + limit}) of {@code query} in {@code sort}'s order. */
    List<ScoreDoc> rows(IndexSearcher searcher, Query query, Sort sort, int offset, int limit) throws IOException {
        int k = offset / step;
        TopDocs top;
        int skip;
        if (k == 0) {
            top = searcher.search(query, Math.max(1, offset + limit), sort, false);
            skip = offset;
        } else {
            FieldDoc[] marks = marks(searcher, query, sort);
            if (k > marks.length) {
                return List.of(); // beyond the last row
            }
            skip = offset - k * step;
            top = searcher.searchAfter(marks[k - 1], query, Math.max(1, skip + limit), sort, false);
        }
        List<ScoreDoc> out = new ArrayList<>(Math.max(0, Math.min(limit, top.scoreDocs.length - skip)));
        for (int i = skip; i < top.scoreDocs.length && out.size() < limit; i++) {
            out.add(top.scoreDocs[i]);
        }
        return out;
    }

    /** The marks of this listing: element i is the row at {@code (i + 1) * step - 1}. */
    private FieldDoc[] marks(IndexSearcher searcher, Query query, Sort sort) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheKey key = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        Marks m = current;
        if (m != null && key != null && m.reader() == key && m.query().equals(query) && m.sort().equals(sort)) {
            return m.marks();
        }
        TopDocs all = searcher.search(query, Math.max(1, reader.maxDoc()), sort, false);
        FieldDoc[] marks = new FieldDoc[all.scoreDocs.length / step];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = (FieldDoc) all.scoreDocs[(i + 1) * step - 1];
        }
        if (key != null) {
            current = new Marks(key, query, sort, marks);
        }
        return marks;
    }
}

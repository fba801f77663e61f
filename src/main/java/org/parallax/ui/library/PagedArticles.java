package org.parallax.ui.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * The library table's rows as a list as long as the filtered library, holding only the pages read lately: a row
 * not yet read is {@code null} (an empty table row) and asks for its page, which fills in when it arrives. So the
 * table is virtual twice over: JavaFX makes cells only for the rows in view, and this list holds at most
 * {@value #MAX_PAGES} pages of {@value #PAGE_SIZE} summaries, whatever the library's size. Changed on the FX
 * thread only; holds no {@code Node}.
 */
final class PagedArticles extends ObservableListBase<ArticleRow> {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 30;

    /** Starts reading a page of the current listing; answers through {@link #pageRead}. */
    @FunctionalInterface
    interface PageReader {
        void read(long listing, int page);
    }

    private final PageReader reader;
    private final Map<Integer, List<ArticleRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ArticleRow>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> reading = new HashSet<>();
    private int size;
    private long listing;
    private boolean inGet;

    PagedArticles(PageReader reader) {
        this.reader = reader;
    }

    @Override
    public ArticleRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / PAGE_SIZE;
        List<ArticleRow> rows = pages.get(page);
        if (rows == null && reading.add(page)) {
            inGet = true;
            try {
                reader.read(listing, page);
            } finally {
                inGet = false;
            }
            rows = pages.get(page); // read at once (work on the calling thread)
        }
        int at = index - page * PAGE_SIZE;
        return rows == null || at >= rows.size() ? null : rows.get(at);
    }

    @Override
    public int size() {
        return size;
    }

    /** A new listing (another filter or order, or the library changed): {@code count} rows, the first page read. */
    void reset(long listing, int count, List<ArticleRow> firstPage) {
        this.listing = listing;
        reading.clear();
        pages.clear();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        int old = size;
        size = count;
        beginChange();
        if (old > 0) {
            nextRemove(0, Collections.nCopies(old, (ArticleRow) null));
        }
        if (count > 0) {
            nextAdd(0, count);
        }
        endChange();
    }

    /** A page arrived; ignored when its listing is not the current one. */
    void pageRead(long listing, int page, List<ArticleRow> rows) {
        if (listing != this.listing) {
            return;
        }
        reading.remove(page);
        pages.put(page, List.copyOf(rows));
        if (inGet) {
            return; // read inside get(): the caller gets it, there is nothing to announce
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (from < to) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        }
    }

    /** A page could not be read: asking again may read it. */
    void pageFailed(long listing, int page) {
        if (listing == this.listing) {
            reading.remove(page);
        }
    }

    /** The positions of these articles among the rows read, in order. */
    List<Integer> indicesOf(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, List<ArticleRow>> e : pages.entrySet()) {
            List<ArticleRow> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (wanted.contains(rows.get(i).id())) {
                    out.add(e.getKey() * PAGE_SIZE + i);
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * The first position of this row among the rows read, or -1: a row not read yet is not looked for. The list's
     * inherited search would call {@link #get} for every position and so read every page: the table's selection
     * model looks for its selected row that way each time the listing changes (another order or filter), which
     * read the whole library a page at a time.
     */
    @Override
    public int indexOf(Object o) {
        int found = -1;
        if (o == null) {
            return found;
        }
        for (Map.Entry<Integer, List<ArticleRow>> e : pages.entrySet()) {
            int at = e.getValue().indexOf(o);
            if (at >= 0 && (found < 0 || e.getKey() * PAGE_SIZE + at < found)) {
                found = e.getKey() * PAGE_SIZE + at;
            }
        }
        return found;
    }

    /** The last position of this row among the rows read, or -1 (see {@link #indexOf}). */
    @Override
    public int lastIndexOf(Object o) {
        int found = -1;
        if (o == null) {
            return found;
        }
        for (Map.Entry<Integer, List<ArticleRow>> e : pages.entrySet()) {
            int at = e.getValue().lastIndexOf(o);
            if (at >= 0) {
                found = Math.max(found, e.getKey() * PAGE_SIZE + at);
            }
        }
        return found;
    }

    /** Whether this row is among the rows read (see {@link #indexOf}). */
    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The row of this article, when it is among the rows read. */
    Optional<ArticleRow> find(String id) {
        for (List<ArticleRow> rows : pages.values()) {
            for (ArticleRow r : rows) {
                if (r.id().equals(id)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** Pages held now (at most {@link #MAX_PAGES}). */
    int pagesHeld() {
        return pages.size();
    }
}

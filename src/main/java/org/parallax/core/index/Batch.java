package org.parallax.core.index;

import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;

/**
 * A run of changes committed once, when it closes: see {@link Library#batch()}. Changes made through the
 * library while a batch is open join it. Closing twice does nothing.
 */
public final class Batch implements AutoCloseable {

    private final Library library;
    private boolean closed;

    Batch(Library library) {
        this.library = library;
    }

    public AddResult add(Article article, Extraction extraction) throws LibraryException {
        return library.add(article, extraction);
    }

    AddResult add(Library.NewEntry entry) throws LibraryException {
        return library.add(entry);
    }

    public LibraryEntry edit(String id, MetadataEdit edit) throws LibraryException {
        return library.edit(id, edit);
    }

    public boolean remove(String id) throws LibraryException {
        return library.remove(id);
    }

    /** Commits the batch's changes (when it is the outermost batch). */
    @Override
    public synchronized void close() throws LibraryException {
        if (closed) {
            return;
        }
        closed = true;
        library.endBatch();
    }
}

package org.parallax.core.index;

import org.parallax.core.article.Article;
import org.parallax.core.extract.Extraction;

/**
 * A run of changes committed once, when it closes: see {@link Library#batch()}. Changes made through the
 * library while a batch is open join it. Closing twice does nothing.
 */
public final class Batch implements AutoCloseable {

    /** How a backend commits a batch when it closes. */
    @FunctionalInterface
    public interface Ending {
        void end() throws LibraryException;
    }

    private final Library library;
    private final Ending ending;
    private boolean closed;

    /** A batch of changes to {@code library}, ended by {@code ending}: for a backend's {@link Library#batch()}. */
    public Batch(Library library, Ending ending) {
        this.library = library;
        this.ending = ending;
    }

    public AddResult add(Article article, Extraction extraction) throws LibraryException {
        return library.add(article, extraction);
    }

    /** Adds an entry whose document the importer may have made already (only the local library uses it). */
    AddResult add(NewEntry entry) throws LibraryException {
        return library instanceof LocalLibrary local ? local.add(entry)
                : library.add(entry.entry().article(), entry.entry().extraction());
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
        ending.end();
    }
}

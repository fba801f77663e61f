package org.parallax.core.index;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Lets tests in other packages (org.parallax.reliability) open a library over a wrapped Lucene directory. */
public final class LibraryHooks {

    private LibraryHooks() {
    }

    /** {@link Library#open(Path)}, with the directory passed through {@code wrap} (to make writes fail…). */
    public static LocalLibrary openWrapped(Path dir, UnaryOperator<Directory> wrap) throws LibraryException {
        return LocalLibrary.open(dir, d -> wrap.apply(FSDirectory.open(d)));
    }
}

package org.parallax.ui.compare;

import java.util.Optional;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.LibraryException;

/** Where the comparison screen finds the articles to compare by id: the library ({@code Library::get}). */
@FunctionalInterface
public interface ArticleLookup {

    Optional<LibraryEntry> get(String id) throws LibraryException;
}

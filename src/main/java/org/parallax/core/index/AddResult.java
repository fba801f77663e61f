package org.parallax.core.index;

/** What {@link Library#add} did with an article. */
public enum AddResult {
    /** The article was new and is now stored. */
    ADDED,
    /**
     * An article with the same id (the same body text) was already stored. It stays, with the user's edits;
     * its imported metadata and extraction may have been refreshed (see {@link Library#add}).
     */
    DUPLICATE
}

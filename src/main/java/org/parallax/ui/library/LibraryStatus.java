package org.parallax.ui.library;

import org.parallax.core.index.SolrAddress;

/**
 * How the desktop app holds its library.
 *
 * @param state    read-write, read-only (another window has it) or unavailable (damaged, from a newer Parallax…)
 * @param location where the library is, as a user names it in {@code --library}: a folder, or a shared library's
 *                 address ({@code solr://…}); {@code null} when unknown
 * @param message  for read-only and unavailable, one sentence for the user saying why; else {@code null}
 */
public record LibraryStatus(State state, String location, String message) {

    public enum State { READ_WRITE, READ_ONLY, UNAVAILABLE }

    public boolean writable() {
        return state == State.READ_WRITE;
    }

    /** True when the library is a shared one on a cluster (an address), not a folder on this machine. */
    public boolean shared() {
        return location != null && SolrAddress.isAddress(location);
    }

    public static LibraryStatus readWrite(String location) {
        return new LibraryStatus(State.READ_WRITE, location, null);
    }
}

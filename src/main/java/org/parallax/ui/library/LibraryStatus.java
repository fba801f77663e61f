package org.parallax.ui.library;

import java.nio.file.Path;

/**
 * How the desktop app holds its library.
 *
 * @param state     read-write, read-only (another window has it) or unavailable (damaged, from a newer Parallax…)
 * @param directory the library folder
 * @param message   for read-only and unavailable, one sentence for the user saying why; else {@code null}
 */
public record LibraryStatus(State state, Path directory, String message) {

    public enum State { READ_WRITE, READ_ONLY, UNAVAILABLE }

    public boolean writable() {
        return state == State.READ_WRITE;
    }

    public static LibraryStatus readWrite(Path directory) {
        return new LibraryStatus(State.READ_WRITE, directory, null);
    }
}

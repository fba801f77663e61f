package org.parallax.core.index;

import java.nio.file.Path;

/**
 * Run in a second JVM by {@link LibraryStorageTest}: opens a library for writing, says so on standard out,
 * and keeps it open until its standard input closes.
 */
public final class LockHolder {

    static final String READY = "LIBRARY-OPEN";
    static final String FAILED = "LIBRARY-FAILED";

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Library library = Library.open(Path.of(args[0]))) {
            System.out.println(READY + " " + library.size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        } catch (LibraryException e) {
            System.out.println(FAILED + " " + e.getMessage());
        }
    }
}

package org.parallax.core.index;

import java.util.Objects;

/**
 * A library operation that failed. {@link #getMessage()} is one sentence meant for the user (it names the
 * library folder and says what to do); the cause, when there is one, is kept for the log.
 */
public final class LibraryException extends Exception {

    /** Why an operation failed, so callers can react (exit codes, dialogs) without parsing messages. */
    public enum Reason {
        /** Another Parallax window or command has the library open for writing. */
        LOCKED,
        /** The index files are damaged; they were left untouched. */
        DAMAGED,
        /** The library was written by a newer Parallax. */
        NEWER_SCHEMA,
        /** The library was written by an older Parallax and must be opened for writing once to upgrade it. */
        OLDER_SCHEMA,
        /** The folder holds something other than a Parallax library. */
        NOT_A_LIBRARY,
        /** A search the query parser cannot understand. */
        BAD_QUERY,
        /** No article has the given id. */
        NOT_FOUND,
        /** An id prefix matches more than one article. */
        AMBIGUOUS,
        /** A value the user typed is not valid (a date that is not a date…). */
        INVALID_INPUT,
        /** A change was asked of a library opened read-only. */
        READ_ONLY,
        /** The library was already closed. */
        CLOSED,
        /** Someone else changed the article between reading and writing it (a shared library); nothing was written. */
        CONFLICT,
        /** A shared library's server cannot be reached, or answers with an error. */
        UNAVAILABLE,
        /** Reading or writing the files failed (disk full, permissions…). */
        IO
    }

    private final Reason reason;

    public LibraryException(Reason reason, String message) {
        this(reason, message, null);
    }

    public LibraryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

package org.parallax.core.ingest;

import java.util.Objects;

/**
 * A file (or text) that cannot be imported as an article. {@link #getMessage()} is one user-facing sentence
 * that names the file and the problem; {@link #reason()} says which kind of problem it is, so that an import
 * can count and group its failures.
 */
public final class IngestException extends Exception {

    /** Why an input was refused. */
    public enum Reason {
        /** The file has no bytes, or only white space. */
        EMPTY,
        /** The file is not text (NUL bytes, a known binary signature, many control characters). */
        BINARY,
        /** The file is larger than {@link ArticleLoader#MAX_FILE_BYTES}; it was not read. */
        TOO_LARGE,
        /** The file mixes UTF-8 with bytes of another encoding. */
        MIS_ENCODED,
        /** The file (or its sidecar) could not be read: permission denied, vanished, bad sidecar JSON. */
        UNREADABLE,
        /** The file's type is not one Parallax imports. */
        UNSUPPORTED,
        /** The file was read but holds no article text (e.g. an HTML page of menus only, a scanned PDF). */
        NO_TEXT,
        /** The document is protected by a password (a PDF, an encrypted Word file). */
        ENCRYPTED,
        /**
         * The file claims a document format but its structure is broken: a damaged or truncated PDF, a .docx
         * that is not a zip or is a zip bomb, an e-mail whose MIME cannot be parsed.
         */
        DAMAGED
    }

    private final Reason reason;

    public IngestException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public IngestException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}

package org.parallax.core.ingest;

import java.nio.file.Path;

/**
 * What happened to one file of an import.
 *
 * @param file      the file as found
 * @param status    imported, duplicate or skipped
 * @param articleId the article's id (imported or duplicate), else {@code null}
 * @param title     the article's title when known, else {@code null}
 * @param message   for a skipped file, why, in one sentence for people; for an imported (or duplicate) one, a
 *                  warning about its metadata (a sidecar's date given as a month only) or what was left out or not
 *                  done (an attachment not read, no extraction for a French article), else {@code null}
 */
public record ImportOutcome(Path file, Status status, String articleId, String title, String message) {

    public enum Status { IMPORTED, DUPLICATE, SKIPPED }

    public static ImportOutcome skipped(Path file, String message) {
        return new ImportOutcome(file, Status.SKIPPED, null, null, message);
    }
}

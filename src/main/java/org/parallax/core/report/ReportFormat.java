package org.parallax.core.report;

import java.util.Locale;
import java.util.Optional;

/** The forms a comparison report is written in. */
public enum ReportFormat {
    JSON("json"),
    MARKDOWN("md"),
    HTML("html"),
    CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name's extension names ({@code .htm} and {@code .markdown} included). */
    public static Optional<ReportFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".htm") || n.endsWith(".html")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".markdown") || n.endsWith(".md")) {
            return Optional.of(MARKDOWN);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}

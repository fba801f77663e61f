package org.parallax.core.article;

import java.util.Locale;
import java.util.Optional;

/** The file formats Parallax imports. */
public enum Format {
    TEXT("txt", "text"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension names, if Parallax reads it. */
    public static Optional<Format> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}

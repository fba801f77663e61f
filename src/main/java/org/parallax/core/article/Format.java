package org.parallax.core.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Parallax imports (docs/formats.md). */
public enum Format {
    TEXT("txt", "text"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm"),
    /** A PDF's text layer (Apache PDFBox); scanned pages without text are refused, OCR is not done. */
    PDF("pdf"),
    /** A Word document in the Office Open XML format (Apache POI); old binary .doc files are not read. */
    DOCX("docx"),
    /** An e-mail message (RFC 5322/MIME, Apache mime4j), with the text of its readable attachments. */
    EMAIL("eml"),
    /** A web page saved by a browser as one MIME file ("Web page, single file"). */
    MHTML("mhtml", "mht");

    private final String[] extensions;

    Format(String... extensions) {
        this.extensions = extensions;
    }

    /** This format's file name extensions, without the dot, the usual one first. */
    public List<String> extensions() {
        return Arrays.asList(extensions);
    }

    /** True for formats stored as bytes that are not text (read by a document library, not decoded). */
    public boolean isBinary() {
        return this == PDF || this == DOCX;
    }

    /** Every extension Parallax reads, with the dot, for messages and file choosers: ".txt, .md, …". */
    public static String allExtensions() {
        List<String> all = new ArrayList<>();
        for (Format f : values()) {
            all.add("." + f.extensions[0]);
        }
        return String.join(", ", all);
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

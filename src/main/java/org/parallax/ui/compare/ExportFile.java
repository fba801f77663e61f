package org.parallax.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** Where File ▸ Export proposes to save: the user's documents folder (else home), a file named after the story. */
public final class ExportFile {

    /** The name used when the comparison has no story name. */
    static final String FALLBACK = "comparison";

    private static final int MAX_NAME = 80;

    private ExportFile() {
    }

    /** The user's documents folder ({@code ~/Documents}) when it exists, else the home folder. */
    public static Path defaultFolder() {
        return defaultFolder(Path.of(System.getProperty("user.home")));
    }

    static Path defaultFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /**
     * A file name (without extension) safe on every desktop system: the story's name with the characters that
     * Windows, macOS or Linux refuse in a name replaced by spaces, runs of spaces collapsed, at most 80
     * characters cut at a word; {@value #FALLBACK} when nothing usable remains.
     */
    public static String baseName(String storyName) {
        if (storyName == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(storyName, Normalizer.Form.NFC)
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (name.length() > MAX_NAME) {
            int cut = name.lastIndexOf(' ', MAX_NAME);
            name = name.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME).strip();
        }
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        return name.isEmpty() ? FALLBACK : name;
    }
}

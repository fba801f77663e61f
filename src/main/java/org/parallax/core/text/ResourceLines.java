package org.parallax.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's rule tables and word lists (UTF-8 resource files beside the class that owns them, one
 * entry a line, {@code #} comments) once, for the loaders that parse them.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** Every line of {@code resource}, resolved against {@code owner}'s package, as written. */
    public static List<String> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of {@code resource}: its lines stripped, without blank lines and {@code #} comments. */
    public static List<String> entries(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        for (String line : read(owner, resource)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }
}

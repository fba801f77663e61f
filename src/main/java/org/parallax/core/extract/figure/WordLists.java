package org.parallax.core.extract.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.core.text.ResourceLines;

/**
 * A word-list resource beside this class, read once: "# " comment lines and blank lines are skipped, a
 * "[section]" line starts a section, every other line is an entry of the current section (stripped). The
 * files' own header comments say what their entries mean ({@code numbers.txt}, {@code qualifiers.txt},
 * {@code units.txt}, {@code nouns.txt}, {@code noun-phrases.txt}, {@code exclusions.txt}).
 */
final class WordLists {

    /** Entries without a section header belong to this section. */
    static final String NO_SECTION = "";

    private final String resource;
    private final Map<String, List<String>> sections;

    private WordLists(String resource, Map<String, List<String>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    static WordLists load(String resource) {
        List<String> lines = ResourceLines.read(WordLists.class, resource);
        return parse(resource, lines);
    }

    static WordLists parse(String resource, List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = NO_SECTION;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                sections.computeIfAbsent(section, s -> new ArrayList<>());
                continue;
            }
            sections.computeIfAbsent(section, s -> new ArrayList<>()).add(line);
        }
        return new WordLists(resource, sections);
    }

    /** The entries (lines) of a section, in file order; fails when the file has no such section. */
    List<String> lines(String section) {
        List<String> l = sections.get(section);
        if (l == null) {
            throw new IllegalStateException(resource + ": no section [" + section + "]");
        }
        return l;
    }

    /** The words of a section whose lines hold words separated by commas. */
    Set<String> words(String section) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(section)) {
            for (String w : line.split(",")) {
                String s = w.strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** "key = value" lines of a section, in file order. */
    Map<String, String> pairs(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(section)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(resource + ": expected \"key = value\" in [" + section + "]: " + line);
            }
            out.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return out;
    }

    /** "word = number" lines of a section; numbers may be written "1e6" or "1/24". */
    Map<String, Double> numbers(String section) {
        Map<String, Double> out = new LinkedHashMap<>();
        pairs(section).forEach((k, v) -> out.put(k, number(v)));
        return out;
    }

    /** A number written "12", "1e6", "0.45" or "1/24". */
    static double number(String s) {
        int slash = s.indexOf('/');
        if (slash > 0) {
            return Double.parseDouble(s.substring(0, slash).strip()) / Double.parseDouble(s.substring(slash + 1).strip());
        }
        return Double.parseDouble(s.strip());
    }

    /** The " | "-separated fields of a table line. */
    static String[] fields(String line) {
        String[] f = line.split("\\|");
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        return f;
    }

    /** The comma-separated entries of a field. */
    static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split(",")) {
            String x = s.strip();
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }
}

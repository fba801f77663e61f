package org.parallax.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule table of the ingest package, read once from a resource beside this class. Format: UTF-8 lines;
 * {@code #} starts a comment line; {@code [name]} starts a section; every other non-blank line is one Java
 * regular expression of that section, matched case-insensitively with {@link java.util.regex.Matcher#find()}
 * (anchor it with {@code ^…$} to match a whole line).
 */
final class Rules {

    private final Map<String, List<Pattern>> sections;

    private Rules(Map<String, List<Pattern>> sections) {
        this.sections = sections;
    }

    static Rules load(String resource) {
        Map<String, List<Pattern>> sections = new HashMap<>();
        try (InputStream in = Rules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule table " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1).strip();
                    sections.computeIfAbsent(section, k -> new ArrayList<>());
                    continue;
                }
                if (section == null) {
                    throw new IllegalStateException(resource + " line " + number + ": a pattern before any [section]");
                }
                try {
                    sections.get(section).add(Pattern.compile(t, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + " line " + number + ": " + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rules(sections);
    }

    /** The section's patterns, in file order; fails if the table has no such section. */
    List<Pattern> patterns(String section) {
        List<Pattern> p = sections.get(section);
        if (p == null) {
            throw new IllegalStateException("rule table has no section [" + section + "]");
        }
        return List.copyOf(p);
    }
}

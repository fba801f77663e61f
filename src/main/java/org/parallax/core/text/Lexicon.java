package org.parallax.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project lexicon, one place for the words the extractor and the comparison know: the speech and sourcing
 * verbs with their columns ({@code lexicon/speech-verbs.txt}), the sourcing phrases ({@code lexicon/sourcing.txt})
 * and named word lists (role words, calendar words, stop words…, {@code lexicon/words.txt}). The formats are in
 * {@code docs/attribution.md} and at the top of each file. Loaded once, immutable, thread-safe.
 */
public final class Lexicon {

    /**
     * One speech or sourcing verb: its lemma, its forms as written, and its columns ("invert", "noun", "blame",
     * "cognitive", "quote"…) with their values ("needs" → "particle:on/for|quote-ahead"; a bare column maps to
     * the empty string).
     */
    public record SpeechVerb(String lemma, List<String> forms, Map<String, String> columns) {

        public boolean has(String column) {
            return columns.containsKey(column);
        }

        /** The value of {@code column}, or {@code null} when the verb does not have it. */
        public String value(String column) {
            return columns.get(column);
        }

        /** The value of {@code column} split at "/", or an empty set. */
        public Set<String> values(String column) {
            String v = columns.get(column);
            return v == null || v.isEmpty() ? Set.of() : Set.of(v.split("/"));
        }
    }

    /** A sourcing phrase: its words and its kind ("preposition", "noun", "adverb"…) and columns. */
    public record SourcingPhrase(List<String> words, String kind, Map<String, String> columns) {

        public boolean has(String column) {
            return columns.containsKey(column);
        }

        public Set<String> values(String column) {
            String v = columns.get(column);
            return v == null || v.isEmpty() ? Set.of() : Set.of(v.split("/"));
        }
    }

    private static final String DIR = "lexicon/";
    private static final Map<String, List<String>> LISTS = readLists(DIR + "words.txt");
    private static final List<SpeechVerb> VERBS = readVerbs(DIR + "speech-verbs.txt");
    private static final Map<String, SpeechVerb> BY_FORM = byForm(VERBS);
    private static final List<SourcingPhrase> SOURCING = readSourcing(DIR + "sourcing.txt");

    private Lexicon() {
    }

    /** The named list from {@code words.txt}, lower case; fails when there is no such list. */
    public static Set<String> words(String list) {
        List<String> raw = LISTS.get(list);
        if (raw == null) {
            throw new IllegalArgumentException("no word list [" + list + "] in the lexicon");
        }
        Set<String> out = new HashSet<>();
        for (String line : raw) {
            for (String w : line.split(",")) {
                String t = w.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The named table ("key: word, word" lines) from {@code words.txt}. */
    public static Map<String, Set<String>> table(String list) {
        List<String> raw = LISTS.get(list);
        if (raw == null) {
            throw new IllegalArgumentException("no table [" + list + "] in the lexicon");
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : raw) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("table [" + list + "]: no 'key:' in " + line);
            }
            Set<String> values = new HashSet<>();
            for (String w : line.substring(colon + 1).split(",")) {
                if (!w.isBlank()) {
                    values.add(w.strip().toLowerCase(Locale.ROOT));
                }
            }
            out.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), Set.copyOf(values));
        }
        return Map.copyOf(out);
    }

    /** Every speech and sourcing verb, in file order. */
    public static List<SpeechVerb> speechVerbs() {
        return VERBS;
    }

    /** The verb one of whose forms is {@code lowerForm}, or {@code null}. */
    public static SpeechVerb speechVerb(String lowerForm) {
        return BY_FORM.get(lowerForm);
    }

    /** Every sourcing phrase ("according to", "citing", "in a statement"…), in file order. */
    public static List<SourcingPhrase> sourcingPhrases() {
        return SOURCING;
    }

    // ---------------------------------------------------------------- reading

    private static List<String> lines(String resource) {
        return ResourceLines.entries(Lexicon.class, resource);
    }

    private static Map<String, List<String>> readLists(String resource) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = line.substring(1, line.length() - 1).strip();
                if (out.containsKey(name)) {
                    throw new IllegalStateException(resource + ": list [" + name + "] twice");
                }
                current = new ArrayList<>();
                out.put(name, current);
            } else if (current == null) {
                throw new IllegalStateException(resource + ": words before the first [list]: " + line);
            } else {
                current.add(line);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /** Columns "a b=c d=e/f" to a map (a bare column maps to ""). */
    private static Map<String, String> columns(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : text.strip().split("\\s+")) {
            if (c.isEmpty()) {
                continue;
            }
            int eq = c.indexOf('=');
            out.put(eq < 0 ? c : c.substring(0, eq), eq < 0 ? "" : c.substring(eq + 1));
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<SpeechVerb> readVerbs(String resource) {
        List<SpeechVerb> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalStateException(resource + ": want 'lemma | forms | columns': " + line);
            }
            List<String> forms = Arrays.asList(parts[1].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            out.add(new SpeechVerb(parts[0].strip().toLowerCase(Locale.ROOT), List.copyOf(forms),
                    columns(parts[2])));
        }
        return List.copyOf(out);
    }

    private static Map<String, SpeechVerb> byForm(List<SpeechVerb> verbs) {
        Map<String, SpeechVerb> out = new HashMap<>();
        for (SpeechVerb v : verbs) {
            for (String f : v.forms()) {
                SpeechVerb old = out.put(f, v);
                if (old != null && old != v) {
                    throw new IllegalStateException("speech-verbs.txt: form '" + f + "' under " + old.lemma()
                            + " and " + v.lemma());
                }
            }
        }
        return Map.copyOf(out);
    }

    private static List<SourcingPhrase> readSourcing(String resource) {
        List<SourcingPhrase> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalStateException(resource + ": want 'phrase | kind | columns': " + line);
            }
            List<String> words = Arrays.asList(parts[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
            out.add(new SourcingPhrase(List.copyOf(words), parts[1].strip(), columns(parts[2])));
        }
        return List.copyOf(out);
    }
}

package org.parallax.core.compare.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.core.text.ResourceLines;

/**
 * The synonym table ({@code synonyms.txt} beside this class), immutable once loaded. Single words map to a
 * group label; phrases map word by word onto the group's first phrase.
 */
public final class Synonyms {

    /** A variant phrase and, word by word, the words of the group's first phrase it stands for. */
    record Phrase(String[] words, String[] targets) {
    }

    public static final Synonyms DEFAULT = load("synonyms.txt");

    private final Map<String, String> groupOfWord;
    private final Map<String, List<Phrase>> phrasesByFirstWord;

    private Synonyms(Map<String, String> groupOfWord, Map<String, List<Phrase>> phrasesByFirstWord) {
        this.groupOfWord = Map.copyOf(groupOfWord);
        Map<String, List<Phrase>> p = new HashMap<>();
        phrasesByFirstWord.forEach((k, v) -> p.put(k, List.copyOf(v)));
        this.phrasesByFirstWord = Map.copyOf(p);
    }

    /** The group label of a lower-case word, or {@code null}. */
    String group(String lowerWord) {
        return groupOfWord.get(lowerWord);
    }

    /** Phrases starting with this lower-case word; empty when none. */
    List<Phrase> phrasesStartingWith(String lowerWord) {
        return phrasesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    boolean hasPhrases() {
        return !phrasesByFirstWord.isEmpty();
    }

    static Synonyms load(String resource) {
        List<String> lines = ResourceLines.read(Synonyms.class, resource);
        return parse(lines);
    }

    public static Synonyms parse(List<String> lines) {
        Map<String, String> words = new HashMap<>();
        Map<String, List<Phrase>> phrases = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] entries = line.toLowerCase(Locale.ROOT).split("\\s*,\\s*");
            String[] head = entries[0].split("\\s+");
            if (head.length == 1) {
                for (String e : entries) {
                    if (e.contains(" ")) {
                        throw new IllegalArgumentException("phrase in a word group: " + line);
                    }
                    words.putIfAbsent(e, "=" + head[0]);
                }
            } else {
                for (int i = 1; i < entries.length; i++) {
                    String[] w = entries[i].split("\\s+");
                    if (w.length != head.length) {
                        throw new IllegalArgumentException("phrases of different lengths: " + line);
                    }
                    phrases.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Phrase(w, head));
                }
            }
        }
        return new Synonyms(words, phrases);
    }
}

package org.parallax.core.compare.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.core.text.Lexicon;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The normalize stage: turns words into term ids, one dictionary per comparison. Two forms per token: the
 * <em>surface</em> form (lower case, one style of quote, apostrophe and dash) decides whether words are the
 * same for the diff, the <em>canonical</em> form (Snowball English stem, synonym group, number without
 * separators, spelled-out numbers as digits) decides whether they mean the same for similarity.
 * Not thread-safe: each comparison makes its own.
 */
public final class Vocabulary {

    static final Set<String> STOPWORDS = Lexicon.words("comparison stop words");

    static final Set<String> CUES = Lexicon.words("comparison cues");

    /** Weekday and month names: capitalised, but no names worth weighting up. */
    static final Set<String> CALENDAR = Lexicon.words("calendar");

    static final Set<String> PRONOUNS = Lexicon.words("pronouns");

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
            Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"),
            Map.entry("seventeen", "17"), Map.entry("eighteen", "18"), Map.entry("nineteen", "19"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
            Map.entry("eighty", "80"), Map.entry("ninety", "90"), Map.entry("hundred", "100"),
            Map.entry("thousand", "1000"), Map.entry("million", "1000000"),
            Map.entry("billion", "1000000000"), Map.entry("dozen", "12"));

    private final Synonyms synonyms;
    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> canonicalCache = new HashMap<>();
    private final Map<String, Integer> nameCache = new HashMap<>();
    private final Map<String, Integer> stemCache = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    public Vocabulary(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    Synonyms synonyms() {
        return synonyms;
    }

    int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
        }
        return id;
    }

    String term(int id) {
        return terms.get(id);
    }

    int size() {
        return terms.size();
    }

    static boolean isNumberWord(String lower) {
        return NUMBER_WORDS.containsKey(lower);
    }

    /** Lower case with one apostrophe, one double quote and one dash. */
    static String surface(String token) {
        StringBuilder b = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            b.append(unify(token.charAt(i)));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static char unify(char c) {
        switch (c) {
            case '’', '‘', '`', '´', '′' -> {
                return '\'';
            }
            case '“', '”', '„', '«', '»', '″' -> {
                return '"';
            }
            case '–', '—', '‐', '‑', '−' -> {
                return '-';
            }
            default -> {
                return c;
            }
        }
    }

    /**
     * Canonical id of a capitalised word: spelling variants of one name ("Zelensky", "Zelenskyy") share the
     * id of the first seen. Variants: 6 letters or more, same first letter, one edit apart.
     */
    int canonicalName(String surface) {
        Integer cached = nameCache.get(surface);
        if (cached != null) {
            return cached;
        }
        int id = canonical(surface);
        if (surface.length() >= 6 && synonyms.group(surface) == null && Character.isLetter(surface.charAt(0))) {
            String variantOf = null;
            for (String known : names) {
                if (known.charAt(0) == surface.charAt(0) && Math.abs(known.length() - surface.length()) <= 1
                        && oneEditApart(known, surface)) {
                    variantOf = known;
                    break;
                }
            }
            if (variantOf != null) {
                id = nameCache.get(variantOf);
            } else {
                names.add(surface);
            }
        }
        nameCache.put(surface, id);
        return id;
    }

    /** Whether two different strings differ by one inserted, deleted or replaced character. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if (b.length() - a.length() > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.length() == b.length()
                ? a.substring(i + 1).equals(b.substring(i + 1))
                : a.substring(i).equals(b.substring(i + 1));
    }

    /**
     * Id of the word's plain stem (no synonyms, no name variants): tells a swap for another word
     * ("troops" → "troopers", "said" → "stated") from another form of the same word ("Korea's" → "Korea").
     */
    int stemId(String surface) {
        Integer cached = stemCache.get(surface);
        if (cached != null) {
            return cached;
        }
        String base = surface.endsWith("'s") && surface.length() > 2 ? surface.substring(0, surface.length() - 2) : surface;
        int id = id("~" + stem(base));
        stemCache.put(surface, id);
        return id;
    }

    /** Canonical id of a word given in surface form. */
    int canonical(String surface) {
        Integer cached = canonicalCache.get(surface);
        if (cached != null) {
            return cached;
        }
        int id = id(canonicalTerm(surface));
        canonicalCache.put(surface, id);
        return id;
    }

    private String canonicalTerm(String w) {
        String group = synonyms.group(w);
        if (group != null) {
            return group;
        }
        String base = w;
        if (base.endsWith("'s") && base.length() > 2) {
            base = base.substring(0, base.length() - 2);
        } else if (base.endsWith("'") && base.length() > 1) {
            base = base.substring(0, base.length() - 1);
        }
        group = synonyms.group(base);
        if (group != null) {
            return group;
        }
        if (!base.isEmpty() && Character.isDigit(base.charAt(0))) {
            return "#" + base.replace(",", "");
        }
        String number = NUMBER_WORDS.get(base);
        if (number != null) {
            return "#" + number;
        }
        if (base.indexOf('-') > 0) {
            StringBuilder b = new StringBuilder();
            for (String part : base.split("-")) {
                if (b.length() > 0) {
                    b.append('-');
                }
                b.append(stem(part));
            }
            return b.toString();
        }
        return stem(base);
    }

    private String stem(String w) {
        if (w.length() < 3) {
            return w;
        }
        stemmer.setCurrent(w);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}

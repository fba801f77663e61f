package org.parallax.core.extract.figure;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Lemmas of counted nouns and a small synonym normaliser ("troopers", "servicemen" → "troop"), read once from
 * {@code nouns.txt} beside this class (its header says the format).
 */
public final class Nouns {

    private static final Map<String, String> IRREGULAR = new HashMap<>();
    private static final Map<String, String> KIND = new HashMap<>();
    /** words naming a count of something ("toll" → "deaths") */
    static final Map<String, String> TALLIES = new HashMap<>();
    /** verbs after a number that say what it counts ("died" → "deaths") */
    static final Map<String, String> COUNTING_VERBS = new HashMap<>();
    /** words followed by "of" and the counted noun ("number of", "count of") */
    static final java.util.Set<String> COUNTS_OF;

    static {
        WordLists lists = WordLists.load("nouns.txt");
        IRREGULAR.putAll(lists.pairs("irregular"));
        TALLIES.putAll(lists.pairs("tallies"));
        COUNTS_OF = lists.words("counts-of");
        COUNTING_VERBS.putAll(lists.pairs("counting-verbs"));
        lists.pairs("families").forEach((key, members) -> {
            for (String m : WordLists.list(members)) {
                KIND.put(m, key);
            }
        });
    }

    private Nouns() {
    }

    /** The singular lower-case lemma of a noun ("troopers" → "trooper", "casualties" → "casualty"). */
    public static String lemma(String noun) {
        if (noun == null || noun.isBlank()) {
            return null;
        }
        String w = noun.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        String irr = IRREGULAR.get(w);
        if (irr != null) {
            return irr;
        }
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        if (w.endsWith("men") && n > 4) {
            return w.substring(0, n - 3) + "man";
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")) {
            return w;
        }
        if (w.endsWith("s")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /**
     * A comparison key for a counted noun: nouns of one family share it ("troops", "soldiers", "troopers",
     * "servicemen", "forces", "personnel" → "troop"; "people", "civilians", "individuals" → "person").
     * Other nouns map to their lemma. {@code null} for {@code null}.
     */
    public static String kind(String head) {
        String lemma = lemma(head);
        if (lemma == null) {
            return null;
        }
        String k = KIND.get(lemma);
        if (k != null) {
            return k;
        }
        int space = lemma.lastIndexOf(' ');
        if (space > 0) {
            k = KIND.get(lemma.substring(space + 1));
            if (k != null) {
                return k;
            }
        }
        int dash = lemma.lastIndexOf('-');
        if (dash > 0) {
            k = KIND.get(lemma.substring(dash + 1));
            if (k != null) {
                return k;
            }
        }
        return lemma;
    }
}

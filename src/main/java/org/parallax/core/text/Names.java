package org.parallax.core.text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists and small helpers for names of people and organisations in news text: titles and role words
 * ("President", "spokesman"), organisation words ("Ministry", "Agency"), name particles ("von", "der") and the
 * folded key that makes spelling variants of one name equal ({@link #personKey}).
 */
public final class Names {

    /** Capitalised or lower-case words that name a role or title rather than a person. */
    public static final Set<String> ROLE_WORDS = Lexicon.words("role words");

    /** Words that mark an organisation, a place or a medium rather than a person. */
    public static final Set<String> ORG_WORDS = Lexicon.words("organisation words");

    /** Lower-case words that may stand inside a name ("Ursula von der Leyen"). */
    public static final Set<String> PARTICLES = Lexicon.words("name particles");

    /** First words of place names, which are never a person's first name. */
    private static final Set<String> PLACE_FIRST = Lexicon.words("place first words");

    private Names() {
    }

    /**
     * A folded key for comparing person names: case, accents and common transliteration variants folded, so
     * "Zelensky", "Zelenskyy" and "Zelenskiy" give one key. Compares a full name or a surname alike.
     */
    public static String personKey(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            } else if (Character.isWhitespace(c) || c == '-') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            }
        }
        String k = b.toString().trim();
        k = k.replace("iy", "y").replace("yy", "y").replace("ij", "y").replace("ii", "i").replace("ph", "f")
                .replace("w", "v").replace("ck", "k").replace("kh", "h").replace("tch", "ch")
                .replace("j", "y");
        StringBuilder d = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                d.append(k.charAt(i));
            }
        }
        return d.toString();
    }

    /** The last word of a name, folded ({@code personKey}); "" for none. */
    public static String surnameKey(String name) {
        String k = personKey(name);
        int sp = k.lastIndexOf(' ');
        return sp < 0 ? k : k.substring(sp + 1);
    }

    /** True when {@code words} (capitalised tokens) look like a person's name: 1–4 words, no org or place word. */
    public static boolean looksLikePerson(List<String> words) {
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        int caps = 0;
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT);
            if (ORG_WORDS.contains(l) || ORG_WORDS.contains(stripPossessive(l))) {
                return false;
            }
            if (PARTICLES.contains(l)) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
            if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))) {
                return false; // an acronym
            }
            if (w.indexOf('.') >= 0 && w.length() > 2) {
                return false;
            }
            caps++;
        }
        return caps >= 1 && !PLACE_FIRST.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    public static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("’s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") || w.endsWith("’")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** True for a demonym-like or country-like modifier ("Ukrainian", "Ukraine's") sharing a stem with {@code other}. */
    public static boolean sameStem(String a, String b) {
        String x = stripPossessive(a).toLowerCase(Locale.ROOT);
        String y = stripPossessive(b).toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        int n = Math.min(5, Math.min(x.length(), y.length()));
        return n >= 4 && x.regionMatches(0, y, 0, n);
    }
}

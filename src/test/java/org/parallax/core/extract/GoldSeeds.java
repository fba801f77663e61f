package org.parallax.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.core.text.Names;

/**
 * The five hand-annotated seeds (src/test/resources/seeds and seeds-gold) and the normalisation used to compare
 * speakers and sources with the gold.
 *
 * <p>Body: from the gold's {@code body_starts_with} to the end of the LAST occurrence of {@code body_ends_with}.
 *
 * <p>Names agree when, case-folded and without a leading "the"/"a"/"an": they are equal; or their
 * {@link Names#personKey} are equal; or one contains the other's surname key as a word (persons: "Rutte" vs
 * "Mark Rutte", "Zelensky" vs "Volodymyr Zelenskyy"); or, for descriptions, the content words of one are all in
 * the other, or their Jaccard overlap is at least 0.5.
 */
public final class GoldSeeds {

    public static final List<String> NAMES = List.of(
            "000_0136e9118caa93ec", "001_2fd64e61ddae72be", "002_c89360cfc73fa7b4", "003_5ff85278df32db3f",
            "004_89b38a5f5ea4f247");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "to", "in", "on", "for", "with",
            "as", "well", "both", "from");

    public record Seed(String name, String body, JsonNode gold) {
    }

    private GoldSeeds() {
    }

    public static Seed load(String name) {
        String text = resource("/seeds/" + name + ".txt");
        JsonNode gold;
        try {
            gold = JSON.readTree(resource("/seeds-gold/" + name + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String startWith = gold.get("body_starts_with").asText();
        String endWith = gold.get("body_ends_with").asText();
        int s = text.indexOf(startWith);
        int e = text.lastIndexOf(endWith);
        if (s < 0 || e < 0) {
            throw new IllegalStateException("body bounds not found in " + name);
        }
        return new Seed(name, text.substring(s, e + endWith.length()), gold);
    }

    public static List<Seed> all() {
        List<Seed> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(load(n));
        }
        return out;
    }

    private static String resource(String path) {
        try (InputStream in = GoldSeeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Case-folded, a leading article dropped, straight apostrophes. */
    public static String normalise(String s) {
        if (s == null) {
            return null;
        }
        String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        for (String art : List.of("the ", "a ", "an ")) {
            if (t.startsWith(art)) {
                t = t.substring(art.length());
            }
        }
        return t;
    }

    /** Do two speaker or source names agree (see the class comment)? Two nulls agree. */
    public static boolean sameSource(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        String g = normalise(gold);
        String p = normalise(predicted);
        if (g.equals(p)) {
            return true;
        }
        String gk = Names.personKey(g);
        String pk = Names.personKey(p);
        if (gk.equals(pk)) {
            return true;
        }
        if (containsWord(pk, Names.surnameKey(g)) && isName(gold) || containsWord(gk, Names.surnameKey(p))
                && isName(predicted)) {
            return true;
        }
        Set<String> gw = contentWords(g);
        Set<String> pw = contentWords(p);
        if (gw.isEmpty() || pw.isEmpty()) {
            return false;
        }
        if (gw.containsAll(pw) || pw.containsAll(gw)) {
            return true;
        }
        Set<String> inter = new HashSet<>(gw);
        inter.retainAll(pw);
        Set<String> union = new HashSet<>(gw);
        union.addAll(pw);
        return inter.size() * 2 >= union.size();
    }

    private static boolean isName(String s) {
        String[] w = s.strip().split("\\s+");
        for (String x : w) {
            if (x.isEmpty() || !Character.isUpperCase(x.charAt(0))) {
                return false;
            }
        }
        return w.length >= 1 && w.length <= 4;
    }

    private static boolean containsWord(String key, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (String w : key.split(" ")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Precision, recall and F1 from counts. */
    public record Prf(int tp, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

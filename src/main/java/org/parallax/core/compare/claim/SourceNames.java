package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.parallax.core.text.Names;

/**
 * Whether two credited sources (a quote's speaker, an attribution's source, as the extractor wrote them) are the
 * same person or body, and whether a source names anyone at all. Used by {@link QuoteGrouper} for "speaker
 * differs" and by {@link AttributionDifferences}.
 *
 * <p>A source's <em>name words</em> are its capitalised words that are not roles or titles ({@link Names#ROLE_WORDS}),
 * function words, days or months, folded with {@link Names#personKey} and a possessive dropped: "NRB Governor
 * Paul Grant" gives {nrb, paul, grant}, "the lawyer who filed Monday's suit" gives none. Its
 * <em>acronyms</em> are its all-capital words and the initials of a run of three or more capitalised words ("Northern
 * Reserve Board" gives "nrb"; "of", "and", "for" inside the run are skipped).
 *
 * <p>Two sources are the same when their folded keys are equal, when the name words of one are all among the name
 * words or acronyms of the other ("Grant" and "Paul Grant"; "NRB" and "The Northern Reserve Board (NRB)"), or when
 * they share an acronym ("the NRB Governing Council" and "Northern Reserve Board"). "Joe Biden" and "Hunter Biden"
 * stay apart. Sources without name words ("officials", "the police") are the same only when their words are.
 */
final class SourceNames {

    private static final Set<String> INSIDE_RUN = Set.of("of", "and", "for", "de", "du", "des", "la", "le", "von");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]\"“”]+");
    /** Words of {@link Names#ROLE_WORDS} that qualify an office rather than name one ("former", "acting"). */
    private static final Set<String> NOT_OFFICES = Set.of("former", "acting", "interim", "senior", "top", "elect",
            "first");

    /** How two sources compare. */
    enum Match {
        /** One person or body. */
        SAME,
        /** Different people or bodies: names that differ, or roles that differ. */
        DIFFERENT,
        /** Nothing to compare: a name against a bare role, or words that name nobody ("reports", "workers"). */
        UNKNOWN
    }

    /**
     * One source, taken apart: its folded key, name words, acronyms, role words and other content words, and
     * whether it identifies anyone ({@link #identifies(String)}).
     */
    record Name(String key, Set<String> words, Set<String> acronyms, Set<String> roles, Set<String> plain,
                boolean identifies) {
    }

    private SourceNames() {
    }

    static Name of(String source) {
        Set<String> words = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> plain = new HashSet<>();
        Set<String> roles = new HashSet<>();
        List<String> run = new ArrayList<>();
        boolean identifies = false;
        for (String raw : SEPARATORS.split(source)) {
            String w = trim(Names.stripPossessive(raw.replace('’', '\'')));
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(w.codePointAt(0));
            if (capital && !Names.ROLE_WORDS.contains(lower) && !Names.ORG_WORDS.contains(lower)
                    && !ClaimText.STOP.contains(lower) && !ClaimText.MONTHS.contains(lower)) {
                identifies = true;
            }
            boolean allCaps = allCaps(w);
            if (!ClaimText.STOP.contains(lower)) {
                plain.add(Names.personKey(lower));
                if (isRole(lower)) {
                    roles.add(lower.endsWith("s") && !Names.ROLE_WORDS.contains(lower)
                            ? lower.substring(0, lower.length() - 1) : lower);
                }
            }
            if (capital && !INSIDE_RUN.contains(lower) && !ARTICLES.contains(lower)) {
                run.add(w);
            } else if (!INSIDE_RUN.contains(lower) || run.isEmpty()) {
                closeRun(run, acronyms);
            }
            if (allCaps) {
                acronyms.add(Names.personKey(lower.replace(".", "")));
            }
            if (capital && !Names.ROLE_WORDS.contains(lower) && !ClaimText.STOP.contains(lower)
                    && !ClaimText.MONTHS.contains(lower)) {
                String key = Names.personKey(w);
                if (!key.isEmpty()) {
                    words.add(key);
                }
            }
        }
        closeRun(run, acronyms);
        return new Name(Names.personKey(source), words, acronyms, roles, plain, identifies || !roles.isEmpty());
    }

    private static void closeRun(List<String> run, Set<String> acronyms) {
        if (run.size() >= 3) {
            StringBuilder b = new StringBuilder();
            for (String w : run) {
                if (!allCaps(w)) {
                    b.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            if (b.length() >= 3) {
                acronyms.add(Names.personKey(b.toString()));
            }
        }
        run.clear();
    }

    /** Leading characters that are not letters, trailing ones that are neither letters nor dots, cut off. */
    private static String trim(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetter(w.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(w.charAt(to - 1)) && w.charAt(to - 1) != '.') {
            to--;
        }
        return w.substring(from, to);
    }

    /** "NRB", "U.S.": two or more letters, all capitals. */
    private static boolean allCaps(String w) {
        String letters = w.replace(".", "");
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    /** A title or office ("mayor", "deputy", "spokesmen"), not a nationality, a body's word or a function word. */
    private static boolean isRole(String lower) {
        String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return (Names.ROLE_WORDS.contains(lower) || Names.ROLE_WORDS.contains(singular))
                && !Names.ORG_WORDS.contains(lower) && !ClaimText.STOP.contains(lower) && lower.length() > 2
                && !NOT_OFFICES.contains(singular);
    }

    /**
     * True when {@code source} identifies who speaks: a name word that is not only an organisation or medium noun
     * ({@link Names#ORG_WORDS}: "Police", "Interfax" tell which body or who reported, not who spoke), or a title
     * or office ("the deputy mayor"). "reports", "the outlet", "workers" identify nobody.
     */
    static boolean identifies(String source) {
        return source != null && of(source).identifies();
    }

    /** True when {@code a} and {@code b} credit the same person or body (see the class comment). */
    static boolean same(String a, String b) {
        return compare(a, b) == Match.SAME;
    }

    /**
     * Names against names (see the class comment); when either has no name word, roles against roles: equal sets
     * of title words are one office ("a spokesman", "the ministry spokesman"), crossing sets are different offices
     * ("the foreign minister", "the defence minister"), and one set inside the other may be a fuller description
     * ("the president", "the Ukrainian president"), so unknown. A name against a bare role is unknown: "the
     * company's lawyer" is often the lawyer another outlet names. Words that name nobody are the same only when
     * equal, else unknown.
     */
    static Match compare(String a, String b) {
        if (a == null || b == null) {
            return Match.UNKNOWN;
        }
        return compare(of(a), of(b));
    }

    /** {@link #compare(String, String)} of sources already taken apart. */
    static Match compare(Name x, Name y) {
        if (x.key().equals(y.key())) {
            return Match.SAME;
        }
        if (!x.words().isEmpty() && !y.words().isEmpty()) {
            if (covered(x, y) || covered(y, x)) {
                return Match.SAME;
            }
            for (String acronym : x.acronyms()) {
                if (y.acronyms().contains(acronym)) {
                    return Match.SAME;
                }
            }
            return Match.DIFFERENT;
        }
        if (!x.roles().isEmpty() && !y.roles().isEmpty()) {
            if (x.roles().equals(y.roles())) {
                return Match.SAME;
            }
            boolean nested = x.roles().containsAll(y.roles()) || y.roles().containsAll(x.roles());
            return nested ? Match.UNKNOWN : Match.DIFFERENT;
        }
        if (x.words().isEmpty() && y.words().isEmpty() && !x.plain().isEmpty() && x.plain().equals(y.plain())) {
            return Match.SAME;
        }
        return Match.UNKNOWN;
    }

    /** Are all name words of {@code x} among the name words or acronyms of {@code y}? */
    private static boolean covered(Name x, Name y) {
        for (String w : x.words()) {
            if (!y.words().contains(w) && !y.acronyms().contains(w.replace(" ", ""))) {
                return false;
            }
        }
        return true;
    }
}

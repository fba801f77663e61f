package org.parallax.core.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figure extractor's word lists, read once from the resource files beside this class: spelled-out
 * numbers ({@code numbers.txt}), qualifiers ({@code qualifiers.txt}), words that shape a counted noun phrase
 * ({@code noun-phrases.txt}) and words that mark dates, times and references ({@code exclusions.txt}).
 * Units are in {@link Units}, counted-noun families in {@link Nouns}.
 */
final class FigureWords {

    private FigureWords() {
    }

    private static final WordLists NUMBERS = WordLists.load("numbers.txt");
    private static final WordLists NOUN_PHRASES = WordLists.load("noun-phrases.txt");
    private static final WordLists EXCLUSIONS = WordLists.load("exclusions.txt");

    /** zero .. nineteen */
    static final Map<String, Integer> ONES = new HashMap<>();
    /** twenty .. ninety */
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Double> SCALES = new HashMap<>(NUMBERS.numbers("scales"));
    /** scales accepted after digits with a space or glued ("$2 bn", "2bn"): the scale words and abbreviations */
    static final Map<String, Double> DIGIT_SCALES = new HashMap<>(SCALES);
    /** scale abbreviations accepted only glued, and for single letters only after a currency ("$5m", "10k") */
    static final Map<String, Double> GLUED_SCALES = Map.copyOf(NUMBERS.numbers("glued-scales"));
    static final Map<String, Integer> ORDINALS = ints(NUMBERS.numbers("ordinals"));
    static final Map<String, Integer> MULTIPLIERS = ints(NUMBERS.numbers("multipliers"));
    /** fraction words and their denominators ("third" → 3) */
    static final Map<String, Integer> DENOMINATORS = ints(NUMBERS.numbers("fractions"));
    static final Set<String> VAGUE_PLURALS = NUMBERS.words("vague-plurals");
    /** words before "from" that make "from X to Y" a range */
    static final Set<String> RANGE_WORDS = NUMBERS.words("range-words");

    static {
        NUMBERS.numbers("cardinals").forEach((w, v) -> (v < 20 ? ONES : TENS).put(w, v.intValue()));
        DIGIT_SCALES.putAll(NUMBERS.numbers("scale-abbreviations"));
    }

    private static final WordLists QUALIFIER_LISTS = WordLists.load("qualifiers.txt");

    /** Qualifier phrases as words, longest first (matched backwards from the number, first match wins). */
    static final String[][] QUALIFIERS = qualifiers();

    static final Set<String> MONTHS = EXCLUSIONS.words("months");
    static final Set<String> WEEKDAYS = EXCLUSIONS.words("weekdays");
    /** Words before a number that make it a reference, not a quantity ("page 5", "No. 3", "Article 5"). */
    static final Set<String> REFERENCE_WORDS = EXCLUSIONS.words("reference-words");
    /** Time-of-day and zone words after a number. */
    static final Set<String> CLOCK_WORDS = EXCLUSIONS.words("clock-words");
    static final Set<String> YEAR_PREPOSITIONS = EXCLUSIONS.words("year-prepositions");

    static final Set<String> POSSESSIVES = NOUN_PHRASES.words("possessives");
    static final Set<String> DETERMINERS = NOUN_PHRASES.words("determiners");
    /** Words that end a counted noun phrase. */
    static final Set<String> STOP = NOUN_PHRASES.words("stop");
    /** Modifiers that cannot be the head of a counted noun phrase ("2,000 more", "a pair thousand extra"). */
    static final Set<String> NOT_HEAD = NOUN_PHRASES.words("not-head");
    /** -ly words that may stand inside a noun phrase ("daily flights"). */
    static final Set<String> FREQUENCY = NOUN_PHRASES.words("frequency-adverbs");
    /** Heads after an ordinal that name a position or period, not a count ("10th place", "fourth quarter"). */
    static final Set<String> ORDINAL_POSITIONS = NOUN_PHRASES.words("ordinal-positions");
    /** Words right after a number that are what it counts ("83 dead"). */
    static final Set<String> CASUALTY_WORDS = NOUN_PHRASES.words("casualty-words");
    /** Heads that classify the noun after "of" ("types of fish"). */
    static final Set<String> CLASSIFIERS = NOUN_PHRASES.words("classifier-nouns");
    static final Set<String> COPULAS = NOUN_PHRASES.words("copulas");
    /** Verbs whose "up" is a particle, not the start of "up to". */
    static final Set<String> PARTICLE_VERBS = QUALIFIER_LISTS.words("particle-verbs");

    private static Map<String, Integer> ints(Map<String, Double> m) {
        Map<String, Integer> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.intValue()));
        return Map.copyOf(out);
    }

    private static String[][] qualifiers() {
        List<String[]> q = new ArrayList<>();
        for (String line : QUALIFIER_LISTS.lines("qualifiers")) {
            q.add(line.split("\\s+"));
        }
        q.sort(Comparator.comparingInt((String[] a) -> -a.length));
        return q.toArray(new String[0][]);
    }
}

package org.parallax.core.extract.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word lists for the figure scanner: number words, qualifiers, stop words, months, reference words. */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    static final Map<String, Integer> UNITS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Double> SCALES = new HashMap<>();
    /** scale abbreviations accepted after digits with a space or glued ("$2 bn", "2bn") */
    static final Map<String, Double> DIGIT_SCALES = new HashMap<>();
    /** scale abbreviations accepted only glued, and for single letters only after a currency ("$5m", "10k") */
    static final Map<String, Double> GLUED_SCALES = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, Integer> MULTIPLIERS = new HashMap<>();
    static final Set<String> VAGUE_PLURALS = set("hundreds", "thousands", "millions", "billions", "dozens",
            "scores", "tens", "trillions");

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
        for (int i = 0; i < units.length; i++) {
            UNITS.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], (i + 2) * 10);
        }
        SCALES.put("hundred", 100.0);
        SCALES.put("thousand", 1e3);
        SCALES.put("million", 1e6);
        SCALES.put("billion", 1e9);
        SCALES.put("trillion", 1e12);
        SCALES.put("dozen", 12.0);
        DIGIT_SCALES.put("hundred", 100.0);
        DIGIT_SCALES.put("thousand", 1e3);
        DIGIT_SCALES.put("million", 1e6);
        DIGIT_SCALES.put("billion", 1e9);
        DIGIT_SCALES.put("trillion", 1e12);
        DIGIT_SCALES.put("dozen", 12.0);
        DIGIT_SCALES.put("bn", 1e9);
        DIGIT_SCALES.put("bln", 1e9);
        DIGIT_SCALES.put("mn", 1e6);
        DIGIT_SCALES.put("mln", 1e6);
        DIGIT_SCALES.put("tn", 1e12);
        DIGIT_SCALES.put("trn", 1e12);
        DIGIT_SCALES.put("lakh", 1e5);
        DIGIT_SCALES.put("crore", 1e7);
        GLUED_SCALES.put("k", 1e3);
        GLUED_SCALES.put("m", 1e6);
        GLUED_SCALES.put("b", 1e9);
        GLUED_SCALES.put("t", 1e12);
        String[] ord = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 1; i < ord.length; i++) {
            ORDINALS.put(ord[i], i);
        }
        String[] tensOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"};
        for (int i = 0; i < tensOrd.length; i++) {
            ORDINALS.put(tensOrd[i], (i + 2) * 10);
        }
        ORDINALS.put("hundredth", 100);
        ORDINALS.put("thousandth", 1000);
        ORDINALS.put("millionth", 1_000_000);
        for (String w : new String[] {"doubled", "doubling", "doubles"}) {
            MULTIPLIERS.put(w, 2);
        }
        for (String w : new String[] {"tripled", "tripling", "triples", "trebled", "trebling"}) {
            MULTIPLIERS.put(w, 3);
        }
        for (String w : new String[] {"quadrupled", "quadrupling", "quadruples"}) {
            MULTIPLIERS.put(w, 4);
        }
        String[] folds = {"twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold",
            "ninefold", "tenfold"};
        for (int i = 0; i < folds.length; i++) {
            MULTIPLIERS.put(folds[i], i + 2);
        }
        MULTIPLIERS.put("hundredfold", 100);
        MULTIPLIERS.put("thousandfold", 1000);
    }

    /** Qualifier phrases, longest first when matched backwards from the number. */
    static final String[][] QUALIFIERS = {
        {"in", "excess", "of"}, {"no", "more", "than"}, {"no", "fewer", "than"}, {"no", "less", "than"},
        {"not", "more", "than"}, {"as", "many", "as"}, {"as", "much", "as"}, {"as", "few", "as"},
        {"as", "little", "as"}, {"just", "shy", "of"}, {"a", "maximum", "of"}, {"a", "minimum", "of"},
        {"up", "to"}, {"more", "than"}, {"at", "least"}, {"fewer", "than"}, {"an", "estimated"},
        {"just", "about"}, {"lower", "than"}, {"less", "than"}, {"close", "to"}, {"greater", "than"},
        {"higher", "than"}, {"at", "most"}, {"upwards", "of"}, {"upward", "of"}, {"just", "over"},
        {"just", "under"}, {"well", "over"}, {"well", "above"}, {"well", "below"}, {"just", "below"},
        {"just", "above"}, {"shy", "of"}, {"an", "approximate"}, {"nearly"}, {"almost"}, {"about"},
        {"around"}, {"roughly"}, {"some"}, {"approximately"}, {"approx"}, {"estimated"}, {"over"},
        {"under"}, {"below"}, {"above"}, {"circa"}, {"ca"}, {"exceeding"}, {"beyond"},
    };

    static final Set<String> MONTHS = set("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> WEEKDAYS = set("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /** Words before a number that make it a reference, not a quantity ("page 5", "No. 3", "Article 5"). */
    static final Set<String> REFERENCE_WORDS = set("page", "pages", "p", "pp", "no", "nos", "chapter",
            "section", "article", "paragraph", "para", "line", "row", "room", "flight", "route", "ext", "tel",
            "phone", "fax", "version", "v", "vol", "volume", "issue", "episode", "season", "level", "gate",
            "platform", "exit", "highway", "interstate", "id", "code", "zip", "box", "suite", "apt", "channel",
            "seat", "table", "fig", "figure", "step", "clause", "grade", "category", "class", "division",
            "district", "ward", "precinct", "bus", "resolution", "item", "question", "q", "pier",
            "terminal", "unit", "ticket", "verse", "psalm", "model",
            "number", "num", "nr", "ref", "series", "type", "mk", "batch", "rev", "amendment");

    /** Time-of-day and zone words after a number. */
    static final Set<String> CLOCK_WORDS = set("am", "pm", "gmt", "utc", "bst", "cet", "cest", "est", "edt",
            "pst", "pdt", "cst", "cdt", "mst", "ist", "jst", "kst", "msk", "eet", "eest", "o'clock", "o’clock",
            "hrs", "hours");

    static final Set<String> YEAR_PREPOSITIONS = set("in", "since", "from", "until", "till", "by", "during",
            "before", "after", "circa", "early", "late", "mid", "year", "ad", "bc");

    static final Set<String> POSSESSIVES = set("his", "her", "its", "their", "our", "my", "your");

    /** Words that end a counted noun phrase. */
    static final Set<String> STOP = set(
            // determiners, pronouns
            "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "them", "their", "he", "him",
            "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose",
            "which", "what", "where", "when", "why", "how", "there", "here", "each", "every", "all", "both",
            "either", "neither", "any", "some", "such", "no", "none", "one", "itself", "themselves",
            // prepositions
            "of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "onto", "over", "under", "near",
            "across", "since", "during", "per", "than", "as", "about", "around", "toward", "towards", "against",
            "between", "through", "after", "before", "within", "without", "amid", "amidst", "among", "along",
            "upon", "via", "behind", "beyond", "off", "out", "up", "down", "inside", "outside", "throughout",
            "until", "till", "like", "unlike", "despite", "including", "except", "plus", "minus", "versus", "vs",
            "ago", "apiece", "each",
            // conjunctions
            "and", "or", "but", "nor", "so", "yet", "while", "if", "though", "although", "because", "whether",
            "unless", "whereas", "then",
            // auxiliaries and frequent verbs
            "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having", "will",
            "would", "could", "can", "may", "might", "must", "should", "shall", "do", "does", "did", "done",
            "said", "says", "say", "told", "tell", "tells", "get", "gets", "got", "make", "makes", "made",
            "remain", "remains", "remained", "stay", "stays", "come", "comes", "came", "go", "goes", "went",
            "take", "takes", "took", "face", "faces", "need", "needs", "include", "includes", "included",
            "become", "became", "becomes", "seem", "seems", "appear", "appears", "reach", "reached", "reaches",
            "see", "saw", "seen", "expect", "expects", "want", "wants", "help", "helps", "lost", "lose",
            "die", "died", "dies", "worked", "joined", "join", "left", "leave",
            "arrive", "arrived", "arrives", "fight", "fought", "fighting", "killed", "wounded", "injured",
            // adverbs
            "already", "now", "still", "also", "just", "only", "soon", "too", "very", "not", "never", "ever",
            "even", "again", "more", "most", "less", "least", "fewer", "altogether", "total", "respectively",
            "instead", "overall", "today", "tonight", "yesterday", "tomorrow", "currently", "reportedly",
            "allegedly", "approximately", "roughly", "nearly", "almost", "around", "last", "next", "earlier",
            "later", "away", "back", "ahead", "together", "alone", "else", "so-called", "etc", "however", "meanwhile",
            "therefore", "moreover", "furthermore", "nevertheless", "thus", "hence", "indeed", "perhaps", "maybe",
            "probably", "each", "apiece",
            // number words
            "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen",
            "hundreds", "thousands", "millions", "billions", "dozens", "half", "percent");

    /** Modifiers that cannot be the head of a counted noun phrase ("2,000 more", "a pair thousand extra"). */
    static final Set<String> NOT_HEAD = set("more", "extra", "additional", "other", "others", "new", "fewer",
            "less", "such", "same", "total", "further", "another", "odd", "plus", "strong", "old", "own",
            "only", "many", "much", "several", "few", "various", "different", "respective", "certain",
            "straight", "consecutive", "cheaper", "higher", "lower", "bigger", "smaller", "larger");
}

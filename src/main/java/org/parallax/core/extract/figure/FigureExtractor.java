package org.parallax.core.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the quantities a fact-checker would check in an article body: counts ("11,000 North Korean troops"),
 * measures ("478 square kilometers", "170mm", "two-hour"), money ("$2bn"), percentages ("1 p.c"),
 * multipliers ("four times", "tripling"), ranges ("10,000 to 15,000") and vague magnitudes ("thousands of"),
 * each with its qualifier ("up to", "more than"), unit, counted noun phrase and character offsets.
 *
 * <p>A hand-written scanner over a flat token stream: no models, no regular expressions in the hot loop.
 * Dates, years, times of day, numbers inside names ("Group of 20", "G20", "PAC-3"), references ("page 5"),
 * phone numbers and identifiers are skipped, as are idioms with "one" and ordinals ("for the first time",
 * "a third state").
 *
 * <p>Immutable and thread-safe; one instance may be shared.
 */
public final class FigureExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(FigureExtractor.class);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public FigureExtractor() {
        // stateless
    }

    /**
     * The figures in {@code body}, in reading order, non-overlapping, each with {@code attribution} -1.
     * Never throws; {@code null} or empty input gives an empty list.
     */
    public List<Figure> extract(String body) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        try {
            return new Scan(body).run();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("figure extraction failed on a body of {} chars", body.length(), e);
            return List.of();
        }
    }

    /**
     * A comparison key for the head of a counted noun: one family, one key ("troops", "soldiers",
     * "troopers", "servicemen", "forces", "personnel" → "troop"); other nouns give their lemma.
     */
    public static String kind(String head) {
        return Nouns.kind(head);
    }

    // ------------------------------------------------------------------------------------------------

    /** A parsed number expression over tokens [s, e). */
    private static final class Core {
        int s;
        int e;
        int numTok = -1;
        double value;
        boolean digits;
        boolean words;
        boolean vague;
        String vagueText;
        boolean ordinal;
        boolean multiplier;
        boolean scaled;
        double scale = 1;
        boolean plus;
        boolean fraction;
        boolean negative;
        Units.Unit currency;
        /** for the upper end of a range: the lower end with this end's scale applied, or NaN */
        double lowScaled = Double.NaN;
        /** true for the upper end of a range */
        boolean upper;
    }

    private record UnitMatch(Units.Unit unit, int end) {
    }

    /** A noun phrase over tokens [first, head]; end = head + 1. */
    private record NounPhrase(int first, int head) {
    }

    /** What we keep of an emitted figure for look-back. */
    private record Emitted(int startTok, String dimension, String unit, String subject, String subjectHead) {
    }

    private static final class Scan {
        private final String text;
        private final Tokens t;
        private final int n;
        private final List<Figure> out = new ArrayList<>();
        private final List<Emitted> emitted = new ArrayList<>();
        private int minTok;

        Scan(String text) {
            this.text = text;
            this.t = new Tokens(text);
            this.n = t.size;
        }

        List<Figure> run() {
            int i = 0;
            while (i < n) {
                int next = i + 1;
                try {
                    int end = tryAt(i);
                    if (end > i) {
                        next = end;
                        minTok = end;
                    }
                } catch (RuntimeException e) {
                    LOG.debug("figure scan skipped token {}", i, e);
                }
                i = next;
            }
            return out;
        }

        // ---- the main step ----

        /** Tries a figure starting at token i; returns the token after it, or -1. */
        private int tryAt(int i) {
            if (!mayStart(i)) {
                return -1;
            }
            Core c1 = parseCore(i);
            if (c1 == null || c1.s < minTok) {
                return -1;
            }
            int k = c1.e;
            boolean between = t.is(c1.s - 1, "between");
            boolean from = t.is(c1.s - 1, "from");
            Core c2 = null;
            if (!c1.vague && !c1.ordinal && !c1.multiplier) {
                c2 = tryRange(c1, k, between, from);
                if (c2 != null) {
                    k = c2.e;
                }
            }
            Units.Unit unit = c1.currency != null ? c1.currency : null;
            if (unit == null && c2 != null && c2.currency != null) {
                unit = c2.currency;
            }
            boolean measured = false;
            UnitMatch um = c1.multiplier ? null : matchUnit(k, c1.currency != null || (c2 != null && c2.currency != null));
            if (um != null && !(c1.currency != null && !"money".equals(um.unit.dimension()))) {
                unit = um.unit;
                k = um.end;
                measured = true;
                if (c2 == null && !c1.vague && !c1.ordinal) {
                    Core r = tryRange(c1, k, between, from);
                    if (r != null) {
                        UnitMatch um2 = matchUnit(r.e, false);
                        if (um2 != null && um2.unit.dimension().equals(unit.dimension())) {
                            c2 = r;
                            k = um2.end;
                        }
                    }
                }
                // "500 pounds of" is a weight
                if ("pounds".equals(unit.name()) && c1.currency == null && t.is(k, "of")) {
                    unit = new Units.Unit("pounds", "mass", 0.45359237, null, false);
                }
            } else if (c2 != null && c2.currency != null && c1.currency == null) {
                c1.currency = c2.currency;
            }
            boolean age = false;
            if (unit == null && !c1.multiplier && t.isPunct(k) && isDash(t.firstChar(k)) && t.glued(k)
                    && t.glued(k + 1)) {
                UnitMatch hy = matchUnit(k + 1, false);
                if (hy != null && !"money".equals(hy.unit.dimension())) {
                    unit = hy.unit;
                    k = hy.end;
                    measured = true;
                }
            }
            if (unit != null && "duration".equals(unit.dimension())) {
                if (t.isPunct(k) && isDash(t.firstChar(k)) && t.glued(k) && t.is(k + 1, "old")) {
                    age = true;
                    k += 2;
                } else if (t.is(k, "old")) {
                    age = true;
                    k += 1;
                }
            }
            if (c1.multiplier) {
                unit = Units.lookup("times");
                measured = true;
            }
            if (unit == null && c1.currency != null) {
                unit = c1.currency;
            }

            // the counted noun phrase (counts), or the thing measured (measures)
            NounPhrase np = null;
            int textEnd = k;
            if (unit == null) {
                np = parseNounPhrase(k, !c1.vague, c1.vague);
                if (np != null) {
                    textEnd = np.head + 1;
                }
            }
            String subject = null;
            String subjectHead = null;
            String unitName = unit != null ? unit.name() : null;
            if (np != null) {
                subject = span(np.first, np.head + 1);
                subjectHead = Nouns.lemma(t.lower[np.head]);
                unitName = text.substring(t.start[np.head], t.end[np.head]);
            } else if (unit != null && !c1.multiplier) {
                int sk = k;
                if (t.is(sk, "of")) {
                    sk = skipDeterminer(sk + 1);
                }
                NounPhrase what = parseNounPhrase(sk, false, false);
                if (what != null) {
                    subject = span(what.first, what.head + 1);
                    subjectHead = Nouns.lemma(t.lower[what.head]);
                }
            }

            // a number in a list that shares the unit of the next one: "477 and 459 square-kilometer"
            if (unit == null && np == null && !c1.vague && (t.is(k, "and") || t.is(k, "or"))) {
                Core c3 = mayStart(k + 1) ? parseCore(k + 1) : null;
                if (c3 != null && !c3.vague && !c3.ordinal) {
                    UnitMatch u3 = matchUnit(c3.e, false);
                    if (u3 == null && t.isPunct(c3.e) && isDash(t.firstChar(c3.e)) && t.glued(c3.e)) {
                        u3 = matchUnit(c3.e + 1, false);
                    }
                    if (u3 != null && !"money".equals(u3.unit.dimension()) && !"percent".equals(u3.unit.dimension())) {
                        unit = u3.unit;
                        unitName = unit.name();
                        measured = true;
                    }
                }
            }

            if (c2 != null && !Double.isNaN(c2.lowScaled)) {
                c1.value = c2.lowScaled;
                c1.scaled = true;
                c1.scale = c2.scale;
            }
            Qual q = findQualifier(c1.s);
            if (!accept(c1, c2, unit, measured, np, q != null)) {
                return -1;
            }

            // bare counts: the counted noun from the sentence or the one before
            if (unit == null && np == null && !c1.multiplier) {
                Object[] inferred = inferCounted(q != null ? q.startTok : c1.s);
                if (inferred != null) {
                    unitName = (String) inferred[0];
                    subject = (String) inferred[1];
                    subjectHead = (String) inferred[2];
                }
            }

            int startTok = q != null ? q.startTok : c1.s;
            int startChar = t.start[startTok];
            int endChar = t.end[Math.max(textEnd, c1.e) - 1];
            if (endChar <= startChar) {
                return -1;
            }
            Double value = null;
            Double low = null;
            Double high = null;
            if (c2 != null) {
                low = Math.min(c1.value, c2.value);
                high = Math.max(c1.value, c2.value);
            } else if (!c1.vague) {
                value = c1.value;
            }
            String qualifier = c1.vague ? c1.vagueText : q != null ? q.text : c1.plus ? "+" : null;
            String dimension = unit != null ? unit.dimension() : c1.fraction && c1.words ? "ratio" : "count";
            if (age) {
                dimension = "age";
            }
            double factor = unit != null ? unit.factor() : 1;
            if (age) {
                factor = unit.factor() / 365.25;
            }
            boolean fahrenheit = unit != null && "°F".equals(unit.name());
            Double cv = canonical(value, factor, fahrenheit);
            Double cl = canonical(low, factor, fahrenheit);
            Double ch = canonical(high, factor, fahrenheit);
            String currency = unit != null ? unit.currency() : null;
            if (unit != null && "money".equals(unit.dimension())) {
                cv = canonical(value, unit.factor(), false);
            }
            Figure f = new Figure(new Span(startChar, endChar), text.substring(startChar, endChar), value, low, high,
                    qualifier, unitName, subject, subjectHead, -1, dimension, cv, cl, ch, currency);
            out.add(f);
            emitted.add(new Emitted(startTok, dimension, unitName, subject, subjectHead));
            return Math.max(textEnd, c1.e);
        }

        private static Double canonical(Double v, double factor, boolean fahrenheit) {
            if (v == null) {
                return null;
            }
            if (fahrenheit) {
                return (v - 32) * 5 / 9;
            }
            return v * factor;
        }

        private String span(int fromTok, int toTokExclusive) {
            return text.substring(t.start[fromTok], t.end[toTokExclusive - 1]);
        }

        // ---- acceptance: dates, years, names, idioms ----

        private boolean accept(Core c1, Core c2, Units.Unit unit, boolean measured, NounPhrase np, boolean qualified) {
            if (c1.vague) {
                return true;
            }
            if (c1.multiplier) {
                return true;
            }
            if (c1.digits) {
                boolean yearPair = c2 == null || (yearLike(c1) && yearLike(c2));
                if (digitsExcluded(c1, unit != null, np != null, qualified, c2 != null, yearPair)) {
                    return false;
                }
                if (c2 != null && c2.digits && digitsExcluded(c2, unit != null, np != null, qualified, true, yearPair)) {
                    return false;
                }
                if (c1.ordinal) {
                    if (np == null && unit == null) {
                        return false;
                    }
                    if (np != null && t.capitalized(np.first)) {
                        return false;
                    }
                    if (unit != null && "centuries".equals(unit.name())) {
                        return false;
                    }
                    return np == null || !(ORDINAL_POSITIONS.contains(t.lower[np.first])
                            || ORDINAL_POSITIONS.contains(t.lower[np.head]));
                }
                if (unit != null && "ratio".equals(unit.dimension()) && c1.value == 1 && c2 == null) {
                    return false;
                }
                return true;
            }
            // spelled-out numbers
            if (c1.ordinal) {
                if (c1.value <= 1 || c2 != null) {
                    return false;
                }
                int before = c1.s - 1;
                boolean possessive = t.isWord(before) && (Lexicon.POSSESSIVES.contains(t.lower[before])
                        || t.lower[before].endsWith("'s") || t.lower[before].endsWith("’s"));
                if (np != null && (ORDINAL_POSITIONS.contains(t.lower[np.first])
                        || ORDINAL_POSITIONS.contains(t.lower[np.head]))) {
                    return false;
                }
                return possessive && (unit == null || !"centuries".equals(unit.name()));
            }
            if (c2 != null) {
                return true;
            }
            if (unit != null) {
                if ("ratio".equals(unit.dimension()) && c1.value <= 1) {
                    return false;
                }
                return !(c1.value == 1 && !c1.scaled && !measured);
            }
            if (c1.fraction) {
                return true;
            }
            if (np == null) {
                return c1.scaled;
            }
            return c1.value != 1 || c1.scaled;
        }

        private boolean yearLike(Core c) {
            if (!c.digits || c.numTok < 0 || t.formatted[c.numTok] || c.scaled || c.fraction) {
                return false;
            }
            return t.end[c.numTok] - t.start[c.numTok] == 4 && c.value >= 1000 && c.value <= 2100;
        }

        private boolean digitsExcluded(Core c, boolean hasUnit, boolean hasNoun, boolean qualified, boolean inRange,
                                       boolean yearPair) {
            int j = c.numTok;
            if (j < 0) {
                return true;
            }
            boolean fmt = t.formatted[j];
            int numLen = t.end[j] - t.start[j];
            // glued to letters or symbols on the left: G20, PAC-3, #5, 10:30 handled on the right
            if (c.currency == null && !c.negative && t.glued(j)) {
                int p = j - 1;
                if (t.isWord(p)) {
                    return true;
                }
                char pc = t.firstChar(p);
                if (isDash(pc)) {
                    if (t.glued(p) && (t.isWord(p - 1) || t.isNum(p - 1)) && !c.upper) {
                        return true;
                    }
                } else if (pc == '+' && hasUnit && !t.glued(p)) {
                    // "+0.2%"
                } else if (pc == '/' || pc == ':' || pc == '#' || pc == '.' || pc == '+' || pc == '_' || pc == '='
                        || pc == '@' || pc == '&' || pc == '\\' || pc == '№') {
                    return true;
                }
            }
            if (t.isPunct(j - 1, '#') || t.isPunct(j - 1, '№')) {
                return true;
            }
            // glued on the right: 5G, 10:30, 555-1234-, 1.2.3
            int a = c.e;
            if (a < n && t.glued(a)) {
                char q = t.type[a] == Tokens.PUNCT ? t.firstChar(a) : 'x';
                if (t.isWord(a) && !hasUnit && !t.is(a, "s")) {
                    return true;
                }
                if (t.isNum(a)) {
                    return true;
                }
                if ((q == ':' || q == '.' || q == '/') && t.isNum(a + 1) && t.glued(a + 1)) {
                    return true;
                }
                if (isDash(q) && t.isNum(a + 1) && t.glued(a + 1) && isDash(charOr(a + 2)) && t.isNum(a + 3)) {
                    return true;
                }
                if (!inRange && isDash(q) && t.isNum(a + 1) && t.glued(a + 1)) {
                    return true; // a score or code: 2-0, 9-2
                }
            }
            // time of day
            int after = c.e;
            if (t.isWord(after) && Lexicon.CLOCK_WORDS.contains(t.lower[after]) && !"hours".equals(t.lower[after])) {
                return true;
            }
            if ((t.is(after, "a") || t.is(after, "p")) && t.isPunct(after + 1, '.') && t.is(after + 2, "m")) {
                return true;
            }
            if (t.is(after, "hours") && numLen == 4 && !fmt && t.glued(after) == false && t.text.charAt(t.start[j]) == '0') {
                return true;
            }
            // dates
            int before = (c.currency != null || c.negative) ? c.s - 1 : j - 1;
            int bb = t.isPunct(before, '.') ? before - 1 : before;
            if (isMonth(bb) || isMonth(after) || (t.is(after, "of") && isMonth(after + 1))) {
                return true;
            }
            if (isMonth(c.s - 1) || (t.isPunct(after, ',') && isMonth(after + 1) && !hasUnit)) {
                return true;
            }
            // years
            double v = c.value;
            if (yearPair && !fmt && !c.fraction && !c.ordinal && !c.scaled && c.currency == null && numLen == 4
                    && v == Math.rint(v) && !(hasUnit && !"count".equals(dimensionOf(c))) ) {
                if (v >= 1900 && v <= 2100 && !(qualified && hasNoun) && !hasUnit) {
                    return true;
                }
                if (v >= 1000 && v < 1900 && !hasNoun && !hasUnit && t.isWord(before)
                        && Lexicon.YEAR_PREPOSITIONS.contains(t.lower[before])) {
                    return true;
                }
            }
            // references: page 5, No. 3, Article 5
            if (!fmt && c.currency == null) {
                int rb = t.isPunct(before, '.') ? before - 1 : before;
                if (t.isWord(rb) && Lexicon.REFERENCE_WORDS.contains(t.lower[rb])) {
                    return true;
                }
            }
            // names: Tianzhou 8, Falcon 9, Group of 20
            if (!fmt && !c.fraction && c.currency == null && !hasUnit && !c.scaled && !inRange && before >= 0
                    && !t.glued(j)) {
                if ((t.capitalized(before) || innerCapital(before)) && !notName(before)
                        && !titleCaseLine(before)) {
                    return true;
                }
                if (!hasNoun && !c.ordinal && t.capitalized(c.e) && !t.sentenceStart(c.e) && !notName(c.e)
                        && !titleCaseLine(c.e) && !isMonth(c.e)) {
                    return true;
                }
                if (t.is(before, "of") && t.capitalized(before - 1) && !t.sentenceStart(before - 1)
                        && !notName(before - 1) && !titleCaseLine(before - 1)) {
                    return true;
                }
            }
            // enumerators: "1) ...", "(2)"
            if (!fmt && !hasUnit && !hasNoun && c.currency == null && t.isPunct(c.e, ')') && t.glued(c.e)
                    && (t.sentenceStart(c.s) || t.isPunct(c.s - 1, '(') || t.isPunct(c.s - 1, ';'))) {
                return true;
            }
            // identifiers and phone numbers
            if (!fmt && numLen >= 7 && c.currency == null && !hasUnit && !hasNoun && !c.scaled && !inRange) {
                return true;
            }
            if ((t.isPunct(before, '+') && !hasUnit) || (t.isPunct(before, ')') && t.isNum(before - 1) && t.isPunct(before - 2, '('))) {
                return true;
            }
            return false;
        }

        private boolean innerCapital(int tok) {
            if (!t.isWord(tok)) {
                return false;
            }
            for (int k = t.start[tok] + 1; k < t.end[tok]; k++) {
                if (Character.isUpperCase(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        private String dimensionOf(Core c) {
            return c.currency != null ? "money" : "count";
        }

        private char charOr(int tok) {
            return tok >= 0 && tok < n && t.type[tok] == Tokens.PUNCT ? t.firstChar(tok) : 'x';
        }

        private boolean notName(int tok) {
            String w = t.lower[tok];
            if (Lexicon.WEEKDAYS.contains(w) || Lexicon.MONTHS.contains(w)) {
                return true;
            }
            for (String[] q : Lexicon.QUALIFIERS) {
                if (q[q.length - 1].equals(w)) {
                    return true;
                }
            }
            return Lexicon.STOP.contains(w) || Lexicon.NOT_HEAD.contains(w);
        }

        /** True when most words of the line holding token i are capitalized (a headline in title case). */
        private boolean titleCaseLine(int i) {
            int a = i;
            while (a > 0 && !t.lineBreakBefore(a) && i - a < 40) {
                a--;
            }
            int b = i;
            while (b + 1 < n && !t.lineBreakBefore(b + 1) && b - i < 40) {
                b++;
            }
            int words = 0;
            int caps = 0;
            for (int k = a; k <= b; k++) {
                if (t.isWord(k) && t.lower[k].length() > 3) {
                    words++;
                    if (t.capitalized(k)) {
                        caps++;
                    }
                }
            }
            return words >= 3 && caps * 10 >= words * 7;
        }

        private boolean isMonth(int tok) {
            if (!t.isWord(tok) || !t.capitalized(tok)) {
                return false;
            }
            return Lexicon.MONTHS.contains(t.lower[tok]);
        }

        // ---- qualifiers ----

        private record Qual(int startTok, String text) {
        }

        private Qual findQualifier(int coreStart) {
            for (String[] q : Lexicon.QUALIFIERS) {
                int s = coreStart - q.length;
                if (s < minTok || s < 0) {
                    continue;
                }
                boolean ok = true;
                for (int m = 0; m < q.length && ok; m++) {
                    ok = t.is(s + m, q[m]);
                }
                if (ok) {
                    // "some" after a determiner is not a qualifier: "the some"
                    String raw = text.substring(t.start[s], t.end[coreStart - 1]);
                    return new Qual(s, SPACES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" "));
                }
            }
            return null;
        }

        // ---- ranges ----

        private Core tryRange(Core c1, int k, boolean between, boolean from) {
            if (k >= n) {
                return null;
            }
            boolean dash = false;
            if (t.isPunct(k) && isDash(t.firstChar(k)) && t.glued(k) && t.is(k + 1, "to")) {
                k++; // "8- to 16-meter"
            }
            if (t.is(k, "to") || t.is(k, "through")) {
                // fine
            } else if (t.is(k, "or") && !c1.scaled && t.isWord(k + 1) == c1.words) {
                // two or three days
            } else if (t.is(k, "and") && between) {
                // between X and Y
            } else if (t.isPunct(k) && (isDash(t.firstChar(k)) || t.firstChar(k) == '~')) {
                dash = true;
            } else {
                return null;
            }
            if (!mayStart(k + 1)) {
                return null;
            }
            Core c2 = parseCore(k + 1);
            if (c2 == null || c2.vague || c2.ordinal || c2.multiplier) {
                return null;
            }
            if (dash) {
                if (c1.digits != c2.digits) {
                    return null;
                }
                // phone numbers and dates: 555-123-4567, 2024-11-05
                if (t.isPunct(c2.e) && isDash(t.firstChar(c2.e)) && t.isNum(c2.e + 1)) {
                    return null;
                }
            }
            if (yearLike(c1) && !yearLike(c2) && (c2.scaled || c2.value > 10 * c1.value || c2.value < 1000)) {
                return null;
            }
            if (t.is(k, "or") && (c2.scaled || !(c2.value > c1.value) || c2.value > 2 * c1.value + 1)) {
                return null;
            }
            boolean propagate = c2.scaled && !c1.scaled && c1.value <= c2.value / c2.scale;
            double low = propagate ? c1.value * c2.scale : c1.value;
            if (!(c2.value > low) && !from && !between) {
                return null;
            }
            c2.lowScaled = propagate ? low : Double.NaN;
            c2.upper = true;
            if (c1.currency != null && c2.currency == null) {
                c2.currency = c1.currency;
            }
            return c2;
        }

        // ---- number expressions ----

        private boolean mayStart(int i) {
            if (i < 0 || i >= n) {
                return false;
            }
            byte ty = t.type[i];
            if (ty == Tokens.NUM) {
                return true;
            }
            String w = t.lower[i];
            if (ty == Tokens.PUNCT) {
                return Units.PREFIX.containsKey(w) || ((w.equals("-") || w.equals("\u2212")) && t.isNum(i + 1)
                        && t.glued(i + 1));
            }
            return Lexicon.UNITS.containsKey(w) || Lexicon.TENS.containsKey(w) || Lexicon.ORDINALS.containsKey(w)
                    || Lexicon.MULTIPLIERS.containsKey(w) || Lexicon.VAGUE_PLURALS.contains(w)
                    || w.equals("a") || w.equals("an") || w.equals("half") || w.equals("several")
                    || w.equals("few") || w.equals("many") || Units.PREFIX.containsKey(w)
                    || (t.isPunct(i + 1, '$') && t.glued(i + 1));
        }

        private Core parseCore(int i) {
            Core c = new Core();
            c.s = i;
            int j = i;
            // currency prefix
            if (t.isPunct(i, '$') && t.is(i + 1, "us") && t.glued(i + 1) && t.isNum(i + 2)) {
                c.currency = Units.PREFIX.get("$");
                j = i + 2;
            } else if (t.isWord(i) && t.isPunct(i + 1, '$') && t.glued(i + 1)) {
                Units.Unit u = Units.PREFIX.get(t.lower[i] + "$");
                if (u == null) {
                    return null;
                }
                c.currency = u;
                j = i + 2;
            } else if (Units.PREFIX.containsKey(t.lower[i])) {
                boolean word = t.isWord(i);
                if (word) {
                    String raw = text.substring(t.start[i], t.end[i]);
                    if (raw.equals(t.lower[i]) && !raw.equals("rs")) {
                        return null;
                    }
                }
                c.currency = Units.PREFIX.get(t.lower[i]);
                j = i + 1;
                if (word && t.isPunct(j, '.') && t.glued(j)) {
                    j++;
                }
            }
            if (t.isPunct(j) && (t.firstChar(j) == '-' || t.firstChar(j) == '\u2212') && t.isNum(j + 1)
                    && t.glued(j + 1) && (j == 0 || !t.glued(j)) && c.currency == null) {
                c.negative = true;
                j++;
            }
            if (t.isNum(j)) {
                return parseDigits(c, j) ? c : null;
            }
            if (c.currency != null || c.negative) {
                return null;
            }
            return parseWords(c, j) ? c : null;
        }

        private Double numValue(int tok) {
            String raw = t.lower[tok];
            StringBuilder sb = new StringBuilder(raw.length());
            int intDigits = 0;
            boolean dot = false;
            for (int k = 0; k < raw.length(); k++) {
                char ch = raw.charAt(k);
                if (ch >= '0' && ch <= '9') {
                    sb.append(ch);
                    if (!dot) {
                        intDigits++;
                    }
                } else if (ch == '.') {
                    sb.append('.');
                    dot = true;
                }
            }
            if (intDigits > 15 || sb.length() > 40) {
                return null;
            }
            try {
                return Double.parseDouble(sb.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private boolean parseDigits(Core c, int j) {
            Double v0 = numValue(j);
            if (v0 == null) {
                return false;
            }
            double v = v0;
            c.digits = true;
            c.numTok = j;
            int k = j + 1;
            boolean fmt = t.formatted[j];
            if (!fmt && t.isPunct(k, '/') && t.glued(k) && t.isNum(k + 1) && t.glued(k + 1) && !t.formatted[k + 1]) {
                if (t.isPunct(k + 2, '/') || t.isPunct(k + 2, '-')) {
                    return false; // a date
                }
                Double b = numValue(k + 1);
                if (b == null || b == 0) {
                    return false;
                }
                v = v / b;
                c.fraction = true;
                k += 2;
            } else if (!fmt && t.isNum(k) && !t.glued(k) && t.isPunct(k + 1, '/') && t.glued(k + 1)
                    && t.isNum(k + 2) && t.glued(k + 2) && !t.isPunct(k + 3, '/')) {
                Double a = numValue(k);
                Double b = numValue(k + 2);
                if (a != null && b != null && b != 0 && a < b) {
                    v = v + a / b;
                    c.fraction = true;
                    k += 3;
                }
            }
            boolean plural = false;
            if (t.isWord(k) && t.glued(k)) {
                String w = t.lower[k];
                if (!c.fraction && (w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th"))) {
                    c.ordinal = true;
                    k++;
                } else if (w.equals("s")) {
                    plural = true;
                    k++;
                } else if (Lexicon.DIGIT_SCALES.containsKey(w)) {
                    c.scale = Lexicon.DIGIT_SCALES.get(w);
                    c.scaled = true;
                    k++;
                } else if (Lexicon.GLUED_SCALES.containsKey(w) && (w.equals("k") || c.currency != null
                        || (w.equals("m") && fmt && t.isWord(k + 1) && !t.glued(k + 1)
                            && !Lexicon.STOP.contains(t.lower[k + 1])))) {
                    c.scale = Lexicon.GLUED_SCALES.get(w);
                    c.scaled = true;
                    k++;
                }
            } else if (t.isPunct(k) && (t.firstChar(k) == '\'' || t.firstChar(k) == '\u2019') && t.glued(k)
                    && t.is(k + 1, "s") && t.glued(k + 1)) {
                plural = true;
                k += 2;
            }
            if (plural) {
                if (t.is(k, "of")) {
                    c.vague = true;
                    k++;
                    c.vagueText = lowerSpan(c.s, k);
                    c.e = k;
                    return true;
                }
                return false;
            }
            if (!c.scaled && !c.ordinal && t.isWord(k) && !t.glued(k) && Lexicon.DIGIT_SCALES.containsKey(t.lower[k])) {
                c.scale = Lexicon.DIGIT_SCALES.get(t.lower[k]);
                c.scaled = true;
                k++;
            }
            if (c.scaled) {
                v *= c.scale;
            }
            if (t.isPunct(k, '+') && t.glued(k)) {
                c.plus = true;
                k++;
            }
            c.value = c.negative ? -v : v;
            c.e = k;
            return true;
        }

        private String lowerSpan(int fromTok, int toTokExclusive) {
            return SPACES.matcher(span(fromTok, toTokExclusive).toLowerCase(Locale.ROOT)).replaceAll(" ");
        }

        private static Double scaleOf(String w) {
            return Lexicon.SCALES.get(w);
        }

        private boolean parseWords(Core c, int j) {
            if (!t.isWord(j)) {
                return false;
            }
            String w = t.lower[j];
            c.words = true;
            c.s = j;
            // vague magnitudes: hundreds of, tens of thousands of
            if (Lexicon.VAGUE_PLURALS.contains(w)) {
                int k = j + 1;
                if (t.is(k, "of")) {
                    k++;
                    if (t.isWord(k) && Lexicon.VAGUE_PLURALS.contains(t.lower[k]) && !t.is(k, "tens")) {
                        k++;
                        if (t.is(k, "of")) {
                            k++;
                        }
                    } else if (w.equals("tens")) {
                        return false;
                    }
                } else if (w.equals("tens") || w.equals("scores") || w.equals("dozens")) {
                    return false;
                } else if (!t.is(k, "more")) {
                    return false;
                }
                c.vague = true;
                c.vagueText = lowerSpan(j, k);
                c.e = k;
                return true;
            }
            // several hundred, a few thousand, a couple (of) thousand, a pair thousand, many thousands of
            if (w.equals("several") || w.equals("few") || w.equals("many") || ((w.equals("a") || w.equals("an"))
                    && (t.is(j + 1, "few") || t.is(j + 1, "couple") || t.is(j + 1, "pair")))) {
                int k = w.equals("a") || w.equals("an") ? j + 2 : j + 1;
                int qualEnd = k;
                if (t.is(k, "of")) {
                    k++;
                }
                if (!t.isWord(k)) {
                    return false;
                }
                String s = t.lower[k];
                boolean singular = Lexicon.SCALES.containsKey(s);
                boolean plural = Lexicon.VAGUE_PLURALS.contains(s) && !s.equals("tens") && !s.equals("scores");
                if (!singular && !plural) {
                    return false;
                }
                if (plural && !w.equals("many") && !w.equals("several")) {
                    return false;
                }
                k++;
                if (t.is(k, "of") && plural) {
                    k++;
                }
                c.vague = true;
                boolean pairLike = t.is(j + 1, "couple") || t.is(j + 1, "pair");
                c.vagueText = pairLike ? lowerSpan(j, qualEnd) : lowerSpan(j, k);
                c.e = k;
                return true;
            }
            // multipliers: tripling, doubled, threefold
            Integer mult = Lexicon.MULTIPLIERS.get(w);
            if (mult != null) {
                c.multiplier = true;
                c.value = mult;
                c.e = j + 1;
                return true;
            }
            // a third of, a quarter of, half of
            if ((w.equals("a") || w.equals("an")) && t.isWord(j + 1) && DENOMINATORS.containsKey(t.lower[j + 1])
                    && !t.lower[j + 1].endsWith("s") && t.is(j + 2, "of")) {
                c.fraction = true;
                c.value = 1.0 / DENOMINATORS.get(t.lower[j + 1]);
                c.e = j + 2;
                return true;
            }
            if (w.equals("half") && t.is(j + 1, "of")) {
                c.fraction = true;
                c.value = 0.5;
                c.e = j + 1;
                return true;
            }
            // ordinals: second, twenty-first
            Integer ord = Lexicon.ORDINALS.get(w);
            if (ord != null) {
                c.ordinal = true;
                c.value = ord;
                c.e = j + 1;
                return true;
            }
            if (Lexicon.TENS.containsKey(w) && t.isPunct(j + 1, '-') && t.glued(j + 1) && t.glued(j + 2)
                    && t.isWord(j + 2) && Lexicon.ORDINALS.containsKey(t.lower[j + 2])
                    && Lexicon.ORDINALS.get(t.lower[j + 2]) < 10) {
                c.ordinal = true;
                c.value = Lexicon.TENS.get(w) + Lexicon.ORDINALS.get(t.lower[j + 2]);
                c.e = j + 3;
                return true;
            }
            // cardinals
            double total = 0;
            double current = 0;
            boolean any = false;
            boolean lastScale = false;
            boolean lastTens = false;
            int k = j;
            if ((w.equals("a") || w.equals("an")) && t.isWord(j + 1) && scaleOf(t.lower[j + 1]) != null) {
                current = 1;
                any = true;
                k = j + 1;
                lastTens = true; // allow the scale next, forbid a unit word
            } else if (w.equals("half") && t.is(j + 1, "a") && t.isWord(j + 2) && scaleOf(t.lower[j + 2]) != null) {
                c.value = 0.5 * scaleOf(t.lower[j + 2]);
                c.scaled = true;
                c.scale = scaleOf(t.lower[j + 2]);
                c.e = j + 3;
                return true;
            }
            while (k < n && t.isWord(k)) {
                String x = t.lower[k];
                Integer u = Lexicon.UNITS.get(x);
                Integer te = Lexicon.TENS.get(x);
                Double sc = scaleOf(x);
                if (u != null) {
                    if (any && !lastScale && !(lastTens && u > 0 && u < 10 && current % 10 == 0)) {
                        break;
                    }
                    current += u;
                    any = true;
                    lastScale = false;
                    lastTens = false;
                    k++;
                } else if (te != null) {
                    if (any && !lastScale) {
                        break;
                    }
                    current += te;
                    any = true;
                    lastScale = false;
                    lastTens = true;
                    k++;
                    if (t.isPunct(k, '-') && t.glued(k) && t.glued(k + 1) && t.isWord(k + 1)) {
                        Integer u2 = Lexicon.UNITS.get(t.lower[k + 1]);
                        if (u2 != null && u2 > 0 && u2 < 10) {
                            current += u2;
                            k += 2;
                            lastTens = false;
                        }
                    }
                } else if (sc != null && any) {
                    if (lastScale && x.equals("hundred") ) {
                        break;
                    }
                    if (x.equals("hundred")) {
                        current = (current == 0 ? 1 : current) * 100;
                    } else if (x.equals("dozen")) {
                        current = (current == 0 ? 1 : current) * 12;
                    } else {
                        total += (current == 0 ? 1 : current) * sc;
                        current = 0;
                    }
                    c.scaled = true;
                    c.scale = sc;
                    lastScale = true;
                    lastTens = false;
                    k++;
                } else if (x.equals("and") && lastScale && t.isWord(k + 1)
                        && (Lexicon.UNITS.containsKey(t.lower[k + 1]) || Lexicon.TENS.containsKey(t.lower[k + 1]))) {
                    k++;
                    lastScale = true;
                } else {
                    break;
                }
            }
            if (!any || k == j) {
                return false;
            }
            if ((w.equals("a") || w.equals("an")) && !c.scaled) {
                return false;
            }
            double v = total + current;
            if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half")) {
                v += 0.5;
                k += 3;
            } else {
                int d = k;
                if (t.isPunct(d, '-') && t.glued(d) && t.glued(d + 1)) {
                    d++;
                }
                Integer den = t.isWord(d) ? DENOMINATORS.get(t.lower[d]) : null;
                if (den != null && v >= 1 && v < den && !c.scaled && (v > 1) == t.lower[d].endsWith("s")) {
                    if (v > 1 || t.is(d + 1, "of")) {
                        c.fraction = true;
                        c.value = v / den;
                        c.e = d + 1;
                        return true;
                    }
                }
            }
            c.value = v;
            c.e = k;
            return true;
        }

        private static final java.util.Map<String, Integer> DENOMINATORS = java.util.Map.ofEntries(
                java.util.Map.entry("half", 2), java.util.Map.entry("halves", 2), java.util.Map.entry("third", 3),
                java.util.Map.entry("thirds", 3), java.util.Map.entry("quarter", 4),
                java.util.Map.entry("quarters", 4), java.util.Map.entry("fourth", 4),
                java.util.Map.entry("fourths", 4), java.util.Map.entry("fifth", 5), java.util.Map.entry("fifths", 5),
                java.util.Map.entry("sixth", 6), java.util.Map.entry("sixths", 6), java.util.Map.entry("eighth", 8),
                java.util.Map.entry("eighths", 8), java.util.Map.entry("tenth", 10),
                java.util.Map.entry("tenths", 10));

        // ---- units ----

        private UnitMatch matchUnit(int k, boolean afterCurrency) {
            if (k >= n) {
                return null;
            }
            if (t.isPunct(k, '%') || t.isPunct(k, '\uFF05')) {
                return new UnitMatch(Units.lookup("%"), k + 1);
            }
            if (t.lineBreakBefore(k)) {
                return null;
            }
            StringBuilder key = new StringBuilder();
            UnitMatch best = null;
            for (int m = 0; m < Units.MAX_TOKENS && k + m < n; m++) {
                int tok = k + m;
                if (m > 0 && t.lineBreakBefore(tok)) {
                    break;
                }
                boolean lookup;
                if (t.isWord(tok)) {
                    if (m > 0 && !t.glued(tok) && key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                        key.append(' ');
                    }
                    key.append(t.lower[tok]);
                    lookup = true;
                } else if (t.isNum(tok)) {
                    String d = t.lower[tok];
                    if (m > 0 && t.glued(tok) && (d.equals("2") || d.equals("3"))) {
                        key.append(d);
                        lookup = true;
                    } else {
                        break;
                    }
                } else {
                    char ch = t.firstChar(tok);
                    if (ch == '-' || ch == '\u2010' || ch == '\u2011') {
                        if (m == 0 || !t.glued(tok)) {
                            break;
                        }
                        key.append(' ');
                        lookup = false;
                    } else if (ch == '.') {
                        if (m == 0 || !t.glued(tok)) {
                            break;
                        }
                        lookup = true;
                    } else if (ch == '/') {
                        if (m == 0 || !t.glued(tok)) {
                            break;
                        }
                        key.append('/');
                        lookup = false;
                    } else if (ch == '\u00B2' || ch == '\u00B3') {
                        key.append(ch == '\u00B2' ? '2' : '3');
                        lookup = true;
                    } else if (ch == '\u00B0') {
                        if (m > 0) {
                            break;
                        }
                        key.append('°');
                        lookup = true;
                    } else {
                        break;
                    }
                }
                if (lookup) {
                    Units.Unit u = Units.lookup(key.toString().strip());
                    if (u != null && t.isPunct(tok, '.') ) {
                        u = null;
                    }
                    if (u != null) {
                        best = new UnitMatch(u, tok + 1);
                    }
                }
            }
            if (best == null) {
                return null;
            }
            if (best.unit.gluedOnly() && (!t.glued(k) || (best.end == k + 1 && t.end[k] - t.start[k] == 1
                    && Character.isUpperCase(t.firstChar(k)) && t.firstChar(k) != 'L'))) {
                return null;
            }
            // a unit word must not run on into a longer word: "5 m" is handled by gluedOnly
            if (best.end < n && t.glued(best.end) && t.isWord(best.end)) {
                return null;
            }
            if (afterCurrency && !"money".equals(best.unit.dimension())) {
                return best;
            }
            return best;
        }

        // ---- noun phrases ----

        private int skipDeterminer(int k) {
            if (t.isWord(k)) {
                String w = t.lower[k];
                if (w.equals("the") || w.equals("its") || w.equals("their") || w.equals("his") || w.equals("her")
                        || w.equals("our") || w.equals("these") || w.equals("those") || w.equals("a")
                        || w.equals("an") || w.equals("my") || w.equals("your")) {
                    return k + 1;
                }
            }
            return k;
        }

        private static final java.util.Set<String> FREQUENCY = java.util.Set.of("daily", "weekly", "monthly",
                "yearly", "hourly", "quarterly", "nightly", "early", "elderly", "friendly", "family", "only");

        /** Heads after an ordinal that name a position or period, not a count ("10th place", "fourth quarter"). */
        private static final java.util.Set<String> ORDINAL_POSITIONS = java.util.Set.of("place", "quarter", "half",
                "minute", "inning", "innings", "round", "floor", "century", "centuries", "amendment", "street",
                "avenue", "edition", "grade", "seed", "position", "spot", "row", "lap", "hole", "stage", "leg",
                "period", "term", "congress", "district", "division", "largest", "biggest", "highest", "lowest",
                "best", "worst", "most", "straight", "consecutive", "century's", "person", "party", "class", "hand",
                "degree", "gear", "wave", "generation", "tier", "level", "phase", "quarterly");

        private static boolean pluralLooking(String w) {
            int len = w.length();
            if (len < 3) {
                return false;
            }
            if (w.equals("people") || w.equals("personnel") || w.equals("children") || w.equals("men")
                    || w.equals("women") || w.equals("police") || w.equals("staff") || w.equals("troops")) {
                return true;
            }
            return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                    && !w.endsWith("'s") && !w.endsWith("’s");
        }

        /**
         * The noun phrase starting at token k: modifiers and a head. {@code ofDet} allows "of its neighbors".
         */
        private NounPhrase parseNounPhrase(int k, boolean ofDet, boolean afterOf) {
            int s = k;
            if (ofDet && t.is(s, "of")) {
                int d = skipDeterminer(s + 1);
                if (d == s + 1) {
                    return null;
                }
                s = d;
            }
            if (s >= n || t.lineBreakBefore(s) && s != k) {
                return null;
            }
            if (s < n && t.lineBreakBefore(s)) {
                return null;
            }
            int head = -1;
            int words = 0;
            boolean sawPlural = false;
            int x = s;
            while (x < n && words < 7) {
                if (!t.isWord(x)) {
                    break;
                }
                if (x > s && t.lineBreakBefore(x)) {
                    break;
                }
                String w = t.lower[x];
                if (w.equals("and") && head >= 0 && t.capitalized(head) && t.capitalized(x + 1)) {
                    x++;
                    continue;
                }
                if (Lexicon.STOP.contains(w) && !(words > 0 && false)) {
                    if (!(head < 0 && Lexicon.NOT_HEAD.contains(w) && !w.equals("only"))) {
                        break;
                    }
                }
                if (Lexicon.MONTHS.contains(w) && t.capitalized(x) || Lexicon.WEEKDAYS.contains(w)) {
                    break;
                }
                if (words > 0) {
                    boolean ed = w.endsWith("ed");
                    String prev = t.lower[head];
                    if (sawPlural && !pluralLooking(w)) {
                        break;
                    }
                    if (ed && !prev.endsWith("ly")) {
                        break;
                    }
                    if (w.endsWith("ly") && !prev.endsWith("ly") && !FREQUENCY.contains(w) && !t.capitalized(x)) {
                        break;
                    }
                }
                head = x;
                words++;
                if (pluralLooking(w) && !t.capitalized(x)) {
                    sawPlural = true;
                }
                x++;
                // hyphenated compounds: long-range, self-propelled
                while (x + 1 < n && t.isPunct(x) && isDash(t.firstChar(x)) && t.glued(x) && t.glued(x + 1)
                        && t.isWord(x + 1)) {
                    head = x + 1;
                    x += 2;
                }
            }
            if (head < 0) {
                return null;
            }
            String hw = t.lower[head];
            if (hw.length() < 2 || Lexicon.NOT_HEAD.contains(hw) || Lexicon.STOP.contains(hw)) {
                // "2,000 more troops": keep looking is done above; a bare modifier is no head
                return null;
            }
            if (t.capitalized(head) && !hw.endsWith("s") && !isAllCaps(head)) {
                return null;
            }
            if (hw.endsWith("ly") || hw.endsWith("ed") || hw.endsWith("ing")) {
                return null;
            }
            return new NounPhrase(s, head);
        }

        private boolean isAllCaps(int tok) {
            String raw = text.substring(t.start[tok], t.end[tok]);
            return raw.length() > 1 && raw.equals(raw.toUpperCase(Locale.ROOT));
        }

        // ---- look-back for bare counts ----

        private int sentenceStartTok(int tok) {
            int x = tok;
            int guard = 0;
            while (x > 0 && !t.sentenceStart(x) && guard < 300) {
                x--;
                guard++;
            }
            return x;
        }

        /** {unit, subject, subjectHead} of the counted noun for a bare number, or null. */
        private Object[] inferCounted(int coreStart) {
            int s1 = sentenceStartTok(coreStart);
            for (int x = s1; x < coreStart - 1; x++) {
                if ((t.is(x, "number") || t.is(x, "numbers")) && t.is(x + 1, "of")) {
                    NounPhrase np = parseNounPhrase(skipDeterminer(x + 2), false, true);
                    if (np != null && np.head < coreStart) {
                        return new Object[] {text.substring(t.start[np.head], t.end[np.head]),
                            span(np.first, np.head + 1), Nouns.lemma(t.lower[np.head])};
                    }
                }
            }
            int p = s1 - 1;
            while (p > 0 && t.isPunct(p)) {
                p--;
            }
            int s0 = p > 0 ? sentenceStartTok(p) : 0;
            for (int f = emitted.size() - 1; f >= 0; f--) {
                Emitted e = emitted.get(f);
                if (e.startTok < s0) {
                    break;
                }
                if ("count".equals(e.dimension) && e.unit != null) {
                    return new Object[] {e.unit, e.subject, e.subjectHead};
                }
            }
            return null;
        }
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010' || c == '\u2011'
                || c == '\u2212';
    }
}

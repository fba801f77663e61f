package org.parallax.core.extract.figure;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass over one text: at each token, read a number ({@link NumberParser}), its range end, unit
 * ({@link UnitMatcher}) or counted noun ({@link CountedNounFinder}) and qualifier ({@link QualifierFinder}),
 * ask {@link Exclusions} whether it is a figure, and emit it. Not thread-safe; one per text.
 */
final class FigureScan {

    private static final Logger LOG = LoggerFactory.getLogger(FigureScan.class);

    /** The unit of a spelled-out fraction ("half", "two-thirds"); its subject says of what. */
    static final String FRACTION = "fraction";

    private final String text;
    private final Tokens t;
    private final int n;
    private final NumberParser numbers;
    private final UnitMatcher units;
    private final CountedNounFinder nouns;
    private final QualifierFinder qualifiers;
    private final Exclusions exclusions;
    private final List<Figure> out = new ArrayList<>();
    private final List<CountedNounFinder.Emitted> emitted = new ArrayList<>();
    private int minTok;

    private final boolean strict;

    /** @param strict rethrow a failure on a token instead of skipping the token */
    FigureScan(String text, boolean strict) {
        this.strict = strict;
        this.text = text;
        this.t = new Tokens(text);
        this.n = t.size;
        this.numbers = new NumberParser(t);
        this.units = new UnitMatcher(t);
        this.nouns = new CountedNounFinder(t);
        this.qualifiers = new QualifierFinder(t);
        this.exclusions = new Exclusions(t, numbers);
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
                if (strict) {
                    throw new IllegalStateException("figure scan failed at token " + i + " (char " + t.start[i] + ")",
                            e);
                }
                LOG.warn("figure scan skipped token {}", i, e);
            }
            i = next;
        }
        return out;
    }

    // ---- the main step ----

    /** Tries a figure starting at token i; returns the token after it, or -1. */
    private int tryAt(int i) {
        if (!numbers.mayStart(i)) {
            return -1;
        }
        ParsedNumber c1 = numbers.parseCore(i);
        if (c1 == null || c1.s < minTok) {
            return -1;
        }
        int k = c1.e;
        boolean between = t.is(c1.s - 1, "between");
        boolean from = t.is(c1.s - 1, "from");
        ParsedNumber c2 = null;
        if (!c1.vague && !c1.ordinal && !c1.multiplier) {
            c2 = numbers.tryRange(c1, k, between, from);
            if (c2 != null) {
                k = c2.e;
            }
        }
        Units.Unit unit = c1.currency != null ? c1.currency : null;
        if (unit == null && c2 != null && c2.currency != null) {
            unit = c2.currency;
        }
        boolean measured = false;
        UnitMatcher.UnitMatch um = c1.multiplier ? null : units.matchUnit(k, c1.currency != null || (c2 != null && c2.currency != null));
        if (um != null && !(c1.currency != null && !"money".equals(um.unit().dimension()))) {
            unit = um.unit();
            k = um.end();
            measured = true;
            if (c2 == null && !c1.vague && !c1.ordinal) {
                ParsedNumber r = numbers.tryRange(c1, k, between, from);
                if (r != null) {
                    UnitMatcher.UnitMatch um2 = units.matchUnit(r.e, false);
                    if (um2 != null && um2.unit().dimension().equals(unit.dimension())) {
                        c2 = r;
                        k = um2.end();
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
        if (unit == null && c1.fraction && c1.words) {
            int k2 = t.is(k, "of") ? k + 1 : k;
            k2 = t.is(k2, "a") || t.is(k2, "an") ? k2 + 1 : k2;
            UnitMatcher.UnitMatch uf = k2 > k ? units.matchUnit(k2, false) : null;
            if (uf != null && !"money".equals(uf.unit().dimension()) && !uf.unit().gluedOnly()) {
                unit = uf.unit();
                k = uf.end();
                measured = true;
            }
        }
        boolean age = false;
        if (unit == null && !c1.multiplier && t.isPunct(k) && Tokens.isDash(t.firstChar(k)) && t.glued(k)
                && t.glued(k + 1)) {
            UnitMatcher.UnitMatch hy = units.matchUnit(k + 1, false);
            if (hy != null && !"money".equals(hy.unit().dimension())) {
                unit = hy.unit();
                k = hy.end();
                measured = true;
            } else if (c1.ofUnit && t.is(k + 1, "point")) {
                unit = Units.lookup("percentage points"); // "a quarter-point"
                k += 2;
                measured = true;
            }
        }
        if (c1.ofUnit && unit == null) {
            return -1;
        }
        // "a year and a half", "two hours and a half"
        if (unit != null && measured && c2 == null && !c1.fraction && t.is(k, "and") && t.is(k + 1, "a")
                && t.is(k + 2, "half")) {
            c1.value += 0.5;
            k += 3;
        }
        // a unit written before the number: "magnitude 7.1", "a magnitude-5.9 quake", "magnitude of 4"
        int unitBefore = -1;
        if (unit == null && !c1.multiplier && !c1.vague && c1.digits) {
            int b = c1.s - 1;
            if (t.isPunct(b) && Tokens.isDash(t.firstChar(b)) && t.glued(b) && t.glued(c1.s)) {
                b--;
            } else if (t.is(b, "of")) {
                b--;
            }
            Units.Unit u = t.isWord(b) && b >= minTok ? Units.BEFORE.get(t.lower[b]) : null;
            if (u != null) {
                unit = u;
                unitBefore = b;
                measured = true;
            }
        }
        if (unit != null && "duration".equals(unit.dimension())) {
            if (t.isPunct(k) && Tokens.isDash(t.firstChar(k)) && t.glued(k) && t.is(k + 1, "old")) {
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
        CountedNounFinder.NounPhrase np = null;
        int textEnd = k;
        if (unit == null) {
            np = nouns.parseNounPhrase(k, !c1.vague, c1.vague);
            if (np != null) {
                textEnd = np.head() + 1;
            }
        }
        // "27-nation", "4,000-person": the counted noun glued after the number
        if (unit == null && np == null && c1.digits && !c1.ordinal && t.isPunct(k) && Tokens.isDash(t.firstChar(k))
                && t.glued(k) && t.glued(k + 1) && nouns.isCompoundNoun(k + 1)) {
            np = new CountedNounFinder.NounPhrase(k + 1, k + 1);
            textEnd = k + 2;
        }
        // "83 dead", "410 injured": a casualty word after the number is what it counts
        if (unit == null && np == null && !c1.vague && t.isWord(k) && !t.lineBreakBefore(k)
                && FigureWords.CASUALTY_WORDS.contains(t.lower[k])) {
            np = new CountedNounFinder.NounPhrase(k, k);
            textEnd = k + 1;
        }
        // "ten of the fifty cars": the part counts what the whole counts (the whole is its own figure)
        CountedNounFinder.NounPhrase partOf = null;
        if (unit == null && np == null && !c1.vague && !c1.ordinal && !c1.multiplier && c2 == null
                && t.is(k, "of") && (t.is(k + 1, "the") || t.is(k + 1, "its") || t.is(k + 1, "their"))
                && numbers.mayStart(k + 2)) {
            ParsedNumber whole = numbers.parseCore(k + 2);
            if (whole != null && !whole.vague && !whole.ordinal && !whole.article && !whole.multiplier
                    && whole.value > c1.value) {
                partOf = nouns.parseNounPhrase(whole.e, false, false);
            }
        }
        // "five died": a counting verb after the number
        String countedByVerb = null;
        if (unit == null && np == null && partOf == null && !c1.vague && t.isWord(k) && !t.lineBreakBefore(k)) {
            countedByVerb = Nouns.COUNTING_VERBS.get(t.lower[k]);
        }
        // "1,240 were gulls", "1,240 of those were gulls"
        if (unit == null && np == null && !c1.vague && !c1.ordinal && !c1.multiplier) {
            CountedNounFinder.NounPhrase after = nouns.afterCopula(k);
            if (after != null) {
                np = after;
            }
        }
        String subject = null;
        String subjectHead = null;
        String unitName = unit != null ? unit.name() : null;
        if (np != null) {
            subject = span(np.first(), np.head() + 1);
            subjectHead = Nouns.lemma(t.lower[np.head()]);
            unitName = text.substring(t.start[np.head()], t.end[np.head()]);
            CountedNounFinder.NounPhrase kindOf = nouns.classifiedNoun(np);
            if (kindOf != null) {
                // "800 other kinds of birds" counts birds
                subjectHead = Nouns.lemma(t.lower[kindOf.head()]);
                unitName = text.substring(t.start[kindOf.head()], t.end[kindOf.head()]);
                subject = span(np.first(), kindOf.head() + 1);
                textEnd = kindOf.head() + 1;
            }
        } else if (unit != null && !c1.multiplier) {
            int sk = k;
            if (t.is(sk, "of")) {
                sk = nouns.skipDeterminer(sk + 1);
            }
            CountedNounFinder.NounPhrase what = nouns.parseNounPhrase(sk, false, false);
            if (what != null) {
                subject = span(what.first(), what.head() + 1);
                subjectHead = Nouns.lemma(t.lower[what.head()]);
            }
        }

        // a number in a list that shares the unit of the next one: "477 and 459 square-kilometer"
        if (unit == null && np == null && !c1.vague && (t.is(k, "and") || t.is(k, "or"))) {
            ParsedNumber c3 = numbers.mayStart(k + 1) ? numbers.parseCore(k + 1) : null;
            if (c3 != null && !c3.vague && !c3.ordinal) {
                UnitMatcher.UnitMatch u3 = units.matchUnit(c3.e, false);
                if (u3 == null && t.isPunct(c3.e) && Tokens.isDash(t.firstChar(c3.e)) && t.glued(c3.e)) {
                    u3 = units.matchUnit(c3.e + 1, false);
                }
                if (u3 != null && !"money".equals(u3.unit().dimension()) && !"percent".equals(u3.unit().dimension())) {
                    unit = u3.unit();
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
        if (c1.article && (c1.s == minTok && minTok > 0 || !t.isWord(c1.e) || t.capitalized(c1.e))) {
            return -1; // "$14.95 a month", "800,000 barrels a day": the rate of the figure before; "an SEC"
        }
        QualifierFinder.Qual q = qualifiers.findQualifier(c1.s, minTok);
        CountedNounFinder.NounPhrase counted = np != null ? np : partOf;
        if (counted == null && countedByVerb != null && c1.words) {
            counted = new CountedNounFinder.NounPhrase(k, k); // a spelled-out count with its verb is a figure
        }
        if (!exclusions.accept(c1, c2, unit, measured, counted, q != null)) {
            return -1;
        }
        if (partOf != null) {
            subject = span(partOf.first(), partOf.head() + 1);
            subjectHead = Nouns.lemma(t.lower[partOf.head()]);
            unitName = text.substring(t.start[partOf.head()], t.end[partOf.head()]);
        } else if (countedByVerb != null) {
            unitName = countedByVerb;
            subjectHead = Nouns.lemma(countedByVerb);
        }

        // bare counts: the counted noun from the sentence or the one before
        if (unit == null && np == null && partOf == null && countedByVerb == null && !c1.multiplier) {
            Object[] inferred = nouns.inferCounted(q != null ? q.startTok() : c1.s, emitted);
            if (inferred != null) {
                unitName = (String) inferred[0];
                subject = (String) inferred[1];
                subjectHead = (String) inferred[2];
            }
        }

        // "Tomas Berg, 54,": an age in apposition to a name
        if (unit == null && np == null && c1.digits && c2 == null && !c1.fraction && !c1.scaled
                && !t.formatted[c1.numTok] && c1.value >= 1 && c1.value <= 120 && nouns.apposedToName(c1.s, c1.e)) {
            unit = Units.lookup("years");
            unitName = unit.name();
            age = true;
            subject = null;
            subjectHead = null;
        }
        // a spelled-out fraction is a fraction of its subject: "nearly half of the workforce"
        if (c1.fraction && c1.words && unit == null) {
            unitName = FRACTION;
        }
        int startTok = q != null ? q.startTok() : c1.s;
        if (unitBefore >= 0 && q == null) {
            startTok = unitBefore;
        }
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
        String qualifier = c1.vague ? c1.vagueText : q != null ? q.text() : c1.plus ? "+" : null;
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
        emitted.add(new CountedNounFinder.Emitted(startTok, dimension, unitName, subject, subjectHead));
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
}

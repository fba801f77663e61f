package org.parallax.core.extract.figure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the number expression starting at a token: digits with separators, decimals, fractions ("2/3",
 * "1 1/2"), scales ("1.5 million", "$2bn", "10k"), spelled-out numbers ("twenty-one thousand"), ordinals,
 * multipliers ("tripled"), vague magnitudes ("tens of thousands of", "several hundred"), currency signs and
 * the second end of a range ("10 to 15", "between 3 and 5"). Word lists: {@code numbers.txt}.
 */
final class NumberParser {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String text;
    private final Tokens t;
    private final int n;

    NumberParser(Tokens t) {
        this.text = t.text;
        this.t = t;
        this.n = t.size;
    }

    // ---- number expressions ----

    boolean mayStart(int i) {
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
        return FigureWords.ONES.containsKey(w) || FigureWords.TENS.containsKey(w) || FigureWords.ORDINALS.containsKey(w)
                || FigureWords.MULTIPLIERS.containsKey(w) || FigureWords.VAGUE_PLURALS.contains(w)
                || w.equals("a") || w.equals("an") || w.equals("another") || w.equals("half") || w.equals("several")
                || w.equals("few") || w.equals("many") || Units.PREFIX.containsKey(w)
                || (t.isPunct(i + 1, '$') && t.glued(i + 1));
    }

    ParsedNumber parseCore(int i) {
        ParsedNumber c = new ParsedNumber();
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

    private boolean parseDigits(ParsedNumber c, int j) {
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
            } else if (FigureWords.DIGIT_SCALES.containsKey(w)) {
                c.scale = FigureWords.DIGIT_SCALES.get(w);
                c.scaled = true;
                k++;
            } else if (FigureWords.GLUED_SCALES.containsKey(w) && (w.equals("k") || c.currency != null
                    || (w.equals("m") && fmt && t.isWord(k + 1) && !t.glued(k + 1)
                        && !FigureWords.STOP.contains(t.lower[k + 1])))) {
                c.scale = FigureWords.GLUED_SCALES.get(w);
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
        if (!c.scaled && !c.ordinal && t.isWord(k) && !t.glued(k) && FigureWords.DIGIT_SCALES.containsKey(t.lower[k])) {
            c.scale = FigureWords.DIGIT_SCALES.get(t.lower[k]);
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
        return SPACES.matcher(text.substring(t.start[fromTok], t.end[toTokExclusive - 1]).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static Double scaleOf(String w) {
        return FigureWords.SCALES.get(w);
    }

    private boolean parseWords(ParsedNumber c, int j) {
        if (!t.isWord(j)) {
            return false;
        }
        String w = t.lower[j];
        c.words = true;
        c.s = j;
        // vague magnitudes: hundreds of, tens of thousands of
        if (FigureWords.VAGUE_PLURALS.contains(w)) {
            int k = j + 1;
            if (t.is(k, "of")) {
                k++;
                if (t.isWord(k) && FigureWords.VAGUE_PLURALS.contains(t.lower[k]) && !t.is(k, "tens")) {
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
            boolean singular = FigureWords.SCALES.containsKey(s);
            boolean plural = FigureWords.VAGUE_PLURALS.contains(s) && !s.equals("tens") && !s.equals("scores");
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
        Integer mult = FigureWords.MULTIPLIERS.get(w);
        if (mult != null) {
            c.multiplier = true;
            c.value = mult;
            c.e = j + 1;
            return true;
        }
        // a third of, a quarter of, half of
        if ((w.equals("a") || w.equals("an")) && t.isWord(j + 1) && FigureWords.DENOMINATORS.containsKey(t.lower[j + 1])
                && !t.lower[j + 1].endsWith("s") && t.is(j + 2, "of")) {
            c.fraction = true;
            c.value = 1.0 / FigureWords.DENOMINATORS.get(t.lower[j + 1]);
            c.e = j + 2;
            return true;
        }
        if (w.equals("half") && t.is(j + 1, "of")) {
            c.fraction = true;
            c.value = 0.5;
            c.e = j + 1;
            return true;
        }
        // "cut by half", "reduced to half", "split in half"
        if (w.equals("half") && (t.is(j - 1, "to") || t.is(j - 1, "by") || t.is(j - 1, "in"))
                && (j + 1 >= n || t.isPunct(j + 1) || t.lineBreakBefore(j + 1) || t.is(j + 1, "in")
                    || t.is(j + 1, "on") || t.is(j + 1, "and") || t.is(j + 1, "after") || t.is(j + 1, "since"))) {
            c.fraction = true;
            c.value = 0.5;
            c.e = j + 1;
            return true;
        }
        // "half a percentage point", "half a century": a fraction of the unit after it (FigureScan checks the unit)
        if (w.equals("half") && (t.is(j + 1, "a") || t.is(j + 1, "an")) && !(t.isWord(j + 2)
                && scaleOf(t.lower[j + 2]) != null)) {
            c.fraction = true;
            c.ofUnit = true;
            c.value = 0.5;
            c.e = j + 1;
            return true;
        }
        // "a quarter-point", "a half-point": a fraction of a percentage point
        if ((w.equals("a") || w.equals("an")) && t.isWord(j + 1) && FigureWords.DENOMINATORS.containsKey(t.lower[j + 1])
                && !t.lower[j + 1].endsWith("s") && t.isPunct(j + 2, '-') && t.glued(j + 2) && t.is(j + 3, "point")
                && t.glued(j + 3)) {
            c.fraction = true;
            c.ofUnit = true;
            c.value = 1.0 / FigureWords.DENOMINATORS.get(t.lower[j + 1]);
            c.e = j + 2;
            return true;
        }
        // ordinals: second, twenty-first
        Integer ord = FigureWords.ORDINALS.get(w);
        if (ord != null) {
            c.ordinal = true;
            c.value = ord;
            c.e = j + 1;
            return true;
        }
        if (FigureWords.TENS.containsKey(w) && t.isPunct(j + 1, '-') && t.glued(j + 1) && t.glued(j + 2)
                && t.isWord(j + 2) && FigureWords.ORDINALS.containsKey(t.lower[j + 2])
                && FigureWords.ORDINALS.get(t.lower[j + 2]) < 10) {
            c.ordinal = true;
            c.value = FigureWords.TENS.get(w) + FigureWords.ORDINALS.get(t.lower[j + 2]);
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
            Integer u = FigureWords.ONES.get(x);
            Integer te = FigureWords.TENS.get(x);
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
                    Integer u2 = FigureWords.ONES.get(t.lower[k + 1]);
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
                    && (FigureWords.ONES.containsKey(t.lower[k + 1]) || FigureWords.TENS.containsKey(t.lower[k + 1]))) {
                k++;
                lastScale = true;
            } else {
                break;
            }
        }
        if ((w.equals("a") || w.equals("an") || w.equals("another")) && !c.scaled) {
            // "a week", "another meter": one of the unit after it, a figure only with a unit (Exclusions)
            c.article = true;
            c.value = 1;
            c.e = j + 1;
            return true;
        }
        if (!any || k == j) {
            return false;
        }
        double v = total + current;
        if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half")) {
            v += 0.5;
            k += 3;
        } else if (hyphenated(k, "and", "a", "half")) {
            v += 0.5; // "two-and-a-half-year"
            k += 6;
        } else {
            int d = k;
            if (t.isPunct(d, '-') && t.glued(d) && t.glued(d + 1)) {
                d++;
            }
            Integer den = t.isWord(d) ? FigureWords.DENOMINATORS.get(t.lower[d]) : null;
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

    /** True when tokens from k are "-w1-w2-w3", each glued. */
    private boolean hyphenated(int k, String... words) {
        for (int m = 0; m < words.length; m++) {
            int d = k + 2 * m;
            if (!(t.isPunct(d, '-') && t.glued(d) && t.is(d + 1, words[m]) && t.glued(d + 1))) {
                return false;
            }
        }
        return true;
    }

    // ---- ranges ----

    ParsedNumber tryRange(ParsedNumber c1, int k, boolean between, boolean from) {
        if (k >= n || c1.article || c1.ofUnit) {
            return null;
        }
        // "cut from 5.5% to 5.25%" is a change: two figures; "ranging from 10 to 15" is a range
        if (from && !(t.isWord(c1.s - 2) && FigureWords.RANGE_WORDS.contains(t.lower[c1.s - 2]))) {
            return null;
        }
        boolean dash = false;
        if (t.isPunct(k) && Tokens.isDash(t.firstChar(k)) && t.glued(k) && t.is(k + 1, "to")) {
            k++; // "8- to 16-meter"
        }
        if (t.is(k, "to") || t.is(k, "through")) {
            // fine
        } else if (t.is(k, "or") && !c1.scaled && t.isWord(k + 1) == c1.words) {
            // two or three days
        } else if (t.is(k, "and") && between) {
            // between X and Y
        } else if (t.isPunct(k) && (Tokens.isDash(t.firstChar(k)) || t.firstChar(k) == '~')) {
            dash = true;
        } else {
            return null;
        }
        if (!mayStart(k + 1)) {
            return null;
        }
        ParsedNumber c2 = parseCore(k + 1);
        if (c2 == null || c2.vague || c2.ordinal || c2.multiplier) {
            return null;
        }
        if (dash) {
            if (c1.digits != c2.digits) {
                return null;
            }
            // phone numbers and dates: 555-123-4567, 2024-11-05
            if (t.isPunct(c2.e) && Tokens.isDash(t.firstChar(c2.e)) && t.isNum(c2.e + 1)) {
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

    boolean yearLike(ParsedNumber c) {
        if (!c.digits || c.numTok < 0 || t.formatted[c.numTok] || c.scaled || c.fraction) {
            return false;
        }
        return t.end[c.numTok] - t.start[c.numTok] == 4 && c.value >= 1000 && c.value <= 2100;
    }
}

package org.parallax.core.extract.figure;

/**
 * Decides whether a parsed number is a figure: not a date, year, time of day, reference ("page 5", "No. 3"),
 * name ("Falcon 9", "Group of 20"), code ("G20", "PAC-3", "2-0"), enumerator, phone number or idiom ("one of",
 * "the first time"). Word lists: {@code exclusions.txt}.
 */
final class Exclusions {

    private final NumberParser numbers;

    private final String text;
    private final Tokens t;
    private final int n;

    Exclusions(Tokens t, NumberParser numbers) {
        this.numbers = numbers;
        this.text = t.text;
        this.t = t;
        this.n = t.size;
    }

    // ---- acceptance: dates, years, names, idioms ----

    boolean accept(ParsedNumber c1, ParsedNumber c2, Units.Unit unit, boolean measured, CountedNounFinder.NounPhrase np, boolean qualified) {
        if (c1.vague) {
            return true;
        }
        if (c1.multiplier) {
            return true;
        }
        if (c1.article) {
            // "a week", "another meter"; not "a second time", "to a degree", "a dollar store"
            return unit != null && measured && !ARTICLE_DIMENSIONS_EXCLUDED.contains(unit.dimension())
                    && !t.is(c1.e, "second") && !unit.gluedOnly();
        }
        if (c1.digits) {
            boolean yearPair = c2 == null || (numbers.yearLike(c1) && numbers.yearLike(c2));
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
                if (np != null && t.capitalized(np.first())) {
                    return false;
                }
                if (unit != null && "centuries".equals(unit.name())) {
                    return false;
                }
                return np == null || !(FigureWords.ORDINAL_POSITIONS.contains(t.lower[np.first()])
                        || FigureWords.ORDINAL_POSITIONS.contains(t.lower[np.head()]));
            }
            if (unit != null && "ratio".equals(unit.dimension()) && c1.value == 1 && c2 == null) {
                return false;
            }
            return true;
        }
        // spelled-out numbers
        if (c1.ordinal && t.isPunct(c1.e) && Tokens.isDash(t.firstChar(c1.e)) && t.glued(c1.e)) {
            return false; // "second-largest"
        }
        if (c1.fraction && t.isWord(c1.s - 1) && (FigureWords.ORDINALS.containsKey(t.lower[c1.s - 1])
                || AFTER_POSITION.contains(t.lower[c1.s - 1]))) {
            return false; // "the second half of the year"
        }
        if (c1.ordinal) {
            if (c1.value <= 1 || c2 != null) {
                return false;
            }
            int before = c1.s - 1;
            boolean possessive = t.isWord(before) && (FigureWords.POSSESSIVES.contains(t.lower[before])
                    || t.lower[before].endsWith("'s") || t.lower[before].endsWith("’s"));
            if (np != null && (FigureWords.ORDINAL_POSITIONS.contains(t.lower[np.first()])
                    || FigureWords.ORDINAL_POSITIONS.contains(t.lower[np.head()]))) {
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

    private boolean digitsExcluded(ParsedNumber c, boolean hasUnit, boolean hasNoun, boolean qualified, boolean inRange,
                                   boolean yearPair) {
        int j = c.numTok;
        if (j < 0) {
            return true;
        }
        boolean fmt = t.formatted[j];
        int numLen = t.end[j] - t.start[j];
        // reference markers: "[3]"
        if (t.isPunct(j - 1, '[') && t.glued(j) && t.isPunct(c.e, ']') && t.glued(c.e)) {
            return true;
        }
        // a decimal comma ("71,4 millions"): not an English number, no figure rather than a wrong one
        if (t.isPunct(j + 1, ',') && t.glued(j + 1) && t.isNum(j + 2) && t.glued(j + 2)
                || t.isPunct(j - 1, ',') && t.glued(j) && t.isNum(j - 2) && t.glued(j - 1)) {
            return true;
        }
        // a word in another script after the number ("90 тисяч"): its scale or unit cannot be read
        if (t.isWord(c.e) && !t.lineBreakBefore(c.e) && !latin(t.firstChar(c.e))) {
            return true;
        }
        // glued to letters or symbols on the left: G20, PAC-3, #5, 10:30 handled on the right
        if (c.currency == null && !c.negative && t.glued(j)) {
            int p = j - 1;
            if (t.isWord(p)) {
                return true;
            }
            char pc = t.firstChar(p);
            if (Tokens.isDash(pc)) {
                if (t.glued(p) && (t.isWord(p - 1) || t.isNum(p - 1)) && !c.upper
                        && !(hasUnit && t.isWord(p - 1) && Units.BEFORE.containsKey(t.lower[p - 1]))) {
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
            if (Tokens.isDash(q) && t.isNum(a + 1) && t.glued(a + 1) && Tokens.isDash(charOr(a + 2)) && t.isNum(a + 3)) {
                return true;
            }
            if (!inRange && Tokens.isDash(q) && t.isNum(a + 1) && t.glued(a + 1)) {
                return true; // a score or code: 2-0, 9-2
            }
        }
        // time of day
        int after = c.e;
        if (t.isWord(after) && FigureWords.CLOCK_WORDS.contains(t.lower[after]) && !"hours".equals(t.lower[after])) {
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
                    && FigureWords.YEAR_PREPOSITIONS.contains(t.lower[before])) {
                return true;
            }
        }
        // references: page 5, No. 3, Article 5
        if (!fmt && c.currency == null) {
            int rb = t.isPunct(before, '.') ? before - 1 : before;
            if (t.isWord(rb) && FigureWords.REFERENCE_WORDS.contains(t.lower[rb])) {
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
            // "12 News asked": a capitalized singular noun right after the number names something
            if (hasNoun && !c.ordinal && t.capitalized(c.e) && !isAllCaps(c.e) && !t.sentenceStart(c.e)
                    && !notName(c.e) && !titleCaseLine(c.e) && !isMonth(c.e)
                    && t.lower[c.e].equals(Nouns.lemma(t.lower[c.e])) && endsName(c.e + 1)) {
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

    private String dimensionOf(ParsedNumber c) {
        return c.currency != null ? "money" : "count";
    }

    private char charOr(int tok) {
        return tok >= 0 && tok < n && t.type[tok] == Tokens.PUNCT ? t.firstChar(tok) : 'x';
    }

    private boolean notName(int tok) {
        String w = t.lower[tok];
        if (FigureWords.WEEKDAYS.contains(w) || FigureWords.MONTHS.contains(w)) {
            return true;
        }
        for (String[] q : FigureWords.QUALIFIERS) {
            if (q[q.length - 1].equals(w)) {
                return true;
            }
        }
        return FigureWords.STOP.contains(w) || FigureWords.NOT_HEAD.contains(w);
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
        return FigureWords.MONTHS.contains(t.lower[tok]);
    }

    private static final java.util.Set<String> ARTICLE_DIMENSIONS_EXCLUDED = java.util.Set.of("money", "ratio",
            "percent", "degrees", "temperature", "magnitude");

    /** Words before "half" that make it a part of a period, not a fraction ("the latter half of the year"). */
    private static final java.util.Set<String> AFTER_POSITION = java.util.Set.of("latter", "last", "other", "better");

    private static boolean latin(char c) {
        return !Character.isLetter(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private boolean isAllCaps(int tok) {
        String raw = text.substring(t.start[tok], t.end[tok]);
        return raw.length() > 1 && raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
    }

    /** True when token k cannot continue a noun phrase: no word, or a lower-case stop word or verb ("asked"). */
    private boolean endsName(int k) {
        if (!t.isWord(k) || t.lineBreakBefore(k)) {
            return true;
        }
        String w = t.lower[k];
        return !t.capitalized(k) && (FigureWords.STOP.contains(w) || w.endsWith("ed"));
    }
}

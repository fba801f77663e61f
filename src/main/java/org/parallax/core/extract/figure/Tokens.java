package org.parallax.core.extract.figure;

import java.util.Arrays;
import java.util.Locale;

/**
 * A flat token stream over a text: words (letters with inner apostrophes), numbers (ASCII digits with
 * thousands separators and one decimal part) and single punctuation characters, each with its offsets.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    byte[] type;
    String[] lower;
    /** for numbers: true when the number has thousands separators or a decimal part */
    boolean[] formatted;

    Tokens(String text) {
        this.text = text;
        int cap = Math.max(16, text.length() / 4);
        start = new int[cap];
        end = new int[cap];
        type = new byte[cap];
        lower = new String[cap];
        formatted = new boolean[cap];
        tokenize();
        breakBefore = new boolean[size];
        for (int i = 0; i < size; i++) {
            breakBefore[i] = computeLineBreakBefore(i);
        }
        startsSentence = new boolean[size];
        for (int i = 0; i < size; i++) {
            startsSentence[i] = computeSentenceStart(i);
        }
    }

    private boolean[] breakBefore;
    private boolean[] startsSentence;

    private void add(byte t, int s, int e, boolean fmt) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            type = Arrays.copyOf(type, cap);
            lower = Arrays.copyOf(lower, cap);
            formatted = Arrays.copyOf(formatted, cap);
        }
        start[size] = s;
        end[size] = e;
        type[size] = t;
        lower[size] = t == WORD ? text.substring(s, e).toLowerCase(Locale.ROOT) : text.substring(s, e);
        formatted[size] = fmt;
        size++;
    }

    private void tokenize() {
        String s = text;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                i++;
            } else if (c >= '0' && c <= '9') {
                i = scanNumber(i);
            } else if (c == '.' && digitAt(i + 1) && (i == 0 || Character.isWhitespace(s.charAt(i - 1))
                    || s.charAt(i - 1) == '(' || s.charAt(i - 1) == '$')) {
                int e = i + 1;
                while (e < n && digitAt(e)) {
                    e++;
                }
                add(NUM, i, e, true);
                i = e;
            } else if (Character.isLetter(c)) {
                int e = i + 1;
                while (e < n) {
                    char d = s.charAt(e);
                    if (Character.isLetter(d)) {
                        e++;
                    } else if ((d == '\'' || d == '\u2019') && e + 1 < n && Character.isLetter(s.charAt(e + 1))) {
                        e += 2;
                    } else {
                        break;
                    }
                }
                add(WORD, i, e, false);
                i = e;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                add(PUNCT, i, i + 2, false);
                i += 2;
            } else {
                add(PUNCT, i, i + 1, false);
                i++;
            }
        }
    }

    private boolean digitAt(int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private boolean threeDigitsAt(int i) {
        return digitAt(i) && digitAt(i + 1) && digitAt(i + 2) && !digitAt(i + 3);
    }

    private int scanNumber(int i) {
        String s = text;
        int n = s.length();
        int e = i;
        while (e < n && digitAt(e)) {
            e++;
        }
        boolean fmt = false;
        int intDigits = e - i;
        if (intDigits <= 3) {
            while (e < n && s.charAt(e) == ',' && threeDigitsAt(e + 1)) {
                e += 4;
                fmt = true;
            }
            if (!fmt) {
                while (e < n && isGroupSpace(s.charAt(e)) && threeDigitsAt(e + 1)
                        && !(e + 5 < n && (s.charAt(e + 4) == '.' || s.charAt(e + 4) == ',') && digitAt(e + 5))) {
                    e += 4;
                    fmt = true;
                }
            }
        }
        if (e + 1 < n && s.charAt(e) == '.' && digitAt(e + 1)) {
            int f = e + 1;
            while (f < n && digitAt(f)) {
                f++;
            }
            e = f;
            fmt = true;
        }
        add(NUM, i, e, fmt);
        return e;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    // ---- queries ----

    boolean isWord(int i) {
        return i >= 0 && i < size && type[i] == WORD;
    }

    boolean isNum(int i) {
        return i >= 0 && i < size && type[i] == NUM;
    }

    boolean isPunct(int i, char c) {
        return i >= 0 && i < size && type[i] == PUNCT && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && type[i] == PUNCT;
    }

    boolean is(int i, String lowerWord) {
        return i >= 0 && i < size && type[i] == WORD && lower[i].equals(lowerWord);
    }

    char firstChar(int i) {
        return text.charAt(start[i]);
    }

    /** True when token i starts exactly where token i-1 ends (no space between). */
    boolean glued(int i) {
        return i > 0 && i < size && start[i] == end[i - 1];
    }

    boolean capitalized(int i) {
        return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the gap before token i holds a line break (or i is the first token). */
    boolean lineBreakBefore(int i) {
        if (i <= 0) {
            return true;
        }
        return i >= size || breakBefore[i];
    }

    private boolean computeLineBreakBefore(int i) {
        if (i <= 0) {
            return true;
        }
        for (int k = end[i - 1]; k < start[i]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** True when a sentence ends right before token i (a line break, or . ! ? then a space). */
    boolean sentenceStart(int i) {
        if (i <= 0) {
            return true;
        }
        return i >= size || startsSentence[i];
    }

    private boolean computeSentenceStart(int i) {
        if (i <= 0 || lineBreakBefore(i)) {
            return true;
        }
        int j = i;
        while (j - 1 >= 0 && isPunct(j - 1) && isOpener(firstChar(j - 1)) && glued(j)) {
            j--;
            if (lineBreakBefore(j)) {
                return true;
            }
        }
        int p = j - 1;
        while (p >= 0 && isPunct(p) && isCloser(firstChar(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        if (!(isPunct(p, '.') || isPunct(p, '!') || isPunct(p, '?')) || glued(j)) {
            return false;
        }
        // "Jan. 9 flood", "approx. five": no sentence starts with a lower-case word or a day after a month
        if (type[j] == WORD && Character.isLowerCase(text.charAt(start[j]))) {
            return false;
        }
        return !(isPunct(p, '.') && type[j] == NUM && p > 0 && type[p - 1] == WORD
                && FigureWords.MONTHS.contains(lower[p - 1]));
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[';
    }

    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010' || c == '\u2011'
                || c == '\u2212';
    }
}

package org.parallax.core.extract.figure;

/**
 * Finds the measure unit, currency or percent sign after a number ("478 square kilometers", "170mm",
 * "5 per cent", "$2bn dollars"): the longest form of {@code units.txt} over up to {@link Units#MAX_TOKENS}
 * tokens, with hyphens, slashes, dots and superscripts inside a form.
 */
final class UnitMatcher {

    /** A unit and the token after it. */
    record UnitMatch(Units.Unit unit, int end) {
    }

    private final String text;
    private final Tokens t;
    private final int n;

    UnitMatcher(Tokens t) {
        this.text = t.text;
        this.t = t;
        this.n = t.size;
    }

    // ---- units ----

    UnitMatch matchUnit(int k, boolean afterCurrency) {
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
}

package org.parallax.core.extract.figure;

import java.util.Locale;
import java.util.regex.Pattern;

/** Finds the qualifier right before a number ("up to", "more than", "an estimated"): {@code qualifiers.txt}. */
final class QualifierFinder {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String text;
    private final Tokens t;
    private final int n;

    QualifierFinder(Tokens t) {
        this.text = t.text;
        this.t = t;
        this.n = t.size;
    }

    // ---- qualifiers ----

    record Qual(int startTok, String text) {
    }

    Qual findQualifier(int coreStart, int minTok) {
        for (String[] q : FigureWords.QUALIFIERS) {
            int s = coreStart - q.length;
            if (s < minTok || s < 0) {
                continue;
            }
            boolean ok = true;
            for (int m = 0; m < q.length && ok; m++) {
                ok = t.is(s + m, q[m]);
            }
            if (ok && q[0].equals("up") && t.isWord(s - 1) && FigureWords.PARTICLE_VERBS.contains(t.lower[s - 1])) {
                return null; // "output could pick up to 1.4%"
            }
            if (ok) {
                // "some" after a determiner is not a qualifier: "the some"
                String raw = text.substring(t.start[s], t.end[coreStart - 1]);
                return new Qual(s, SPACES.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll(" "));
            }
        }
        return null;
    }
}

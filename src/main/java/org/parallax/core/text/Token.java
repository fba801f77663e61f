package org.parallax.core.text;

import java.util.List;
import org.parallax.core.article.Span;

/**
 * One token of an article body.
 *
 * @param span where the token stands in the body
 * @param text the body text at {@code span}
 * @param kind what the token is made of
 */
public record Token(Span span, String text, Kind kind) {

    /** What a token is made of. */
    public enum Kind {
        /** Letters, possibly with inner apostrophes, hyphens or dots ("Russia's", "Lee Seong-kweun", "U.S."). */
        WORD,
        /** Digits, possibly with inner separators ("1,000", "1.5"). */
        NUMBER,
        /** Any other single character that is not whitespace. */
        PUNCT
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Index of the first of {@code toks} (in reading order) starting at or after {@code pos}; their size if none. */
    public static int firstAtOrAfter(List<Token> toks, int pos) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

package org.parallax.core.text;

import java.util.List;
import org.parallax.core.article.Span;

/**
 * One sentence of an article body.
 *
 * @param span      where the sentence stands in the body (leading and trailing whitespace excluded)
 * @param paragraph 0-based index of the paragraph (a line, or a block between blank lines) holding it
 */
public record Sentence(Span span, int paragraph) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** Index of the sentence holding {@code pos} (or the last one starting before it) in reading order, -1 if none. */
    public static int indexAt(List<Sentence> sentences, int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }
}

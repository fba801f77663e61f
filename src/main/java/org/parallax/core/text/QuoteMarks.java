package org.parallax.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.parallax.core.article.Span;

/**
 * Finds quoted stretches in an article body, one paragraph (line) at a time, in one linear pass.
 *
 * <p>Double marks: “…”, „…“, «…» and straight "…" (a straight mark closes an open straight mark, else opens).
 * Single marks ‘…’ and '…' count only where they cannot be apostrophes: an opening mark follows white space, a
 * bracket or a dash and precedes a letter (not "‘70s"); a closing mark follows a non-blank character and is not
 * followed by a letter or digit ("Russia's", "rock ’n’ roll" stay words). A single-quoted stretch must close in
 * its paragraph. A double-quoted stretch still open at the end of its paragraph runs to the paragraph's end:
 * that is how a quote that goes on in the next paragraph is written.
 */
public final class QuoteMarks {

    private static final int MAX_SINGLE = 400;

    private QuoteMarks() {
    }

    /** All quoted stretches, outermost and nested, ordered by opening mark. */
    public static List<QuotedStretch> find(String body) {
        List<QuotedStretch> out = new ArrayList<>();
        int n = body.length();
        int paragraph = -1;
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            boolean blank = true;
            for (int k = lineStart; k < lineEnd && blank; k++) {
                blank = TextSplitter.isBlank(body.charAt(k));
            }
            if (!blank) {
                paragraph++;
                scanLine(body, lineStart, lineEnd, paragraph, out);
            }
            lineStart = lineEnd + 1;
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return out;
    }

    private record Open(int pos, char mark, boolean single) {
    }

    private static void scanLine(String body, int from, int to, int paragraph, List<QuotedStretch> out) {
        Deque<Open> stack = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            switch (c) {
                case '“', '„', '«' -> stack.push(new Open(i, c, false));
                case '”', '»' -> closeDouble(body, stack, i, c, paragraph, out);
                case '"' -> {
                    if (containsStraight(stack)) {
                        closeDouble(body, stack, i, c, paragraph, out);
                    } else {
                        stack.push(new Open(i, c, false));
                    }
                }
                case '‘', '’', '\'' -> handleSingle(body, from, to, i, c, stack, paragraph, out);
                default -> {
                }
            }
        }
        // unclosed double marks run to the end of the paragraph; unclosed single marks are dropped
        Open outermost = null;
        int depthBelow = 0;
        List<Open> rest = new ArrayList<>(stack);
        for (int k = rest.size() - 1; k >= 0; k--) {
            Open o = rest.get(k);
            if (!o.single()) {
                if (outermost == null) {
                    outermost = o;
                }
            }
        }
        if (outermost != null) {
            for (int k = out.size() - 1; k >= 0 && out.get(k).paragraph() == paragraph; k--) {
                QuotedStretch q = out.get(k);
                if (q.open() < outermost.pos() && q.closed() && q.close() > outermost.pos()) {
                    depthBelow++;
                }
            }
            emit(body, outermost.pos(), -1, to, paragraph, false, depthBelow, out);
        }
    }

    private static boolean containsStraight(Deque<Open> stack) {
        for (Open o : stack) {
            if (o.mark() == '"') {
                return true;
            }
        }
        return false;
    }

    private static void closeDouble(String body, Deque<Open> stack, int i, char c, int paragraph,
                                    List<QuotedStretch> out) {
        char want = c == '»' ? '«' : c == '"' ? '"' : '“';
        boolean found = false;
        for (Open o : stack) {
            if (o.mark() == want || (want == '“' && o.mark() == '„')) {
                found = true;
                break;
            }
        }
        if (!found && c == '”') {
            // a typographic closer after a straight opener
            for (Open o : stack) {
                if (o.mark() == '"') {
                    found = true;
                    want = '"';
                    break;
                }
            }
        }
        if (!found) {
            return;
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (!o.single() && (o.mark() == want || (want == '“' && o.mark() == '„'))) {
                emit(body, o.pos(), i, i, paragraph, false, depth(stack), out);
                return;
            }
        }
    }

    private static int depth(Deque<Open> stack) {
        return stack.size();
    }

    private static void handleSingle(String body, int from, int to, int i, char c, Deque<Open> stack,
                                     int paragraph, List<QuotedStretch> out) {
        char prev = i > from ? body.charAt(i - 1) : ' ';
        char next = i + 1 < to ? body.charAt(i + 1) : ' ';
        boolean canClose = i > from && !TextSplitter.isBlank(prev) && !Character.isLetterOrDigit(next);
        Open top = stack.peek();
        if (c != '‘' && canClose) {
            if (top != null && top.single()) {
                stack.pop();
                if (i - top.pos() <= MAX_SINGLE) {
                    emit(body, top.pos(), i, i, paragraph, true, depth(stack), out);
                }
            }
            return;
        }
        boolean openContext = i == from || TextSplitter.isBlank(prev) || prev == '(' || prev == '['
                || prev == '—' || prev == '–' || prev == '-' || prev == '"' || prev == '“' || prev == '/';
        if (c != '’' && openContext && Character.isLetter(next)) {
            stack.push(new Open(i, c, true));
        }
    }

    private static void emit(String body, int open, int close, int innerEnd, int paragraph, boolean single,
                             int depth, List<QuotedStretch> out) {
        int s = open + 1;
        int e = innerEnd;
        while (s < e && TextSplitter.isBlank(body.charAt(s))) {
            s++;
        }
        while (e > s && TextSplitter.isBlank(body.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return;
        }
        out.add(new QuotedStretch(new Span(s, e), open, close, paragraph, single, depth));
    }

    /** Number of words (runs holding a letter or digit) in {@code text} within {@code span}. */
    public static int words(String text, Span span) {
        int count = 0;
        boolean inWord = false;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            boolean w = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'));
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }
}

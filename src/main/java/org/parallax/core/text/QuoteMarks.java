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
        int[] open = new int[3]; // open curly/low, straight, guillemet marks on the stack
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            switch (c) {
                case '“', '„', '«' -> {
                    stack.push(new Open(i, c, false));
                    open[kind(c)]++;
                }
                case '”', '»' -> closeDouble(body, stack, open, i, c, paragraph, out);
                case '"' -> {
                    if (open[1] > 0 || open[0] > 0 && closesHere(body, from, to, i)) {
                        // a straight mark closes an open straight mark, or a typographic opener: “stay calm."
                        closeDouble(body, stack, open, i, c, paragraph, out);
                    } else {
                        stack.push(new Open(i, c, false));
                        open[1]++;
                    }
                }
                case '‘', '’', '\'' -> handleSingle(body, from, to, i, c, stack, paragraph, out);
                default -> {
                }
            }
        }
        // unclosed double marks run to the end of the paragraph; unclosed single marks are dropped
        Open outermost = null;
        for (Open o : stack) {
            if (!o.single()) {
                outermost = o; // the last one met from the top is the bottom-most
            }
        }
        if (outermost != null) {
            int depthBelow = 0;
            for (int k = out.size() - 1; k >= 0 && out.get(k).paragraph() == paragraph; k--) {
                QuotedStretch q = out.get(k);
                if (q.open() < outermost.pos() && q.closed() && q.close() > outermost.pos()) {
                    depthBelow++;
                }
            }
            emit(body, outermost.pos(), -1, to, paragraph, false, depthBelow, out);
        }
    }

    private static int kind(char mark) {
        return mark == '"' ? 1 : mark == '«' ? 2 : 0;
    }

    private static void closeDouble(String body, Deque<Open> stack, int[] open, int i, char c, int paragraph,
                                    List<QuotedStretch> out) {
        int want = c == '»' ? 2 : c == '"' ? 1 : 0;
        if (open[want] == 0 && c == '”' && open[1] > 0) {
            want = 1; // a typographic closer after a straight opener
        }
        if (open[want] == 0 && c == '"' && open[0] > 0) {
            want = 0; // a straight closer after a typographic opener
        }
        if (open[want] == 0) {
            return;
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            if (o.single()) {
                continue;
            }
            open[kind(o.mark())]--;
            if (kind(o.mark()) == want) {
                emit(body, o.pos(), i, i, paragraph, false, depth(stack), out);
                return;
            }
        }
    }

    /** A straight mark that follows a non-blank character and no letter or digit follows: it closes. */
    private static boolean closesHere(String body, int from, int to, int i) {
        char prev = i > from ? body.charAt(i - 1) : ' ';
        char next = i + 1 < to ? body.charAt(i + 1) : ' ';
        return i > from && !TextSplitter.isBlank(prev) && !Character.isLetterOrDigit(next);
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
            boolean w = Character.isLetterOrDigit(c) || (inWord && (c == '\'' || c == '’' || c == '-'))
                    || inWord && (c == ',' || c == '.') && Character.isDigit(text.charAt(i - 1))
                    && i + 1 < span.end() && Character.isDigit(text.charAt(i + 1)); // "3,738" is one word
            if (w && !inWord) {
                count++;
            }
            inWord = w;
        }
        return count;
    }
}

package org.parallax.core.article;

import java.util.ArrayList;
import java.util.List;

/** A half-open character range {@code [start, end)} into an article's body text. */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** The spans in order, those that overlap or touch joined into one: {@code [0,4) [3,8) [8,9)} gives {@code [0,9)}. */
    public static List<Span> merged(List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        List<Span> merged = new ArrayList<>(sorted.size());
        Span current = sorted.get(0);
        for (Span s : sorted.subList(1, sorted.size())) {
            if (s.start() <= current.end()) {
                current = new Span(current.start(), Math.max(current.end(), s.end()));
            } else {
                merged.add(current);
                current = s;
            }
        }
        merged.add(current);
        return merged;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

package org.parallax.core.report;

import org.parallax.core.compare.Comparison;

/** Short pieces of article text for reports: one line, cut with an ellipsis. */
final class Excerpts {

    private Excerpts() {
    }

    static String of(Comparison c, int article, int start, int end, int max) {
        return of(c.articles().get(article).body(), start, end, max);
    }

    /** The excerpt of {@code text} (an article's body or headline) between the offsets, cut to {@code max}. */
    static String of(String body, int start, int end, int max) {
        int s = Math.max(0, Math.min(start, body.length()));
        int e = Math.max(s, Math.min(end, body.length()));
        return cut(body.substring(s, e), max);
    }

    static String cut(String text, int max) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /** The symbol shown beside a verdict, so that it never rests on colour alone. */
    static String symbol(String verdict) {
        return switch (verdict) {
            case "agree" -> "\u2713";
            case "consistent" -> "\u2248";
            case "differ" -> "\u2260";
            default -> "\u25CB";
        };
    }
}

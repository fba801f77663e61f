package org.parallax.core.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.parallax.core.article.Span;

/**
 * A passage of an article body (usually a sentence) with the words that matched a search.
 *
 * @param text       the passage
 * @param highlights where matches stand, as offsets into {@code text}; sorted, not overlapping
 * @param bodyOffset where {@code text} starts in the article body, or -1 when unknown; so
 *                   {@code body.substring(bodyOffset, bodyOffset + text.length())} equals {@code text}
 */
public record Snippet(String text, List<Span> highlights, int bodyOffset) {

    public Snippet {
        Objects.requireNonNull(text, "text");
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        for (Span h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " lies outside a snippet of " + text.length() + " chars");
            }
        }
    }

    public Snippet(String text, List<Span> highlights) {
        this(text, highlights, -1);
    }

    /** The text with each highlight wrapped: {@code marked("[", "]")} gives "the [North Korean] troops". */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Span h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The highlighted words, in order. */
    public List<String> highlightedTexts() {
        List<String> out = new ArrayList<>(highlights.size());
        for (Span h : highlights) {
            out.add(h.of(text));
        }
        return out;
    }
}

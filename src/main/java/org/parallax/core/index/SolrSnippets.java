package org.parallax.core.index;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.article.Span;

/**
 * Solr's highlighted passages as {@link Snippet}s, cut as the local library cuts them: the matches marked by
 * {@link SolrQueries#PRE} and {@link SolrQueries#POST} become spans, and a passage that holds several of the
 * local library's sentences ({@link LineSentenceBreakIterator}: Java's sentence rule joins a line without final
 * punctuation, a crosshead, to the next sentence, and Solr joins neighbouring matching sentences) keeps only its
 * sentences with a match, each a snippet. When nothing in the body matched, the first sentence.
 */
final class SolrSnippets {

    private SolrSnippets() {
    }

    static List<Snippet> of(String body, List<String> fragments) {
        List<Snippet> out = new ArrayList<>();
        int searchFrom = 0;
        boolean anyMatch = fragments.stream().anyMatch(f -> f.contains(SolrQueries.PRE));
        for (String fragment : fragments) {
            StringBuilder plain = new StringBuilder(fragment.length());
            List<Span> spans = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < fragment.length(); i++) {
                char c = fragment.charAt(i);
                if (c == SolrQueries.PRE.charAt(0)) {
                    start = plain.length();
                } else if (c == SolrQueries.POST.charAt(0)) {
                    if (start >= 0 && plain.length() > start) {
                        spans.add(new Span(start, plain.length()));
                    }
                    start = -1;
                } else {
                    plain.append(c);
                }
            }
            String text = plain.toString();
            // Solr's passages may hold several of the local library's sentences: cut them the same way
            LineSentenceBreakIterator sentences = new LineSentenceBreakIterator();
            sentences.setText(text);
            int from = sentences.first();
            for (int to = sentences.next(); to != java.text.BreakIterator.DONE && out.size() < SnippetHighlighter.MAX_SNIPPETS;
                 from = to, to = sentences.next()) {
                int s = from;
                int e = to;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                List<Span> inSentence = new ArrayList<>();
                for (Span sp : spans) {
                    int ms = Math.max(s, sp.start());
                    int me = Math.min(e, sp.end());
                    if (me > ms) {
                        inSentence.add(new Span(ms - s, me - s));
                    }
                }
                if (e > s && (!inSentence.isEmpty() || !anyMatch && out.isEmpty())) {
                    String piece = text.substring(s, e);
                    int at = body.indexOf(piece, searchFrom);
                    if (at < 0) {
                        at = body.indexOf(piece);
                    }
                    if (at >= 0) {
                        searchFrom = at + piece.length();
                    }
                    out.add(new Snippet(piece, Span.merged(inSentence), at));
                    if (!anyMatch) {
                        return out;
                    }
                }
            }
        }
        return out;
    }
}

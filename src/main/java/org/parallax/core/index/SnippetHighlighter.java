package org.parallax.core.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.parallax.core.article.Span;

/**
 * Lucene's {@link UnifiedHighlighter} over the body, returning passages as {@link Snippet}s with offsets
 * instead of HTML. Offsets come from the postings (the body is indexed with offsets), passages are
 * sentences that do not cross line breaks ({@link LineSentenceBreakIterator}), phrases are highlighted only where the whole phrase matches.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int MAX_SNIPPETS = 3;
    private static final int MAX_LENGTH = 10_000_000;

    /** Bodies already read, by document id; others are read from the index. */
    private final Map<Integer, String> bodies;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        this(searcher, analyzer, Map.of());
    }

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> bodies) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_LENGTH)
                .withMaxNoHighlightPassages(1)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(true)
                .withBreakIterator(LineSentenceBreakIterator::new));
        this.bodies = bodies;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        if (bodies.isEmpty() || fields.length != 1 || !fields[0].equals(ArticleDocuments.BODY)) {
            return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
        }
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String body = bodies.get(doc);
            if (body == null) {
                // not read beforehand: read it as the highlighter would
                String stored = searcher.storedFields().document(doc, Set.of(ArticleDocuments.BODY))
                        .get(ArticleDocuments.BODY);
                body = stored == null ? "" : stored;
            }
            out.add(new CharSequence[] {body.length() > MAX_LENGTH ? body.substring(0, MAX_LENGTH) : body});
        }
        return out;
    }

    /** For each document, its body snippets (possibly empty). */
    List<List<Snippet>> bodySnippets(Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Map<String, Object[]> found = highlightFieldsAsObjects(new String[] {ArticleDocuments.BODY}, query,
                docIds, new int[] {MAX_SNIPPETS});
        Object[] perDoc = found.get(ArticleDocuments.BODY);
        List<List<Snippet>> out = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Object o = perDoc == null ? null : perDoc[i];
            @SuppressWarnings("unchecked")
            List<Snippet> snippets = o instanceof List<?> ? (List<Snippet>) o : List.of();
            out.add(snippets);
        }
        return out;
    }

    /** Turns passages into snippets: trimmed text, match offsets relative to it, merged where they touch. */
    static final class SnippetFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int start = p.getStartOffset();
                int end = Math.min(p.getEndOffset(), content.length());
                while (start < end && Character.isWhitespace(content.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                    end--;
                }
                if (start >= end) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int ms = Math.max(start, p.getMatchStarts()[m]);
                    int me = Math.min(end, p.getMatchEnds()[m]);
                    if (me > ms) {
                        spans.add(new Span(ms - start, me - start));
                    }
                }
                out.add(new Snippet(content.substring(start, end), Span.merged(spans), start));
            }
            return out;
        }
    }
}

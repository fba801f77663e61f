package org.parallax.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.article.Span;

import org.parallax.core.extract.attribution.AttributionExtractor;
import org.parallax.core.extract.figure.FigureExtractor;
import org.parallax.core.extract.quote.QuoteExtractor;
import org.parallax.core.text.Languages;
import org.parallax.core.text.QuoteMarks;
import org.parallax.core.text.QuotedStretch;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * Extracts figures, quotes and attributions from one article body and links them: each quote to the attribution
 * that introduces it, each figure to the attribution whose quote or content holds it. Thread-safe and reusable.
 */
public final class Extractor {

    private final FigureFinder figures;
    private final TextSplitter splitter = new TextSplitter();
    private final AttributionExtractor attributions = new AttributionExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();

    /** The full extractor: figures, quotes and attributions. */
    public Extractor() {
        this(new FigureExtractor()::extract);
    }

    public Extractor(FigureFinder figures) {
        this.figures = figures;
    }

    /**
     * What is extracted from an article: its body's figures, quotes and attributions when it is in a language the
     * extraction reads (English, or not known: {@link Languages#extractionReads}), else nothing. The rules read
     * English numbers and speech; on French or Ukrainian text they would give wrong figures ("71,4 millions" as 71
     * and 4), so none is better.
     */
    public Extraction extract(Article article) {
        if (!Languages.extractionReads(article.language())) {
            return Extraction.EMPTY;
        }
        return extract(article.body());
    }

    public Extraction extract(String body) {
        if (body == null || body.isEmpty()) {
            return Extraction.EMPTY;
        }
        List<Sentence> sentences = splitter.sentences(body);
        List<QuotedStretch> marks = QuoteMarks.find(body);
        List<Attribution> atts = attributions.extract(body, sentences, marks);
        List<Quote> qs = quotes.extract(body, sentences, marks, atts);
        List<Figure> fs = link(figures.find(body), qs, atts);
        return new Extraction(fs, qs, atts);
    }

    /**
     * Each figure gets the attribution of the quote holding it, else of the smallest content holding it.
     * Quotes and contents are looked up by their start (binary search), so a body with thousands of figures
     * and attributions links in n log n, not n².
     */
    static List<Figure> link(List<Figure> found, List<Quote> qs, List<Attribution> atts) {
        List<Span> quoteSpans = new ArrayList<>();
        List<Integer> quoteAttribution = new ArrayList<>();
        List<Quote> sortedQuotes = new ArrayList<>(qs);
        sortedQuotes.sort(Comparator.comparingInt(Quote::start));
        int longestQuote = 0;
        for (Quote q : sortedQuotes) {
            if (q.attribution() >= 0) {
                quoteSpans.add(q.span());
                quoteAttribution.add(q.attribution());
                longestQuote = Math.max(longestQuote, q.span().length());
            }
        }
        List<Integer> byContent = new ArrayList<>();
        int longestContent = 0;
        for (int k = 0; k < atts.size(); k++) {
            if (atts.get(k).content() != null) {
                byContent.add(k);
                longestContent = Math.max(longestContent, atts.get(k).content().length());
            }
        }
        byContent.sort(Comparator.comparingInt(k -> atts.get(k).content().start()));
        List<Span> contents = byContent.stream().map(k -> atts.get(k).content()).toList();

        List<Figure> out = new ArrayList<>(found.size());
        for (Figure f : found) {
            int index = -1;
            for (int i = lastStartingAtOrBefore(quoteSpans, f.start()); i >= 0
                    && quoteSpans.get(i).start() >= f.start() - longestQuote; i--) {
                if (quoteSpans.get(i).contains(f.span())) {
                    index = quoteAttribution.get(i);
                    break;
                }
            }
            if (index < 0) {
                int best = Integer.MAX_VALUE;
                for (int i = lastStartingAtOrBefore(contents, f.start()); i >= 0
                        && contents.get(i).start() >= f.start() - longestContent; i--) {
                    Span c = contents.get(i);
                    int k = byContent.get(i);
                    if (c.contains(f.span()) && (c.length() < best || c.length() == best && k < index)) {
                        best = c.length();
                        index = k;
                    }
                }
            }
            out.add(f.withAttribution(index));
        }
        return out;
    }

    /** Index of the last span (sorted by start) starting at or before {@code pos}, or -1. */
    private static int lastStartingAtOrBefore(List<Span> spans, int pos) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= pos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}

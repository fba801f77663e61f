package org.parallax.core.extract;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.extract.attribution.AttributionExtractor;
import org.parallax.core.extract.figure.FigureExtractor;
import org.parallax.core.extract.quote.QuoteExtractor;
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

    /** Each figure gets the attribution of the quote holding it, else of the smallest content holding it. */
    static List<Figure> link(List<Figure> found, List<Quote> qs, List<Attribution> atts) {
        List<Figure> out = new ArrayList<>(found.size());
        for (Figure f : found) {
            int index = -1;
            for (Quote q : qs) {
                if (q.span().contains(f.span()) && q.attribution() >= 0) {
                    index = q.attribution();
                    break;
                }
            }
            if (index < 0) {
                int best = Integer.MAX_VALUE;
                for (int k = 0; k < atts.size(); k++) {
                    Attribution a = atts.get(k);
                    if (a.content() != null && a.content().contains(f.span()) && a.content().length() < best) {
                        best = a.content().length();
                        index = k;
                    }
                }
            }
            out.add(f.withAttribution(index));
        }
        return out;
    }
}

package org.parallax.cli;

import java.util.List;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.index.SearchHit;
import org.parallax.core.index.Snippet;
import org.parallax.core.ingest.ImportOutcome;

/**
 * The JSON the CLI prints. Field names and order are part of the documented interface (README, "JSON
 * output"): add fields at the end, never rename or drop one.
 */
final class Views {

    private Views() {
    }

    /** Items are the headline's first, then the body's; {@code part} says which text an item's offsets index. */
    record ExtractedFile(String file, String title, String outlet, String published, List<FigureView> figures,
                         List<QuoteView> quotes, List<AttributionView> attributions, String headline) {
    }

    record FigureView(String text, int start, int end, Number value, Number low, Number high, String qualifier,
                      String unit, String subject, String part) {
    }

    record QuoteView(String text, int start, int end, String speaker, String part) {
    }

    record AttributionView(String source, String cue, int start, int end, boolean anonymous, String part) {
    }

    /** The part of an article an item was found in: its headline (title and dek) or its body. */
    static final String HEADLINE = "headline";
    static final String BODY = "body";

    record FailedFile(String file, String error) {
    }

    record ArticleView(String id, String file, String outlet, String title, String byline, String wire,
                       String dateline, String published, String url, int words, int figures, int quotes,
                       int attributions, String imported) {
    }

    record ArticleDetail(ArticleView article, List<String> edited, String body, List<String> furniture,
                         ExtractedFile extraction) {
    }

    record SnippetView(String text, List<int[]> highlights) {
    }

    record SearchResult(ArticleView article, float score, List<SnippetView> snippets) {
    }

    record ImportLine(String file, String status, String id, String title, String message) {
    }

    record ImportSummary(List<ImportLine> files, long imported, long duplicate, long skipped, boolean cancelled,
                         String library) {
    }

    /**
     * One article's extraction: {@code head} is what was extracted from {@link Article#headline()} (offsets into
     * it, {@code "part": "headline"}), {@code x} what was extracted from the body.
     */
    static ExtractedFile extracted(String file, Article article, Extraction head, Extraction x) {
        Metadata m = article.metadata();
        List<FigureView> figures = new java.util.ArrayList<>();
        head.figures().forEach(f -> figures.add(figure(f, HEADLINE)));
        x.figures().forEach(f -> figures.add(figure(f, BODY)));
        List<QuoteView> quotes = new java.util.ArrayList<>();
        head.quotes().forEach(q -> quotes.add(quote(q, HEADLINE)));
        x.quotes().forEach(q -> quotes.add(quote(q, BODY)));
        List<AttributionView> attributions = new java.util.ArrayList<>();
        head.attributions().forEach(a -> attributions.add(attribution(a, HEADLINE)));
        x.attributions().forEach(a -> attributions.add(attribution(a, BODY)));
        return new ExtractedFile(file, m.title(), m.outlet(), Json.date(m.published()), figures, quotes,
                attributions, article.headline());
    }

    static FailedFile failedFile(String file, String error) {
        return new FailedFile(file, error);
    }

    static FigureView figure(Figure f, String part) {
        return new FigureView(f.text(), f.start(), f.end(), Json.number(f.value()), Json.number(f.low()),
                Json.number(f.high()), f.qualifier(), f.unit(), f.subject(), part);
    }

    static QuoteView quote(Quote q, String part) {
        return new QuoteView(q.text(), q.start(), q.end(), q.speaker(), part);
    }

    static AttributionView attribution(Attribution a, String part) {
        return new AttributionView(a.source(), a.cueText(), a.start(), a.end(), a.anonymous(), part);
    }

    static ArticleView article(LibraryEntry e) {
        Article a = e.article();
        Metadata m = a.metadata();
        Extraction x = e.extraction() == null ? Extraction.EMPTY : e.extraction();
        return new ArticleView(a.id(), a.source(), m.outlet(), m.title(), m.byline(), m.wire(), m.dateline(),
                Json.date(m.published()), m.url(), a.wordCount(), x.figures().size(), x.quotes().size(),
                x.attributions().size(), e.importedAt() == null ? null : e.importedAt().toString());
    }

    static ArticleDetail detail(LibraryEntry e) {
        Extraction x = e.extraction() == null ? Extraction.EMPTY : e.extraction();
        return new ArticleDetail(article(e), Reports.editedFields(e), e.article().body(), e.article().furniture(),
                extracted(e.article().source(), e.article(), new Extractor().extract(e.article().headline()), x));
    }

    static SearchResult hit(SearchHit h) {
        return new SearchResult(article(h.entry()), h.score(), h.snippets().stream().map(Views::snippet).toList());
    }

    static SnippetView snippet(Snippet s) {
        return new SnippetView(s.text(), s.highlights().stream().map(sp -> new int[] {sp.start(), sp.end()}).toList());
    }

    static ImportLine importLine(ImportOutcome o) {
        return new ImportLine(o.file().toString(), o.status().name().toLowerCase(java.util.Locale.ROOT),
                o.articleId(), o.title(), o.message());
    }
}

package org.parallax.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.align.AlignedRow;
import org.parallax.core.compare.align.Reuse;
import org.parallax.core.compare.claim.AttributionDifference;
import org.parallax.core.compare.claim.AttributionMention;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.compare.text.Passage;
import org.parallax.core.extract.Figure;

/**
 * The report's content as plain records, in the order and with the names of the documented JSON
 * ({@code README.md}, "Comparison report"); the Markdown, HTML and CSV forms are written from the same data.
 * Field names are part of the interface: add at the end, never rename or drop.
 */
public record ReportData(List<ArticleRow> articles, List<FigureGroupRow> figureGroups, List<QuoteGroupRow> quoteGroups,
                         List<AttributionDifferenceRow> attributionDifferences, List<ReuseRow> reuse,
                         List<List<Cell>> alignment) {

    public record ArticleRow(String id, String file, String outlet, String title, String published, String byline,
                             String wire) {
    }

    public record FigureGroupRow(String subject, String verdict, List<String> reasons, List<FigureMentionRow> mentions) {
    }

    /** {@code part}: the text {@code start}/{@code end} index, {@code "headline"} or {@code "body"}. */
    public record FigureMentionRow(int article, String text, int start, int end, Number value, Number low, Number high,
                                   String qualifier, String unit, String source, String part) {

        /** Do the offsets index the article's headline (not its body)? */
        public boolean inHeadline() {
            return Part.HEADLINE.label().equals(part);
        }
    }

    public record QuoteGroupRow(List<String> flags, List<QuoteMentionRow> mentions) {
    }

    public record QuoteMentionRow(int article, String text, int start, int end, String speaker, boolean quoted,
                                  String part) {
    }

    public record AttributionDifferenceRow(String claim, List<AttributionMentionRow> mentions) {
    }

    public record AttributionMentionRow(int article, String source, int start, int end, String part) {

        /** Do the offsets index the article's headline (not its body)? */
        public boolean inHeadline() {
            return Part.HEADLINE.label().equals(part);
        }
    }

    public record ReuseRow(String kind, double score, Cell a, Cell b) {
    }

    public record Cell(int article, int start, int end) {
    }

    /** The report data of a comparison. */
    public static ReportData of(Comparison c) {
        List<ArticleRow> articles = new ArrayList<>();
        for (Article a : c.articles()) {
            Metadata m = a.metadata();
            articles.add(new ArticleRow(a.id(), a.source(), m.outlet(), m.title(),
                    m.published() == null ? null : m.published().toString(), m.byline(), m.wire()));
        }
        List<FigureGroupRow> figures = new ArrayList<>();
        // what a fact-checker looks at first: disagreements, then compatible figures, agreements, lone figures
        List<FigureGroup> groups = new ArrayList<>(c.claims().figureGroups());
        groups.sort(Comparator.comparingInt((FigureGroup g) -> rank(g.verdict()))
                .thenComparingInt(g -> -g.mentions().size()));
        for (FigureGroup g : groups) {
            List<FigureMentionRow> mentions = new ArrayList<>();
            for (FigureMention fm : g.mentions()) {
                Figure f = fm.figure();
                mentions.add(new FigureMentionRow(fm.article(), f.text(), f.start(), f.end(), number(f.value()),
                        number(f.low()), number(f.high()), f.qualifier(), f.unit(), fm.source(), fm.part().label()));
            }
            figures.add(new FigureGroupRow(g.subject(), lower(g.verdict().name()), g.reasons(), mentions));
        }
        List<QuoteGroupRow> quotes = new ArrayList<>();
        for (QuoteGroup g : c.claims().quoteGroups()) {
            List<QuoteMentionRow> mentions = new ArrayList<>();
            for (QuoteMention q : g.mentions()) {
                mentions.add(new QuoteMentionRow(q.article(), q.text(), q.span().start(), q.span().end(), q.speaker(),
                        q.quoted(), q.part().label()));
            }
            List<String> flags = g.flags().stream().sorted().map(ReportData::flag).toList();
            quotes.add(new QuoteGroupRow(flags, mentions));
        }
        List<AttributionDifferenceRow> attributions = new ArrayList<>();
        for (AttributionDifference d : c.claims().attributionDifferences()) {
            List<AttributionMentionRow> mentions = new ArrayList<>();
            for (AttributionMention m : d.mentions()) {
                Span s = m.span();
                mentions.add(new AttributionMentionRow(m.article(), m.source(), s == null ? -1 : s.start(),
                        s == null ? -1 : s.end(), m.part().label()));
            }
            attributions.add(new AttributionDifferenceRow(d.claim(), mentions));
        }
        List<ReuseRow> reuse = new ArrayList<>();
        for (Reuse r : c.alignment().reuse()) {
            reuse.add(new ReuseRow(lower(r.kind().name()), Math.round(r.score() * 1000) / 1000.0, cell(r.a()), cell(r.b())));
        }
        List<List<Cell>> alignment = new ArrayList<>();
        for (AlignedRow row : c.alignment().rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Optional<Passage> p : row.cells()) {
                p.ifPresent(passage -> cells.add(cell(passage)));
            }
            alignment.add(cells);
        }
        return new ReportData(articles, figures, quotes, attributions, reuse, alignment);
    }

    /** The outlet of an article as people read it: its outlet, or "Outlet not stated (article N)". */
    public String outletOf(int article) {
        return Metadata.outletOrNumber(articles.get(article).outlet(), article);
    }

    private static int rank(Verdict v) {
        return switch (v) {
            case DIFFER -> 0;
            case CONSISTENT -> 1;
            case AGREE -> 2;
            case SINGLE -> 3;
        };
    }

    static String flag(QuoteFlag f) {
        return lower(f.name()).replace('_', ' ');
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static Cell cell(Passage p) {
        return new Cell(p.article(), p.span().start(), p.span().end());
    }

    /** A number as JSON shows it best: whole numbers without ".0" (100000, not 100000.0). */
    public static Number number(Double d) {
        if (d == null) {
            return null;
        }
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 9.0e15) {
            return d.longValue();
        }
        return d;
    }
}

package org.parallax.core.report;

import java.util.List;
import org.parallax.core.compare.Comparison;
import org.parallax.core.report.ReportData.ArticleRow;
import org.parallax.core.report.ReportData.AttributionDifferenceRow;
import org.parallax.core.report.ReportData.AttributionMentionRow;
import org.parallax.core.report.ReportData.Cell;
import org.parallax.core.report.ReportData.FigureGroupRow;
import org.parallax.core.report.ReportData.FigureMentionRow;
import org.parallax.core.report.ReportData.QuoteGroupRow;
import org.parallax.core.report.ReportData.QuoteMentionRow;
import org.parallax.core.report.ReportData.ReuseRow;

/** The report as Markdown; article text is escaped so it cannot break tables or inject HTML. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String write(Comparison c, ReportData d) {
        StringBuilder md = new StringBuilder();
        md.append("# Comparison of ").append(d.articles().size()).append(" articles\n\n");
        md.append("| # | Outlet | Published | Title | Byline |\n|---|---|---|---|---|\n");
        for (int i = 0; i < d.articles().size(); i++) {
            ArticleRow a = d.articles().get(i);
            md.append("| ").append(i + 1).append(" | ").append(esc(d.outletOf(i))).append(" | ")
                    .append(a.published() == null ? "undated" : a.published()).append(" | ").append(esc(a.title()))
                    .append(" | ").append(esc(a.byline())).append(" |\n");
        }

        md.append("\n## Figures\n\n");
        if (d.figureGroups().isEmpty()) {
            md.append("No figures found.\n");
        }
        for (FigureGroupRow g : d.figureGroups()) {
            md.append("### ").append(Excerpts.symbol(g.verdict())).append(' ').append(g.verdict().toUpperCase())
                    .append(" \u2014 ").append(esc(g.subject())).append("\n\n");
            if (!g.reasons().isEmpty()) {
                md.append("Why: ").append(esc(String.join("; ", g.reasons()))).append("\n\n");
            }
            md.append("| Outlet | Published | Figure | Source |\n|---|---|---|---|\n");
            for (FigureMentionRow m : g.mentions()) {
                md.append("| ").append(esc(d.outletOf(m.article()))).append(" | ")
                        .append(published(d, m.article())).append(" | ").append(esc(m.text()))
                        .append(m.inHeadline() ? " (headline)" : "").append(" | ")
                        .append(m.source() == null ? "\u2014" : esc(m.source())).append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Quotes\n\n");
        if (d.quoteGroups().isEmpty()) {
            md.append("No quote appears in more than one place.\n");
        }
        for (QuoteGroupRow g : d.quoteGroups()) {
            QuoteMentionRow first = g.mentions().get(0);
            md.append("### \u201C").append(esc(Excerpts.cut(first.text(), 90))).append("\u201D");
            if (!g.flags().isEmpty()) {
                md.append(" \u2014 ").append(String.join(", ", g.flags()));
            }
            md.append("\n\n| Outlet | Speaker | Words |\n|---|---|---|\n");
            for (QuoteMentionRow m : g.mentions()) {
                md.append("| ").append(esc(d.outletOf(m.article()))).append(" | ")
                        .append(m.speaker() == null ? "unknown" : esc(m.speaker())).append(" | ")
                        .append(m.quoted() ? "\u201C" + esc(m.text()) + "\u201D" : "(paraphrase) " + esc(m.text()))
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Attribution differences\n\n");
        if (d.attributionDifferences().isEmpty()) {
            md.append("Every shared claim is credited to the same source.\n");
        }
        for (AttributionDifferenceRow a : d.attributionDifferences()) {
            md.append("- **").append(esc(a.claim())).append("**: ");
            List<String> parts = a.mentions().stream()
                    .map(m -> esc(d.outletOf(m.article())) + " credits " + (m.source() == null ? "no one" : esc(m.source())))
                    .toList();
            md.append(String.join("; ", parts)).append('\n');
        }

        md.append("\n## Text reuse\n\n");
        if (d.reuse().isEmpty()) {
            md.append("No shared or repeated passages.\n");
        }
        for (ReuseRow r : d.reuse()) {
            md.append("- ").append(r.kind()).append(String.format(" (%.2f): ", r.score()))
                    .append(esc(d.outletOf(r.a().article()))).append(" \u201C")
                    .append(esc(Excerpts.of(c, r.a().article(), r.a().start(), r.a().end(), 80))).append("\u201D ~ ")
                    .append(esc(d.outletOf(r.b().article()))).append(" \u201C")
                    .append(esc(Excerpts.of(c, r.b().article(), r.b().start(), r.b().end(), 80))).append("\u201D\n");
        }

        md.append("\n## Aligned passages\n\nPassages that report the same thing in several articles.\n\n");
        int shown = 0;
        for (List<Cell> row : d.alignment()) {
            if (row.size() < 2) {
                continue;
            }
            shown++;
            for (Cell cell : row) {
                md.append("- ").append(esc(d.outletOf(cell.article()))).append(": ")
                        .append(esc(Excerpts.of(c, cell.article(), cell.start(), cell.end(), 160))).append('\n');
            }
            md.append('\n');
        }
        if (shown == 0) {
            md.append("No passage is shared by two articles.\n");
        }
        return md.toString();
    }

    private static String published(ReportData d, int article) {
        String p = d.articles().get(article).published();
        return p == null ? "undated" : p;
    }

    /** Escapes Markdown and HTML syntax in article-derived text. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.replaceAll("\\s+", " ").toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}

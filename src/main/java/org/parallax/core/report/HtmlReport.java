package org.parallax.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
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

/**
 * The report as one self-contained, printable HTML file that a journalist can attach to a fact-check. Built as
 * a jsoup document, so every piece of article text is set as text and escaped; a Content-Security-Policy
 * forbids scripts and any request, so even a page that slipped through could run or fetch nothing.
 */
final class HtmlReport {

    private static final String CSS = """
            :root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#fff; --soft:#f6f8fa;
              --agree:#1a7f37; --consistent:#0969da; --differ:#cf222e; --single:#6e7781; }
            * { box-sizing: border-box; }
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
              color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 1200px; padding: 24px; }
            h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px;
              border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 0 0 6px; }
            .muted { color: var(--muted); }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
            th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
            th { background: var(--soft); font-weight: 600; }
            .card { border: 1px solid var(--line); border-left: 5px solid var(--single); border-radius: 6px;
              padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
            .card.agree { border-left-color: var(--agree); } .card.consistent { border-left-color: var(--consistent); }
            .card.differ { border-left-color: var(--differ); }
            .badge { display: inline-block; font-weight: 700; font-size: 12px; letter-spacing: .04em;
              padding: 1px 8px; border-radius: 10px; color: #fff; background: var(--single); margin-right: 8px; }
            .badge.agree { background: var(--agree); } .badge.consistent { background: var(--consistent); }
            .badge.differ { background: var(--differ); } .badge.flag { background: #8250df; }
            mark { background: none; color: inherit; font-weight: 600; text-decoration-thickness: 2px;
              text-underline-offset: 3px; text-decoration-line: underline; }
            mark.agree { text-decoration-style: solid; text-decoration-color: var(--agree); }
            mark.consistent { text-decoration-style: dashed; text-decoration-color: var(--consistent); }
            mark.differ { text-decoration-style: wavy; text-decoration-color: var(--differ); color: var(--differ); }
            mark.single { text-decoration-style: dotted; text-decoration-color: var(--single); }
            .why { margin: 2px 0 6px; } .legend span { margin-right: 16px; }
            .aligned td { width: 1%; font-size: 14px; } .aligned td.empty { background: var(--soft); }
            @media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
            """;

    private HtmlReport() {
    }

    static String write(Comparison c, ReportData d) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title("Parallax: comparison of " + d.articles().size() + " articles");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element body = doc.body();

        body.appendElement("h1").text("Comparison of " + d.articles().size() + " articles");
        long differ = d.figureGroups().stream().filter(g -> g.verdict().equals("differ")).count();
        body.appendElement("p").addClass("muted").text(d.figureGroups().size() + " figure groups (" + differ
                + " differ), " + d.quoteGroups().size() + " shared quotes, " + d.attributionDifferences().size()
                + " attribution differences, " + d.reuse().size() + " reused passages. Made by Parallax, offline.");
        Element legend = body.appendElement("p").addClass("legend");
        for (String v : List.of("agree", "consistent", "differ", "single")) {
            legend.appendElement("span").appendElement("mark").addClass(v)
                    .text(Excerpts.symbol(v) + " " + v);
        }

        body.appendElement("h2").text("Articles");
        Element articles = body.appendElement("table");
        header(articles, "#", "Outlet", "Published", "Title", "Byline", "Wire", "File");
        for (int i = 0; i < d.articles().size(); i++) {
            ArticleRow a = d.articles().get(i);
            row(articles, String.valueOf(i + 1), d.outletOf(i), a.published() == null ? "undated" : a.published(),
                    a.title(), a.byline(), a.wire(), a.file());
        }

        body.appendElement("h2").text("Figures");
        if (d.figureGroups().isEmpty()) {
            body.appendElement("p").addClass("muted").text("No figures found.");
        }
        for (FigureGroupRow g : d.figureGroups()) {
            Element card = body.appendElement("div").addClass("card").addClass(g.verdict());
            Element h = card.appendElement("h3");
            h.appendElement("span").addClass("badge").addClass(g.verdict())
                    .text(Excerpts.symbol(g.verdict()) + " " + g.verdict().toUpperCase());
            h.appendText(g.subject() == null ? "" : g.subject());
            if (!g.reasons().isEmpty()) {
                card.appendElement("p").addClass("why").text("Why: " + String.join("; ", g.reasons()));
            }
            Element t = card.appendElement("table");
            header(t, "Outlet", "Published", "Figure", "Source");
            for (FigureMentionRow m : g.mentions()) {
                Element tr = t.appendElement("tr");
                tr.appendElement("td").text(d.outletOf(m.article()));
                tr.appendElement("td").text(published(d, m.article()));
                Element figure = tr.appendElement("td");
                figure.appendElement("mark").addClass(g.verdict()).text(m.text());
                if (m.inHeadline()) {
                    figure.appendText(" (headline)");
                }
                tr.appendElement("td").text(m.source() == null ? "\u2014" : m.source());
            }
        }

        body.appendElement("h2").text("Quotes in several places");
        if (d.quoteGroups().isEmpty()) {
            body.appendElement("p").addClass("muted").text("No quote appears in more than one place.");
        }
        for (QuoteGroupRow g : d.quoteGroups()) {
            Element card = body.appendElement("div").addClass("card");
            Element h = card.appendElement("h3");
            for (String f : g.flags()) {
                h.appendElement("span").addClass("badge").addClass("flag").text(f);
            }
            h.appendText("\u201C" + Excerpts.cut(g.mentions().get(0).text(), 100) + "\u201D");
            Element t = card.appendElement("table");
            header(t, "Outlet", "Speaker", "Words");
            for (QuoteMentionRow m : g.mentions()) {
                row(t, d.outletOf(m.article()), m.speaker() == null ? "unknown" : m.speaker(),
                        m.quoted() ? "\u201C" + m.text() + "\u201D" : "(paraphrase) " + m.text());
            }
        }

        body.appendElement("h2").text("Attribution differences");
        if (d.attributionDifferences().isEmpty()) {
            body.appendElement("p").addClass("muted").text("Every shared claim is credited to the same source.");
        }
        for (AttributionDifferenceRow a : d.attributionDifferences()) {
            Element card = body.appendElement("div").addClass("card").addClass("differ");
            card.appendElement("h3").text(a.claim());
            Element t = card.appendElement("table");
            header(t, "Outlet", "Credited to", "Where");
            for (AttributionMentionRow m : a.mentions()) {
                row(t, d.outletOf(m.article()), m.source() == null ? "no one named" : m.source(),
                        m.start() < 0 ? "" : m.inHeadline()
                                ? "(headline) " + Excerpts.of(c.articles().get(m.article()).headline(), 0,
                                        Integer.MAX_VALUE, 160)
                                : Excerpts.of(c, m.article(), sentenceStart(c, m.article(), m.start()),
                                        sentenceEnd(c, m.article(), m.end()), 160));
            }
        }

        body.appendElement("h2").text("Text reuse");
        if (d.reuse().isEmpty()) {
            body.appendElement("p").addClass("muted").text("No shared or repeated passages.");
        } else {
            Element t = body.appendElement("table");
            header(t, "Kind", "Score", "Passage", "Also in");
            for (ReuseRow r : d.reuse()) {
                row(t, r.kind(), String.format("%.2f", r.score()),
                        d.outletOf(r.a().article()) + ": " + Excerpts.of(c, r.a().article(), r.a().start(), r.a().end(), 200),
                        d.outletOf(r.b().article()) + ": " + Excerpts.of(c, r.b().article(), r.b().start(), r.b().end(), 200));
            }
        }

        body.appendElement("h2").text("Aligned passages");
        body.appendElement("p").addClass("muted").text("Passages that report the same thing, side by side; figures are "
                + "marked by their group's verdict.");
        Element t = body.appendElement("table").addClass("aligned");
        List<String> heads = new ArrayList<>();
        for (int i = 0; i < d.articles().size(); i++) {
            heads.add(d.outletOf(i));
        }
        header(t, heads.toArray(String[]::new));
        List<Marked> marks = marks(d);
        for (List<Cell> row : d.alignment()) {
            if (row.size() < 2) {
                continue;
            }
            Element tr = t.appendElement("tr");
            for (int i = 0; i < d.articles().size(); i++) {
                Element td = tr.appendElement("td");
                Cell cell = null;
                for (Cell x : row) {
                    if (x.article() == i) {
                        cell = x;
                    }
                }
                if (cell == null) {
                    td.addClass("empty");
                } else {
                    passage(td, c.articles().get(i).body(), cell, marks);
                }
            }
        }
        return doc.outerHtml() + "\n";
    }

    /** A figure's place in an article body with its group's verdict (headline mentions are not marked). */
    private record Marked(int article, int start, int end, String verdict) {
    }

    private static List<Marked> marks(ReportData d) {
        List<Marked> out = new ArrayList<>();
        for (FigureGroupRow g : d.figureGroups()) {
            for (FigureMentionRow m : g.mentions()) {
                if (!m.inHeadline()) {
                    out.add(new Marked(m.article(), m.start(), m.end(), g.verdict()));
                }
            }
        }
        out.sort(Comparator.comparingInt(Marked::start));
        return out;
    }

    private static void passage(Element td, String body, Cell cell, List<Marked> marks) {
        int at = cell.start();
        for (Marked m : marks) {
            if (m.article() != cell.article() || m.start() < at || m.end() > cell.end()) {
                continue;
            }
            td.appendText(body.substring(at, m.start()));
            td.appendElement("mark").addClass(m.verdict()).text(body.substring(m.start(), m.end()));
            at = m.end();
        }
        td.appendText(body.substring(at, cell.end()));
    }

    private static int sentenceStart(Comparison c, int article, int at) {
        String body = c.articles().get(article).body();
        int s = Math.min(at, body.length());
        while (s > 0 && body.charAt(s - 1) != '\n') {
            s--;
        }
        return s;
    }

    private static int sentenceEnd(Comparison c, int article, int at) {
        String body = c.articles().get(article).body();
        int e = body.indexOf('\n', Math.min(at, body.length()));
        return e < 0 ? body.length() : e;
    }

    private static String published(ReportData d, int article) {
        String p = d.articles().get(article).published();
        return p == null ? "undated" : p;
    }

    private static void header(Element table, String... names) {
        Element tr = table.appendElement("tr");
        for (String n : names) {
            tr.appendElement("th").text(n == null ? "" : n);
        }
    }

    private static void row(Element table, String... cells) {
        Element tr = table.appendElement("tr");
        for (String cell : cells) {
            tr.appendElement("td").text(cell == null ? "" : cell);
        }
    }
}

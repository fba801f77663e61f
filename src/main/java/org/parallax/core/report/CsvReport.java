package org.parallax.core.report;

import java.util.List;
import org.parallax.core.report.ReportData.FigureGroupRow;
import org.parallax.core.report.ReportData.FigureMentionRow;

/**
 * The figures of a comparison as one CSV table (RFC 4180: comma-separated, fields quoted when needed), one row
 * per figure mention: the spreadsheet a fact-checker sorts and filters.
 */
final class CsvReport {

    private CsvReport() {
    }

    static String write(ReportData data) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("group", "subject", "verdict", "reasons", "outlet", "published", "title", "text", "value",
                "low", "high", "qualifier", "unit", "source", "start", "end", "part"));
        int n = 0;
        for (FigureGroupRow g : data.figureGroups()) {
            n++;
            for (FigureMentionRow m : g.mentions()) {
                ReportData.ArticleRow a = data.articles().get(m.article());
                row(out, List.of(String.valueOf(n), g.subject(), g.verdict(), String.join("; ", g.reasons()),
                        data.outletOf(m.article()), str(a.published()), str(a.title()), m.text(), str(m.value()),
                        str(m.low()), str(m.high()), str(m.qualifier()), str(m.unit()), str(m.source()),
                        String.valueOf(m.start()), String.valueOf(m.end()), str(m.part())));
            }
        }
        return out.toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            // a leading =, +, - or @ would be read as a formula by spreadsheets: quote it as text
            boolean formula = !f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?[0-9.]+");
            if (formula) {
                f = "'" + f;
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append("\r\n");
    }
}

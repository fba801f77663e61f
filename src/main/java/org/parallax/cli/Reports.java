package org.parallax.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;
import org.parallax.core.index.LibraryEntry;
import org.parallax.core.text.Languages;

/** The CLI's text for people (the JSON is in {@link Views}). */
final class Reports {

    private static final int WIDTH = 100;

    private Reports() {
    }

    static void extraction(PrintWriter out, String file, Article article, Extraction x) {
        extraction(out, file, article, Extraction.EMPTY, x);
    }

    /** As above, with what was found in the headline (title and dek) listed first. */
    static void extraction(PrintWriter out, String file, Article article, Extraction head, Extraction x) {
        out.println(file);
        header(out, article);
        out.printf("  %,d words · %d figures · %d quotes · %d attributions%n%n", article.wordCount(),
                x.figures().size(), x.quotes().size(), x.attributions().size());
        if (!head.figures().isEmpty() || !head.quotes().isEmpty()) {
            out.println("  IN THE HEADLINE");
            for (Figure f : head.figures()) {
                out.printf("    %-44s %s%n", cut(f.text(), 44), meaning(f));
            }
            for (Quote q : head.quotes()) {
                out.printf("    \u201C%s\u201D%n", cut(q.text(), WIDTH - 10));
            }
            out.println();
        }
        if (!x.figures().isEmpty()) {
            out.println("  FIGURES");
            for (Figure f : x.figures()) {
                String source = f.attribution() >= 0 ? "   [" + sourceOf(x.attributions().get(f.attribution())) + "]" : "";
                out.printf("    %-44s %s%s%n", cut(f.text(), 44), meaning(f), source);
            }
            out.println();
        }
        if (!x.quotes().isEmpty()) {
            out.println("  QUOTES");
            for (Quote q : x.quotes()) {
                String speaker = q.speaker() == null ? "(speaker unknown)" : q.speaker();
                out.printf("    \u201C%s\u201D%n        \u2014 %s%n", cut(q.text(), WIDTH - 10), speaker);
            }
            out.println();
        }
        if (!x.attributions().isEmpty()) {
            out.println("  ATTRIBUTIONS");
            for (Attribution a : x.attributions()) {
                String content = a.content() == null ? ""
                        : ": \u201C" + cut(oneLine(a.content().of(article.body())), 60) + "\u201D";
                out.printf("    %s \u2014 %s%s%n", sourceOf(a), a.cueText(), content);
            }
            out.println();
        }
    }

    static void header(PrintWriter out, Article article) {
        Metadata m = article.metadata();
        out.println("  " + (m.title() == null ? "(untitled)" : m.title()));
        if (article.dek() != null) {
            out.println("  " + article.dek());
        }
        List<String> parts = new ArrayList<>();
        parts.add(m.outlet() == null ? Metadata.OUTLET_NOT_STATED : m.outlet());
        parts.add(m.published() == null ? "undated" : m.published().toString());
        if (m.byline() != null) {
            parts.add("by " + m.byline());
        }
        if (m.wire() != null) {
            parts.add(m.wire());
        }
        if (m.dateline() != null) {
            parts.add(m.dateline());
        }
        if (article.language() != null) {
            parts.add(Languages.name(article.language()));
        }
        out.println("  " + String.join(" \u00B7 ", parts));
        if (!Languages.extractionReads(article.language())) {
            out.println("  " + englishOnly(article.language()));
        }
    }

    /** What the CLI says of an article not in English: no extraction, and why. */
    static String englishOnly(String language) {
        return "In " + Languages.name(language) + ": figures, quotes and attributions are extracted from English text "
                + "only, so none were extracted.";
    }

    /** What a figure means, for people: "= 100,000 troops (up to)", "= 10,000–15,000 troops". */
    static String meaning(Figure f) {
        String unit = f.unit() == null ? "" : " " + f.unit();
        String qualifier = f.qualifier() == null ? "" : " (" + f.qualifier() + ")";
        if (f.value() != null) {
            return "= " + number(f.value()) + unit + qualifier;
        }
        if (f.low() != null || f.high() != null) {
            return "= " + (f.low() == null ? "?" : number(f.low())) + "\u2013"
                    + (f.high() == null ? "?" : number(f.high())) + unit + qualifier;
        }
        return "= vague" + unit + qualifier;
    }

    static String number(double d) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(d);
    }

    static String sourceOf(Attribution a) {
        if (a.source() != null) {
            return a.source();
        }
        return "no source named";
    }

    static List<String> editedFields(LibraryEntry e) {
        List<String> fields = new ArrayList<>();
        Metadata m = e.edits();
        if (m == null) {
            return fields;
        }
        if (m.title() != null) {
            fields.add("title");
        }
        if (m.outlet() != null) {
            fields.add("outlet");
        }
        if (m.byline() != null) {
            fields.add("byline");
        }
        if (m.wire() != null) {
            fields.add("wire");
        }
        if (m.dateline() != null) {
            fields.add("dateline");
        }
        if (m.published() != null) {
            fields.add("published");
        }
        if (m.url() != null) {
            fields.add("url");
        }
        return fields;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String cut(String s, int max) {
        String t = oneLine(s);
        return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
    }
}

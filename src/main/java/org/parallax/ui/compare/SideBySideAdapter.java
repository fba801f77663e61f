package org.parallax.ui.compare;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.align.AlignedRow;
import org.parallax.core.compare.align.PassageDiff;
import org.parallax.core.compare.align.ReadingOrderRows;
import org.parallax.core.compare.align.WordChange;
import org.parallax.core.compare.claim.AttributionDifference;
import org.parallax.core.compare.claim.AttributionMention;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.compare.text.Passage;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;
import org.parallax.ui.common.Messages;

/**
 * Turns the core's {@link Comparison} into the {@link SideBySideModel} the side-by-side view draws. Plain Java
 * (no JavaFX): runs on a worker thread and in unit tests.
 *
 * <ul>
 *   <li>columns: the articles, in the comparison's order; header = outlet ({@link OutletNames}),
 *       published date, byline, wire, title;</li>
 *   <li>rows: the alignment's rows as the core's {@link ReadingOrderRows} reads them (rows of two or more
 *       passages, each column going forwards); every text still shows once, in order, in the unaligned rows
 *       {@link SideBySideModel#displayRows()} adds between aligned ones;</li>
 *   <li>highlights: every figure mention coloured by its group's verdict, with every outlet's version and the
 *       group's reasons; every quote with its group's flags (a paraphrase of a quote as such); every
 *       attribution with its source, flagged "speaker differs" when an attribution difference involves it;
 *       the word changes of aligned passages where {@link ReadingOrderRows#showsWordChanges} says they help.</li>
 * </ul>
 */
public final class SideBySideAdapter {

    private static final int MAX_WORDING = 160;

    private final Messages messages;
    private final NumberFormat numbers;

    public SideBySideAdapter(Messages messages) {
        this.messages = messages;
        this.numbers = NumberFormat.getNumberInstance(locale(messages));
        this.numbers.setMaximumFractionDigits(2);
    }

    private static Locale locale(Messages messages) {
        Locale l = messages.bundle().getLocale();
        return l == null || l.getLanguage().isEmpty() ? Locale.ENGLISH : l;
    }

    /** The model of {@code comparison}. */
    public SideBySideModel toModel(Comparison comparison) {
        List<Article> articles = comparison.articles();
        int n = articles.size();
        List<List<Highlight>> highlights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            highlights.add(new ArrayList<>());
        }
        addFigures(comparison, highlights);
        addQuotes(comparison, highlights);
        addAttributions(comparison, highlights);
        List<Row> rows = rows(comparison);
        addWordChanges(comparison, rows, highlights);
        List<Column> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            Metadata m = a.metadata();
            columns.add(new Column(new ColumnHeader(OutletNames.of(a, i, messages), m.published(), blankToNull(m.byline()),
                    blankToNull(m.wire()), blankToNull(m.title())), a.body(), highlights.get(i)));
        }
        return new SideBySideModel(columns, rows);
    }

    /** How people are told which article: its outlet, or "Outlet not stated (article 4)" ({@link OutletNames}). */
    public String outletLabel(Comparison comparison, int article) {
        return OutletNames.of(comparison.articles().get(article), article, messages);
    }

    /** A figure's value for people: "11,000", "10,000–15,000", or its vague words. */
    public String valueOf(Figure f) {
        if (f.value() != null) {
            return numbers.format(f.value()) + unitSuffix(f);
        }
        if (f.low() != null && f.high() != null) {
            return numbers.format(f.low()) + "–" + numbers.format(f.high()) + unitSuffix(f);
        }
        return f.qualifier() != null ? f.qualifier() : messages.get("value.vague");
    }

    private static String unitSuffix(Figure f) {
        if (f.unit() == null || "count".equals(f.dimension()) || f.dimension() == null) {
            return "";
        }
        return " " + f.unit();
    }

    // ---- figures ----

    private void addFigures(Comparison c, List<List<Highlight>> out) {
        List<FigureGroup> groups = c.claims().figureGroups();
        List<Set<Span>> grouped = spansPerArticle(c);
        for (int g = 0; g < groups.size(); g++) {
            FigureGroup group = groups.get(g);
            List<Version> versions = new ArrayList<>();
            for (FigureMention m : group.mentions()) {
                versions.add(new Version(outletLabel(c, m.article()), date(c, m.article(), m.date()),
                        m.figure().text(), valueOf(m.figure()), m.source()));
            }
            Verdict verdict = group.verdict();
            String summary = figureSummary(c, group);
            for (FigureMention m : group.mentions()) {
                if (m.part() != Part.BODY) {
                    continue; // highlights mark the body; a headline mention shows among the group's versions
                }
                out.get(m.article()).add(new Highlight(m.figure().span(), HighlightKind.FIGURE, verdict, Set.of(),
                        summary, versions, group.reasons(), ClaimRef.figureGroup(g)));
                grouped.get(m.article()).add(m.figure().span());
            }
        }
        // figures the grouper left out still show, as found in this article only
        for (int a = 0; a < c.articles().size(); a++) {
            for (Figure f : c.extractions().get(a).figures()) {
                if (grouped.get(a).add(f.span())) {
                    Version v = new Version(outletLabel(c, a), date(c, a, null), f.text(), valueOf(f),
                            source(c.extractions().get(a), f.attribution()));
                    out.get(a).add(new Highlight(f.span(), HighlightKind.FIGURE, Verdict.SINGLE, Set.of(),
                            f.subject() == null ? f.text() : f.subject(), List.of(v), List.of(), null));
                }
            }
        }
    }

    /** "North Korean soldiers: 11,000 · 10,000 · 12,000 in 4 outlets". */
    String figureSummary(Comparison c, FigureGroup group) {
        Set<String> values = new LinkedHashSet<>();
        Set<Integer> outlets = new HashSet<>();
        for (FigureMention m : group.mentions()) {
            values.add(valueOf(m.figure()));
            outlets.add(m.article());
        }
        String subject = group.subject() == null || group.subject().isBlank() ? messages.get("value.figure") : group.subject();
        return messages.format("summary.figure", subject, String.join(" · ", values), outlets.size());
    }


    // ---- quotes ----

    private void addQuotes(Comparison c, List<List<Highlight>> out) {
        List<QuoteGroup> groups = c.claims().quoteGroups();
        List<Set<Span>> grouped = spansPerArticle(c);
        for (int g = 0; g < groups.size(); g++) {
            QuoteGroup group = groups.get(g);
            Set<QuoteFlag> flags = group.flags();
            List<Version> versions = new ArrayList<>();
            for (QuoteMention m : group.mentions()) {
                versions.add(new Version(outletLabel(c, m.article()), date(c, m.article(), null), quoteWording(m),
                        null, m.speaker() == null ? messages.get("value.unknownSpeaker") : m.speaker()));
            }
            Verdict verdict = flags.isEmpty() ? Verdict.AGREE : Verdict.DIFFER;
            String summary = quoteSummary(group);
            for (QuoteMention m : group.mentions()) {
                if (m.span().length() == 0 || !grouped.get(m.article()).add(m.span())) {
                    continue;
                }
                out.get(m.article()).add(new Highlight(m.span(), HighlightKind.QUOTE, verdict, flags, summary, versions,
                        List.of(), ClaimRef.quoteGroup(g), !m.quoted()));
            }
        }
        for (int a = 0; a < c.articles().size(); a++) {
            for (Quote q : c.extractions().get(a).quotes()) {
                if (q.span().length() > 0 && grouped.get(a).add(q.span())) {
                    String speaker = q.speaker() == null ? messages.get("value.unknownSpeaker") : q.speaker();
                    Version v = new Version(outletLabel(c, a), date(c, a, null), "“" + clip(q.text()) + "”", null, speaker);
                    out.get(a).add(new Highlight(q.span(), HighlightKind.QUOTE, null, Set.of(),
                            messages.format("summary.quote", speaker), List.of(v), List.of(), null));
                }
            }
        }
    }

    private String quoteSummary(QuoteGroup group) {
        Set<String> speakers = new LinkedHashSet<>();
        for (QuoteMention m : group.mentions()) {
            speakers.add(m.speaker() == null ? messages.get("value.unknownSpeaker") : m.speaker());
        }
        return messages.format("summary.quoteGroup", group.mentions().size(), String.join(" · ", speakers));
    }

    private String quoteWording(QuoteMention m) {
        return m.quoted() ? "“" + clip(m.text()) + "”" : messages.format("value.paraphrase", clip(m.text()));
    }


    // ---- attributions ----

    private void addAttributions(Comparison c, List<List<Highlight>> out) {
        List<AttributionDifference> diffs = c.claims().attributionDifferences();
        List<List<Figure>> figuresBacked = backedFigures(c);
        int n = c.articles().size();
        // which attribution differences each attribution takes part in, and which mentions found one
        List<Map<Integer, Integer>> involved = new ArrayList<>(n);
        Set<AttributionMention> matched = new HashSet<>();
        for (int a = 0; a < n; a++) {
            involved.add(new LinkedHashMap<>());
        }
        for (int d = 0; d < diffs.size(); d++) {
            for (AttributionMention m : diffs.get(d).mentions()) {
                if (m.part() != Part.BODY) {
                    continue;
                }
                Extraction ex = c.extractions().get(m.article());
                for (int k = 0; k < ex.attributions().size(); k++) {
                    if (involves(ex, k, m.span())) {
                        involved.get(m.article()).putIfAbsent(k, d);
                        matched.add(m);
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            Extraction ex = c.extractions().get(a);
            for (int k = 0; k < ex.attributions().size(); k++) {
                Attribution at = ex.attributions().get(k);
                Span span = spanOf(at);
                String source = sourceLabel(at);
                Integer d = involved.get(a).get(k);
                if (d != null) {
                    out.get(a).add(attributionDifference(c, d, span));
                } else {
                    List<String> backs = new ArrayList<>();
                    for (Figure f : figuresBacked.get(a)) {
                        if (f.attribution() == k) {
                            backs.add(f.text());
                        }
                    }
                    String summary = backs.isEmpty() ? messages.format("summary.attribution", source)
                            : messages.format("summary.attributionBacks", source, String.join(" · ", backs));
                    Version v = new Version(outletLabel(c, a), date(c, a, null),
                            at.content() == null ? at.cueText() : clip(at.content().of(c.articles().get(a).body())),
                            null, source);
                    out.get(a).add(new Highlight(span, HighlightKind.ATTRIBUTION, null, Set.of(), summary, List.of(v),
                            List.of(), null));
                }
            }
        }
        // a credited mention no extracted attribution covers (a quote's speaker, say) is marked where it stands
        for (int d = 0; d < diffs.size(); d++) {
            for (AttributionMention m : diffs.get(d).mentions()) {
                if (m.source() != null && m.part() == Part.BODY && !matched.contains(m) && m.span().length() > 0) {
                    out.get(m.article()).add(attributionDifference(c, d, m.span()));
                }
            }
        }
    }

    private Highlight attributionDifference(Comparison c, int d, Span span) {
        AttributionDifference diff = c.claims().attributionDifferences().get(d);
        List<Version> versions = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (AttributionMention m : diff.mentions()) {
            String body = m.part().of(c.articles().get(m.article()));
            String source = m.source() == null ? messages.get("value.noSource") : m.source();
            sources.add(source);
            versions.add(new Version(outletLabel(c, m.article()), date(c, m.article(), null), clip(m.span().of(body)),
                    null, source));
        }
        String summary = messages.format("summary.attributionDifference", clip(diff.claim()), String.join(" · ", sources));
        return new Highlight(span, HighlightKind.ATTRIBUTION, Verdict.DIFFER, Set.of(QuoteFlag.SPEAKER_DIFFERS), summary,
                versions, List.of(), ClaimRef.attributionDifference(d));
    }

    /** Does attribution {@code k} of {@code ex} credit the claim at {@code claim}? */
    private static boolean involves(Extraction ex, int k, Span claim) {
        Attribution at = ex.attributions().get(k);
        if (at.content() != null && at.content().overlaps(claim)) {
            return true;
        }
        if (claim.contains(at.cue()) || at.sourceSpan() != null && claim.contains(at.sourceSpan())) {
            return true;
        }
        for (Figure f : ex.figures()) {
            if (f.attribution() == k && f.span().overlaps(claim)) {
                return true;
            }
        }
        for (Quote q : ex.quotes()) {
            if (q.attribution() == k && q.span().overlaps(claim)) {
                return true;
            }
        }
        return false;
    }

    /** Per article, the figures of groups that do not agree (what a reader should check the source of). */
    private static List<List<Figure>> backedFigures(Comparison c) {
        List<List<Figure>> out = new ArrayList<>();
        for (int a = 0; a < c.articles().size(); a++) {
            out.add(new ArrayList<>());
        }
        for (FigureGroup g : c.claims().figureGroups()) {
            if (g.verdict() == Verdict.DIFFER
                    || g.verdict() == Verdict.CONSISTENT) {
                for (FigureMention m : g.mentions()) {
                    if (m.part() == Part.BODY) {
                        out.get(m.article()).add(m.figure());
                    }
                }
            }
        }
        return out;
    }

    /** The source's name with the cue when they stand together ("Zelensky said"), else the name alone. */
    static Span spanOf(Attribution at) {
        Span cue = at.cue();
        Span source = at.sourceSpan();
        if (source == null) {
            return cue;
        }
        int gap = source.end() <= cue.start() ? cue.start() - source.end()
                : cue.end() <= source.start() ? source.start() - cue.end() : 0;
        if (gap <= 24) {
            return new Span(Math.min(cue.start(), source.start()), Math.max(cue.end(), source.end()));
        }
        return source;
    }

    private String sourceLabel(Attribution at) {
        if (at.source() == null) {
            return messages.get("value.noSource");
        }
        return at.sourceRole() == null ? at.source() : at.source() + " (" + at.sourceRole() + ")";
    }

    private static String source(Extraction ex, int attribution) {
        return attribution >= 0 && attribution < ex.attributions().size() ? ex.attributions().get(attribution).source() : null;
    }

    // ---- rows and word changes ----

    /** The alignment's rows as {@link ReadingOrderRows} reads them (the same rows as the reports). */
    static List<Row> rows(Comparison c) {
        List<Row> out = new ArrayList<>();
        for (List<Span> cells : ReadingOrderRows.of(c.alignment(), c.articles().size())) {
            out.add(new Row(cells, true));
        }
        return out;
    }

    private void addWordChanges(Comparison c, List<Row> rows, List<List<Highlight>> out) {
        int n = c.articles().size();
        List<Set<Span>> shown = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            shown.add(new HashSet<>());
            for (Row r : rows) {
                if (r.cells().get(a) != null) {
                    shown.get(a).add(r.cells().get(a));
                }
            }
        }
        // per article and span: the other outlets' wording of it
        List<Map<Span, List<Version>>> changes = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            changes.add(new LinkedHashMap<>());
        }
        for (PassageDiff d : c.alignment().diffs()) {
            int ia = d.a().article();
            int ib = d.b().article();
            if (!shown.get(ia).contains(d.a().span()) || !shown.get(ib).contains(d.b().span()) || d.changes().isEmpty()) {
                continue;
            }
            if (!ReadingOrderRows.showsWordChanges(d)) {
                continue;
            }
            String bodyA = c.articles().get(ia).body();
            String bodyB = c.articles().get(ib).body();
            for (WordChange w : d.changes()) {
                if (w.inA().length() > 0) {
                    changes.get(ia).computeIfAbsent(w.inA(), s -> new ArrayList<>())
                            .add(new Version(outletLabel(c, ib), date(c, ib, null), wordingOr(w.inB(), bodyB), null, null));
                }
                if (w.inB().length() > 0) {
                    changes.get(ib).computeIfAbsent(w.inB(), s -> new ArrayList<>())
                            .add(new Version(outletLabel(c, ia), date(c, ia, null), wordingOr(w.inA(), bodyA), null, null));
                }
            }
        }
        for (int a = 0; a < n; a++) {
            String body = c.articles().get(a).body();
            for (Map.Entry<Span, List<Version>> e : changes.get(a).entrySet()) {
                List<Version> versions = new ArrayList<>();
                versions.add(new Version(outletLabel(c, a), date(c, a, null), e.getKey().of(body), null, null));
                versions.addAll(e.getValue());
                out.get(a).add(new Highlight(e.getKey(), HighlightKind.WORD_CHANGE, null, Set.of(),
                        messages.get("summary.wordChange"), versions, List.of(), null));
            }
        }
    }

    private String wordingOr(Span span, String body) {
        return span.length() == 0 ? messages.get("value.missing") : span.of(body);
    }

    // ---- helpers ----

    private static List<Set<Span>> spansPerArticle(Comparison c) {
        List<Set<Span>> out = new ArrayList<>();
        for (int a = 0; a < c.articles().size(); a++) {
            out.add(new HashSet<>());
        }
        return out;
    }

    private static LocalDate date(Comparison c, int article, LocalDate given) {
        return given != null ? given : c.articles().get(article).metadata().published();
    }

    private static String clip(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_WORDING ? t : t.substring(0, MAX_WORDING - 1).stripTrailing() + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.parallax.ui.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.AttributionDifference;
import org.parallax.core.compare.claim.AttributionMention;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.ui.common.DateFields;
import org.parallax.ui.common.Messages;

/**
 * The rows of the claims view, built from the core's {@link Comparison} (plain Java: a worker thread or a unit
 * test runs it). One row per figure group, quote group or attribution difference: its name, the verdict, the
 * reason in a few words, and one {@link Chip} per mention (the value as written, the outlet, the date and the
 * credited source), then each outlet's sentence for when the row is opened.
 *
 * <p>Order: the core's first group stays first (the core puts the story's principal quantity there); the others
 * follow by verdict (differ, consistent, agree, one outlet), in the core's order within a verdict.
 *
 * <p>The core gives a figure group's reasons as phrases ("different sources (A vs B)"); the few words shown are
 * derived here from them and from the values when the core gives none. Quote groups have no verdict in the core:
 * here a group whose words or speaker differ is {@link Verdict#DIFFER}, one only cut in some place
 * {@link Verdict#CONSISTENT}, one with the same words everywhere {@link Verdict#AGREE}, one inside a single
 * article {@link Verdict#SINGLE}.
 */
public final class ClaimRows {

    /** Which list of the comparison's claims a row stands for. */
    public enum Kind {
        FIGURE, QUOTE, ATTRIBUTION
    }

    /**
     * One outlet's mention in a row.
     *
     * @param article the article's index in the comparison
     * @param value   the value (or words) as the article writes them
     * @param outlet  the outlet ({@link OutletNames})
     * @param date    the date for people, or "no date"
     * @param source  the credited source, or "not credited"
     * @param dated   false when {@code date} is the "no date" stand-in
     * @param credited false when {@code source} is the "not credited" stand-in
     */
    public record Chip(int article, String value, String outlet, String date, String source, boolean dated,
                       boolean credited) {
    }

    /**
     * One outlet's sentence holding the mention, for an opened row.
     *
     * @param article the article's index
     * @param outlet  the outlet
     * @param text    the sentence
     * @param mark    where the mention stands in {@code text}
     */
    public record Sentence(int article, String outlet, String text, Span mark) {
    }

    /**
     * One row.
     *
     * @param kind        figure, quote or attribution
     * @param index       the index in the comparison's list of that kind (figure groups, quote groups…)
     * @param name        what it is ("Death toll", the speaker of a quote, the claim credited differently)
     * @param verdict     how the mentions compare
     * @param reason      why, in a few words
     * @param chips       one per mention
     * @param notReported the outlets that do not mention it (figure rows)
     * @param sentences   each mention's sentence
     */
    public record Row(Kind kind, int index, String name, Verdict verdict, String reason, List<Chip> chips,
                      List<String> notReported, List<Sentence> sentences) {

        public Row {
            chips = List.copyOf(chips);
            notReported = List.copyOf(notReported);
            sentences = List.copyOf(sentences);
        }

        public ClaimRef claim() {
            return switch (kind) {
                case FIGURE -> ClaimRef.figureGroup(index);
                case QUOTE -> ClaimRef.quoteGroup(index);
                case ATTRIBUTION -> ClaimRef.attributionDifference(index);
            };
        }

        /** Agreeing and single-outlet rows take one line. */
        public boolean compact() {
            return verdict == Verdict.AGREE || verdict == Verdict.SINGLE;
        }
    }

    private static final int MAX_NAME = 60;
    private static final int MAX_VALUE = 48;
    private static final int MAX_REASON = 90;
    private static final int MAX_SENTENCE = 360;

    private final Messages messages;
    private final DateTimeFormatter dates;

    public ClaimRows(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
        this.dates = DateFields.ISO;
    }

    /** The verdict order of rows after the first: differ, consistent, agree, one outlet. */
    static int rank(Verdict v) {
        return switch (v) {
            case DIFFER -> 0;
            case CONSISTENT -> 1;
            case AGREE -> 2;
            case SINGLE -> 3;
        };
    }

    private static List<Row> ordered(List<Row> rows) {
        if (rows.size() < 2) {
            return rows;
        }
        List<Row> rest = new ArrayList<>(rows.subList(1, rows.size()));
        rest.sort(Comparator.comparingInt(r -> rank(r.verdict())));
        List<Row> out = new ArrayList<>(rows.size());
        out.add(rows.get(0));
        out.addAll(rest);
        return out;
    }

    // ---- figures ----

    /** One row per figure group. */
    public List<Row> figures(Comparison c) {
        List<Row> rows = new ArrayList<>();
        List<FigureGroup> groups = c.claims().figureGroups();
        for (int g = 0; g < groups.size(); g++) {
            rows.add(figureRow(c, g, groups.get(g)));
        }
        return ordered(rows);
    }

    private Row figureRow(Comparison c, int index, FigureGroup group) {
        List<FigureMention> mentions = new ArrayList<>(group.mentions());
        mentions.sort(Comparator.comparing((FigureMention m) -> sortValue(m), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> date(c, m.article(), m.date()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(FigureMention::article));
        List<Chip> chips = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Set<Integer> articles = new TreeSet<>();
        for (FigureMention m : mentions) {
            articles.add(m.article());
            chips.add(chip(c, m.article(), m.figure().text(), date(c, m.article(), m.date()), m.source()));
            sentences.add(sentence(c, m.article(), m.part(), m.figure().span()));
        }
        String name = group.subject() == null || group.subject().isBlank() ? messages.get("value.figure")
                : capitalise(clip(group.subject(), MAX_NAME));
        return new Row(Kind.FIGURE, index, name, group.verdict(), figureReason(c, group, articles.size()), chips,
                notReported(c, articles), sentences);
    }

    private static Double sortValue(FigureMention m) {
        return m.figure().value() != null ? m.figure().value() : m.figure().low();
    }

    private String figureReason(Comparison c, FigureGroup group, int outlets) {
        if (group.verdict() == Verdict.SINGLE) {
            return messages.format("claims.reason.single", outlets);
        }
        if (group.verdict() == Verdict.AGREE) {
            return messages.format("claims.reason.agree", outlets);
        }
        if (!group.reasons().isEmpty()) {
            return clip(capitalise(String.join("; ", group.reasons())), MAX_REASON);
        }
        Set<String> values = new LinkedHashSet<>();
        group.mentions().stream().sorted(Comparator.comparing(ClaimRows::sortValue,
                Comparator.nullsLast(Comparator.naturalOrder()))).forEach(m -> values.add(m.figure().text().strip()));
        String key = group.verdict() == Verdict.DIFFER ? "claims.reason.differ" : "claims.reason.consistent";
        return messages.format(key, values.size(), outlets);
    }

    // ---- quotes ----

    /** One row per quote group. */
    public List<Row> quotes(Comparison c) {
        List<Row> rows = new ArrayList<>();
        List<QuoteGroup> groups = c.claims().quoteGroups();
        for (int g = 0; g < groups.size(); g++) {
            QuoteGroup group = groups.get(g);
            Set<Integer> articles = new TreeSet<>();
            Set<String> speakers = new LinkedHashSet<>();
            List<Chip> chips = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (QuoteMention m : group.mentions()) {
                articles.add(m.article());
                String speaker = blankToNull(m.speaker());
                if (speaker != null) {
                    speakers.add(speaker);
                }
                String words = clip(m.text(), MAX_VALUE);
                chips.add(chip(c, m.article(), m.quoted() ? "“" + words + "”" : messages.format("claims.paraphrase", words),
                        date(c, m.article(), null), speaker));
                sentences.add(sentence(c, m.article(), m.part(), m.span()));
            }
            Verdict verdict = articles.size() < 2 ? Verdict.SINGLE
                    : group.flags().contains(QuoteFlag.REWORDED) || group.flags().contains(QuoteFlag.SPEAKER_DIFFERS)
                    ? Verdict.DIFFER : group.flags().contains(QuoteFlag.TRUNCATED) ? Verdict.CONSISTENT : Verdict.AGREE;
            String name = speakers.isEmpty() ? messages.get("value.unknownSpeaker")
                    : clip(String.join(" · ", speakers), MAX_NAME);
            rows.add(new Row(Kind.QUOTE, g, name, verdict, quoteReason(group, articles.size()), chips,
                    List.of(), sentences));
        }
        return ordered(rows);
    }

    private String quoteReason(QuoteGroup group, int outlets) {
        List<String> parts = new ArrayList<>();
        for (QuoteFlag f : new QuoteFlag[] {QuoteFlag.SPEAKER_DIFFERS, QuoteFlag.REWORDED, QuoteFlag.TRUNCATED}) {
            if (group.flags().contains(f)) {
                parts.add(messages.get("claims.quoteFlag." + f.name().toLowerCase(Locale.ROOT)));
            }
        }
        String lead = messages.format("claims.reason.quote", outlets);
        return parts.isEmpty() ? lead + " — " + messages.get("claims.quoteFlag.none") : lead + " — " + String.join(", ", parts);
    }

    // ---- attributions ----

    /** One row per attribution difference. */
    public List<Row> attributions(Comparison c) {
        List<Row> rows = new ArrayList<>();
        List<AttributionDifference> diffs = c.claims().attributionDifferences();
        for (int d = 0; d < diffs.size(); d++) {
            AttributionDifference diff = diffs.get(d);
            Set<String> sources = new LinkedHashSet<>();
            List<Chip> chips = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            for (AttributionMention m : diff.mentions()) {
                String source = blankToNull(m.source());
                sources.add(source == null ? messages.get("claims.notCredited") : source);
                String text = m.part().of(c.articles().get(m.article()));
                chips.add(chip(c, m.article(), clip(m.span().of(text), MAX_VALUE), date(c, m.article(), null), source));
                sentences.add(sentence(c, m.article(), m.part(), m.span()));
            }
            rows.add(new Row(Kind.ATTRIBUTION, d, capitalise(clip(diff.claim(), MAX_NAME)), Verdict.DIFFER,
                    messages.format("claims.reason.attribution", sources.size(), String.join(" vs ", sources)),
                    chips, List.of(), sentences));
        }
        return rows;
    }

    // ---- shared ----

    private Chip chip(Comparison c, int article, String value, LocalDate date, String source) {
        String s = blankToNull(source);
        return new Chip(article, clip(value, MAX_VALUE), OutletNames.of(c.articles().get(article), article, messages),
                date == null ? messages.get("claims.noDate") : dates.format(date),
                s == null ? messages.get("claims.notCredited") : clip(s, MAX_NAME), date != null, s != null);
    }

    private List<String> notReported(Comparison c, Set<Integer> articles) {
        List<String> out = new ArrayList<>();
        for (int a = 0; a < c.articles().size(); a++) {
            if (!articles.contains(a)) {
                out.add(OutletNames.of(c.articles().get(a), a, messages));
            }
        }
        return out;
    }

    private static LocalDate date(Comparison c, int article, LocalDate given) {
        return given != null ? given : c.articles().get(article).metadata().published();
    }

    /**
     * The sentence around {@code span} in the {@code part} of the article it indexes (headline or body), white
     * space folded, and where the span stands in it.
     */
    Sentence sentence(Comparison c, int article, Part part, Span span) {
        String body = part.of(c.articles().get(article));
        int start = Math.max(0, Math.min(span.start(), body.length()));
        int end = Math.max(start, Math.min(span.end(), body.length()));
        int from = start;
        while (from > 0 && !sentenceEndsBefore(body, from) && start - from < MAX_SENTENCE) {
            from--;
        }
        int to = end;
        while (to < body.length() && !sentenceEndsBefore(body, to) && to - end < MAX_SENTENCE) {
            to++;
        }
        String before = fold(body.substring(from, start)).stripLeading();
        String mark = fold(body.substring(start, end));
        String after = fold(body.substring(end, to)).stripTrailing();
        String text = before + mark + after;
        return new Sentence(article, OutletNames.of(c.articles().get(article), article, messages), text,
                new Span(before.length(), before.length() + mark.length()));
    }

    /** True when a sentence ends just before {@code i}: a line break, or . ! ? (and a closing quote) then a space. */
    private static boolean sentenceEndsBefore(String body, int i) {
        char prev = body.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && (body.charAt(k) == '”' || body.charAt(k) == '"' || body.charAt(k) == '’' || body.charAt(k) == ')')) {
            k--;
        }
        char p = body.charAt(k);
        return p == '.' || p == '!' || p == '?';
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static String clip(String s, int max) {
        String t = fold(s).strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? t.substring(0, cut) : t.substring(0, max - 1)).stripTrailing() + "…";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

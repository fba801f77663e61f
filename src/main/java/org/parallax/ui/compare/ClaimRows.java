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
import org.parallax.core.compare.claim.FigureValues;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Figure;
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
     * One outlet's value in a row: its mentions of one value (the same number, as the core's judge sees it) merged
     * into one chip, the value as its most telling mention writes it.
     *
     * @param article  the article's index in the comparison
     * @param value    the value (or words) as the article writes them
     * @param outlet   the outlet ({@link OutletNames})
     * @param date     the date for people, or "no date"
     * @param source   the credited source (two joined, or the first and "+N"), or "not credited"
     * @param dated    false when {@code date} is the "no date" stand-in
     * @param credited false when {@code source} is the "not credited" stand-in
     * @param mentions how many mentions of the article the chip stands for (1 or more)
     * @param sources  every source credited in those mentions, each once
     */
    public record Chip(int article, String value, String outlet, String date, String source, boolean dated,
                       boolean credited, int mentions, List<String> sources) {

        public Chip {
            sources = List.copyOf(sources);
        }

        /** A chip for one mention. */
        public Chip(int article, String value, String outlet, String date, String source, boolean dated,
                    boolean credited) {
            this(article, value, outlet, date, source, dated, credited, 1, credited ? List.of(source) : List.of());
        }
    }

    /**
     * Chips side by side in a row: equal values, or values that can all be true at once ({@code consistent}: they
     * differ only within rounding, a qualifier or a range, and the view brackets them).
     */
    public record Cluster(List<Chip> chips, boolean consistent) {

        public Cluster {
            chips = List.copyOf(chips);
        }
    }

    /** What stands between a row's clusters. */
    public enum Link {
        /** competing values or sources: "vs" */
        VERSUS,
        /** successive reports, by date: "→" */
        THEN
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
     * @param reason      why, in a few words (never cut: it wraps)
     * @param reasons     the core's reasons in full, for the tooltip and the opened row (may be empty)
     * @param clusters    the chips, grouped by meaning, in reading order
     * @param link        what stands between clusters
     * @param notReported the outlets that do not mention it (figure rows)
     * @param sentences   each mention's sentence (every mention, also those merged into one chip)
     */
    public record Row(Kind kind, int index, String name, Verdict verdict, String reason, List<String> reasons,
                      List<Cluster> clusters, Link link, List<String> notReported, List<Sentence> sentences) {

        public Row {
            reasons = List.copyOf(reasons);
            clusters = List.copyOf(clusters);
            notReported = List.copyOf(notReported);
            sentences = List.copyOf(sentences);
        }

        /** A row whose chips stand side by side, in one cluster. */
        public Row(Kind kind, int index, String name, Verdict verdict, String reason, List<Chip> chips,
                   List<String> notReported, List<Sentence> sentences) {
            this(kind, index, name, verdict, reason, List.of(), List.of(new Cluster(chips, false)), Link.VERSUS,
                    notReported, sentences);
        }

        /** Every chip, in reading order. */
        public List<Chip> chips() {
            return clusters.stream().flatMap(c -> c.chips().stream()).toList();
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

        /**
         * The chips of a one-line row: outlets that write the value the same way, on the same date, credited to
         * the same source, share one chip ("three days A, B"), in the order they first come; each keeps its own
         * chip otherwise.
         */
        public List<Chip> compactChips() {
            java.util.Map<String, List<Chip>> same = new java.util.LinkedHashMap<>();
            for (Chip chip : chips()) {
                String key = chip.value().toLowerCase(Locale.ROOT) + "\u0000" + chip.date() + "\u0000" + chip.source();
                same.computeIfAbsent(key, k -> new ArrayList<>()).add(chip);
            }
            List<Chip> out = new ArrayList<>();
            for (List<Chip> chips : same.values()) {
                Chip first = chips.get(0);
                if (chips.size() == 1) {
                    out.add(first);
                    continue;
                }
                String outlets = String.join(", ", chips.stream().map(Chip::outlet).distinct().toList());
                out.add(new Chip(first.article(), first.value(), outlets, first.date(), first.source(), first.dated(),
                        first.credited(), chips.stream().mapToInt(Chip::mentions).sum(), first.sources()));
            }
            return out;
        }
    }

    private static final int MAX_NAME = 60;
    private static final int MAX_VALUE = 48;
    /** two credited sources longer than this together show as the first and "+1" */
    private static final int MAX_JOINED = 40;
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
        // the sentences: every mention, as before (by value, date, article)
        List<FigureMention> mentions = new ArrayList<>(group.mentions());
        mentions.sort(Comparator.comparing((FigureMention m) -> sortValue(m), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> date(c, m.article(), m.date()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(FigureMention::article));
        Set<Integer> articles = new TreeSet<>();
        for (FigureMention m : mentions) {
            articles.add(m.article());
        }
        String name = group.subject() == null || group.subject().isBlank() ? messages.get("value.figure")
                : capitalise(clip(group.subject(), MAX_NAME));
        boolean successive = group.reportedOnDifferentDays();
        List<Merged> merged = merged(c, mentions);
        List<Cluster> clusters = clusters(merged, successive);
        // the sentences in the chips' order, each chip's mentions together (headline first, then the body's)
        List<Sentence> sentences = new ArrayList<>();
        for (Cluster cluster : clusters) {
            for (Chip chip : cluster.chips()) {
                Merged m = merged.stream().filter(x -> x.chip() == chip).findFirst().orElseThrow();
                m.mentions().stream().sorted(Comparator.comparing((FigureMention x) -> x.part() != Part.HEADLINE)
                        .thenComparingInt(x -> x.figure().span().start()))
                        .forEach(x -> sentences.add(sentence(c, x.article(), x.part(), x.figure().span())));
            }
        }
        List<String> reasons = group.reasons();
        return new Row(Kind.FIGURE, index, name, group.verdict(), figureReason(group, articles.size(), clusters.size()),
                reasons, clusters, successive ? Link.THEN : Link.VERSUS, notReported(c, articles), sentences);
    }

    /** A chip and the figure it shows (its most telling mention's), while a row's chips are being arranged. */
    private record Merged(Chip chip, FigureMention shown, LocalDate date, List<FigureMention> mentions) {
    }

    /**
     * One chip per outlet per value: an article's mentions of the same number (the judge's "same", qualifiers
     * aside: "2,000" in the headline and "at least 2,000" in the body) become one chip, showing its most telling
     * mention (one credited to a source, then one with a qualifier, then the body's, then the first) and every
     * source credited in them.
     */
    private List<Merged> merged(Comparison c, List<FigureMention> mentions) {
        java.util.Map<Integer, List<List<FigureMention>>> byArticle = new java.util.TreeMap<>();
        for (FigureMention m : mentions) {
            List<List<FigureMention>> values = byArticle.computeIfAbsent(m.article(), a -> new ArrayList<>());
            List<FigureMention> same = values.stream()
                    .filter(v -> sameValue(v.get(0).figure(), m.figure())).findFirst().orElse(null);
            if (same == null) {
                values.add(new ArrayList<>(List.of(m)));
            } else {
                same.add(m);
            }
        }
        List<Merged> out = new ArrayList<>();
        for (List<List<FigureMention>> values : byArticle.values()) {
            for (List<FigureMention> value : values) {
                FigureMention shown = value.stream().min(Comparator
                        .comparing((FigureMention m) -> blankToNull(m.source()) == null)
                        .thenComparing(m -> m.figure().qualifier() == null || m.figure().qualifier().isBlank())
                        .thenComparing(m -> m.part() != Part.BODY)
                        .thenComparingInt(m -> m.figure().span().start())).orElseThrow();
                Set<String> seen = new java.util.HashSet<>();
                List<String> sources = new ArrayList<>();
                for (FigureMention m : value) {
                    String s = blankToNull(m.source());
                    if (s != null && seen.add(s.toLowerCase(Locale.ROOT))) {
                        sources.add(clip(s, MAX_NAME));
                    }
                }
                if (blankToNull(shown.source()) != null) {
                    sources.remove(clip(blankToNull(shown.source()), MAX_NAME));
                    sources.add(0, clip(blankToNull(shown.source()), MAX_NAME));
                }
                LocalDate date = date(c, shown.article(), shown.date());
                String credit = sources.isEmpty() ? messages.get("claims.notCredited")
                        : sources.size() == 1 ? sources.get(0)
                        : sources.size() == 2 && (sources.get(0) + sources.get(1)).length() <= MAX_JOINED
                        ? sources.get(0) + ", " + sources.get(1)
                        : messages.format("claims.moreSources", sources.get(0), sources.size() - 1);
                Chip chip = new Chip(shown.article(), clip(shown.figure().text(), MAX_VALUE),
                        OutletNames.of(c.articles().get(shown.article()), shown.article(), messages),
                        date == null ? messages.get("claims.noDate") : dates.format(date), credit, date != null,
                        !sources.isEmpty(), value.size(), sources);
                out.add(new Merged(chip, shown, date, value));
            }
        }
        return out;
    }

    /**
     * The chips grouped by meaning: by value, and each one beside the values it can be true with (equal, or
     * within rounding, a qualifier or a range: a {@linkplain Cluster#consistent() consistent} cluster) while the
     * next value conflicts with one of them. For successive reports the clusters go by date (the undated keep
     * their place by value), else by value.
     */
    private static List<Cluster> clusters(List<Merged> chips, boolean successive) {
        List<Merged> sorted = new ArrayList<>(chips);
        sorted.sort(Comparator.comparing((Merged m) -> sortValue(m.shown()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Merged::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(m -> m.chip().article()));
        List<List<Merged>> groups = new ArrayList<>();
        for (Merged m : sorted) {
            List<Merged> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.stream().allMatch(o -> FigureValues.same(o.shown().figure(), m.shown().figure())
                    || FigureValues.compatible(o.shown().figure(), m.shown().figure()))) {
                last.add(m);
            } else {
                groups.add(new ArrayList<>(List.of(m)));
            }
        }
        if (successive) {
            // the dated clusters in date order, into the places the dated ones hold by value
            List<Integer> places = new ArrayList<>();
            List<List<Merged>> dated = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (earliest(groups.get(i)) != null) {
                    places.add(i);
                    dated.add(groups.get(i));
                }
            }
            dated.sort(Comparator.comparing(ClaimRows::earliest)); // stable: by value within a day
            for (int k = 0; k < places.size(); k++) {
                groups.set(places.get(k), dated.get(k));
            }
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Merged> g : groups) {
            boolean consistent = false;
            for (int i = 0; i < g.size() && !consistent; i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    if (!sameValue(g.get(i).shown().figure(), g.get(j).shown().figure())) {
                        consistent = true;
                        break;
                    }
                }
            }
            out.add(new Cluster(g.stream().map(Merged::chip).toList(), consistent));
        }
        return out;
    }

    /**
     * The same value: the judge's "same" ({@link FigureValues#same}, qualifiers aside), and the very number unless
     * a unit was converted (the judge allows rounded conversions 1.5 %, which two counted nouns, "dead" and
     * "people", do not need: 2,000 and 2,012 are two values).
     */
    static boolean sameValue(Figure a, Figure b) {
        if (!FigureValues.same(a, b)) {
            return false;
        }
        boolean converted = !Objects.equals(a.unit(), b.unit()) && a.dimension() != null
                && !"count".equals(a.dimension()) && Objects.equals(a.dimension(), b.dimension());
        double x = a.canonicalValue() != null ? a.canonicalValue() : a.value();
        double y = b.canonicalValue() != null ? b.canonicalValue() : b.value();
        return converted || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
    }

    private static LocalDate earliest(List<Merged> cluster) {
        return cluster.stream().map(Merged::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Double sortValue(FigureMention m) {
        return m.figure().value() != null ? m.figure().value() : m.figure().low();
    }

    /**
     * The reason in a few words: the kinds of the core's reasons ("different sources (A vs B vs C)" gives
     * "sources"), joined ("Different sources, qualifiers and units"); the reasons in full go to the tooltip and
     * the opened row. Without reasons: how many values conflict in how many outlets.
     */
    private String figureReason(FigureGroup group, int outlets, int clusters) {
        if (group.verdict() == Verdict.SINGLE) {
            return messages.format("claims.reason.single", outlets);
        }
        if (group.verdict() == Verdict.AGREE) {
            return messages.format("claims.reason.agree", outlets);
        }
        if (!group.reasons().isEmpty()) {
            return capitalise(headline(group.reasons()));
        }
        String key = group.verdict() == Verdict.DIFFER ? "claims.reason.differ" : "claims.reason.consistent";
        return messages.format(key, clusters, outlets);
    }

    /** "different sources (…)", "different units (…)", "reported on different days (…)" → "reported on different days; different sources and units". */
    String headline(List<String> reasons) {
        List<String> kinds = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String r : reasons) {
            int open = r.indexOf(" (");
            String head = (open < 0 ? r : r.substring(0, open)).strip();
            if (head.startsWith(DIFFERENT) && head.length() > DIFFERENT.length()) {
                kinds.add(head.substring(DIFFERENT.length()));
            } else if (!head.isEmpty()) {
                others.add(head);
            }
        }
        if (!kinds.isEmpty()) {
            String last = kinds.remove(kinds.size() - 1);
            others.add(DIFFERENT + (kinds.isEmpty() ? last
                    : messages.format("claims.reason.and", String.join(", ", kinds), last)));
        }
        return String.join("; ", others);
    }

    private static final String DIFFERENT = "different ";

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

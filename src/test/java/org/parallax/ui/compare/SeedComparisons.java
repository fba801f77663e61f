package org.parallax.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.article.Span;

/**
 * Test fixture: a {@link ComparisonModel} built from REAL seed articles with deliberately simple rules, standing
 * in for the extractor and comparer until they land. Bodies are cut by the gold {@code body_starts_with} /
 * last {@code body_ends_with}; figures are every number written with thousands separators; verdicts compare
 * those numbers across outlets; paragraphs are aligned by shared numbers and shared words; word changes come
 * from a token diff of aligned paragraphs.
 */
public final class SeedComparisons {

    /** Seed file names and the gold ids the seeds README maps them to. */
    public static final String SPACEWAR = "spacewar-2024-11-20-zelensky-says-north-korea-may-send-up-to-100000-troops";
    public static final String EUROMAIDAN = "euromaidan-press-undated-north-korea-may-deploy-up-to-100000-troops";
    public static final String UNKNOWN = "unknown-outlet-2024-11-05-over-10000-north-korean-troops-deployed-in-russia";
    private static final Map<String, String> GOLD = Map.of(
            SPACEWAR, "000_0136e9118caa93ec",
            EUROMAIDAN, "001_2fd64e61ddae72be",
            UNKNOWN, "002_c89360cfc73fa7b4");

    static final Pattern NUMBER = Pattern.compile("(?<![\\w,])\\d{1,3}(?:,\\d{3})+(?![\\w,])");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”]{8,}?)[\"”]");
    private static final Pattern CUE = Pattern.compile(
            "\\b(said|says|stated|warned|added|reported|told|confirmed|estimates|has estimated|according to|citing)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’,.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "that", "is",
            "was", "for", "with", "as", "by", "at", "its", "his", "be", "has", "have", "it", "from", "this", "are");

    /** One seed article as the fixture sees it. */
    public record Seed(String name, ColumnHeader header, String body) {
    }

    private SeedComparisons() {
    }

    /** SpaceWar.com (UPI), Euromaidan Press and the unknown outlet: three columns. */
    public static ComparisonModel threeOutlets() {
        return of(List.of(SPACEWAR, EUROMAIDAN, UNKNOWN));
    }

    /** SpaceWar.com and Euromaidan Press. */
    public static ComparisonModel twoOutlets() {
        return of(List.of(SPACEWAR, EUROMAIDAN));
    }

    public static Path seedsDirectory() {
        String dir = System.getProperty("parallax.seeds", "seeds");
        return Path.of(dir);
    }

    public static Seed seed(String name) {
        try {
            String text = Files.readString(seedsDirectory().resolve(name + ".txt"), StandardCharsets.UTF_8);
            JsonNode gold;
            try (InputStream in = SeedComparisons.class.getResourceAsStream("/seeds-gold/" + GOLD.get(name) + ".json")) {
                gold = new ObjectMapper().readTree(in);
            }
            String starts = gold.get("body_starts_with").asText();
            String ends = gold.get("body_ends_with").asText();
            int from = text.indexOf(starts);
            int to = text.lastIndexOf(ends) + ends.length();
            if (from < 0 || to < ends.length()) {
                throw new IllegalStateException("gold body bounds not found in " + name);
            }
            JsonNode a = gold.get("article");
            ColumnHeader header = new ColumnHeader(text(a, "outlet"),
                    text(a, "published") == null ? null : LocalDate.parse(text(a, "published")),
                    text(a, "byline"), text(a, "wire"), text(a, "title"));
            return new Seed(name, header, text.substring(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static ComparisonModel of(List<String> names) {
        List<Seed> seeds = names.stream().map(SeedComparisons::seed).toList();
        List<List<Span>> paragraphs = seeds.stream().map(s -> paragraphs(s.body())).toList();
        List<Row> rows = alignRows(seeds, paragraphs);
        List<List<Highlight>> highlights = new ArrayList<>();
        for (int c = 0; c < seeds.size(); c++) {
            List<Highlight> hs = new ArrayList<>();
            hs.addAll(figures(seeds, c));
            hs.addAll(quotes(seeds.get(c)));
            hs.addAll(attributions(seeds.get(c)));
            highlights.add(hs);
        }
        addWordChanges(seeds, rows, highlights);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < seeds.size(); c++) {
            columns.add(new Column(seeds.get(c).header(), seeds.get(c).body(), highlights.get(c)));
        }
        return new ComparisonModel(columns, rows);
    }

    // ---- paragraphs and alignment ----

    static List<Span> paragraphs(String body) {
        List<Span> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\n\\s*\\n").matcher(body);
        int start = 0;
        while (m.find()) {
            Span s = ComparisonModel.trim(body, start, m.start());
            if (s != null) {
                out.add(s);
            }
            start = m.end();
        }
        Span last = ComparisonModel.trim(body, start, body.length());
        if (last != null) {
            out.add(last);
        }
        return out;
    }

    private static List<Row> alignRows(List<Seed> seeds, List<List<Span>> paragraphs) {
        int n = seeds.size();
        List<Span> pivot = paragraphs.get(0);
        int[][] match = new int[n][];
        for (int c = 1; c < n; c++) {
            match[c] = align(seeds.get(0).body(), pivot, seeds.get(c).body(), paragraphs.get(c));
        }
        List<Row> rows = new ArrayList<>();
        int[] next = new int[n];
        List<List<Span>> pending = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            pending.add(new ArrayList<>());
        }
        for (int i = 0; i < pivot.size(); i++) {
            Span[] cells = new Span[n];
            boolean anchored = false;
            for (int c = 1; c < n; c++) {
                int j = match[c][i];
                if (j >= 0) {
                    anchored = true;
                    for (; next[c] < j; next[c]++) {
                        pending.get(c).add(paragraphs.get(c).get(next[c]));
                    }
                    cells[c] = paragraphs.get(c).get(j);
                    next[c] = j + 1;
                }
            }
            if (!anchored) {
                pending.get(0).add(pivot.get(i));
                continue;
            }
            flush(pending, rows);
            cells[0] = pivot.get(i);
            rows.add(new Row(java.util.Arrays.asList(cells), true));
        }
        for (int c = 1; c < n; c++) {
            for (; next[c] < paragraphs.get(c).size(); next[c]++) {
                pending.get(c).add(paragraphs.get(c).get(next[c]));
            }
        }
        flush(pending, rows);
        return rows;
    }

    /** Unmatched paragraphs side by side in unaligned rows, each column's in order. */
    private static void flush(List<List<Span>> pending, List<Row> rows) {
        int max = pending.stream().mapToInt(List::size).max().orElse(0);
        for (int k = 0; k < max; k++) {
            List<Span> cells = new ArrayList<>();
            for (List<Span> p : pending) {
                cells.add(k < p.size() ? p.get(k) : null);
            }
            rows.add(new Row(cells, false));
        }
        pending.forEach(List::clear);
    }

    /** Monotonic best matching of paragraphs (dynamic programming over a similarity above a threshold). */
    private static int[] align(String bodyA, List<Span> a, String bodyB, List<Span> b) {
        double[][] sim = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                sim[i][j] = similarity(a.get(i).of(bodyA), b.get(j).of(bodyB));
            }
        }
        double[][] best = new double[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                double take = sim[i][j] >= 0.22 ? sim[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int[] match = new int[a.size()];
        java.util.Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (sim[i][j] >= 0.22 && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
                match[i++] = j++;
            } else if (best[i][j] == best[i + 1][j]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }

    static double similarity(String a, String b) {
        Set<String> wa = contentWords(a);
        Set<String> wb = contentWords(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> any = new HashSet<>(wa);
        any.addAll(wb);
        double jaccard = (double) both.size() / any.size();
        boolean sharedNumber = both.stream().anyMatch(w -> NUMBER.matcher(w).matches());
        return jaccard + (sharedNumber ? 0.15 : 0);
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[.,]$", "");
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    // ---- highlights ----

    private record Found(int column, Span span, long value, boolean rangeBound) {
    }

    private static List<Found> numbers(List<Seed> seeds) {
        List<Found> out = new ArrayList<>();
        for (int c = 0; c < seeds.size(); c++) {
            String body = seeds.get(c).body();
            Matcher m = NUMBER.matcher(body);
            while (m.find()) {
                long v = Long.parseLong(m.group().replace(",", ""));
                String before = body.substring(Math.max(0, m.start() - 4), m.start());
                String after = body.substring(m.end(), Math.min(body.length(), m.end() + 4));
                boolean range = before.equals(" to ") && Character.isDigit(body.charAt(Math.max(0, m.start() - 5)))
                        || after.equals(" to ") && m.end() + 4 < body.length() && Character.isDigit(body.charAt(m.end() + 4));
                out.add(new Found(c, new Span(m.start(), m.end()), v, range));
            }
        }
        return out;
    }

    private static List<Highlight> figures(List<Seed> seeds, int column) {
        List<Found> all = numbers(seeds);
        List<Highlight> out = new ArrayList<>();
        for (Found f : all) {
            if (f.column() != column) {
                continue;
            }
            List<Found> same = all.stream().filter(o -> o.column() != column && o.value() == f.value()).toList();
            List<Found> near = all.stream().filter(o -> o.column() != column && o.value() != f.value()
                    && o.value() * 0.8 <= f.value() && f.value() <= o.value() * 1.25).toList();
            Verdict verdict;
            if (!same.isEmpty()) {
                boolean rangeMismatch = same.stream().anyMatch(o -> o.rangeBound() != f.rangeBound());
                verdict = rangeMismatch ? Verdict.CONSISTENT : Verdict.AGREE;
            } else if (!near.isEmpty()) {
                verdict = Verdict.DIFFER;
            } else {
                verdict = Verdict.SINGLE;
            }
            List<Found> group = new ArrayList<>();
            group.add(f);
            group.addAll(same);
            group.addAll(near);
            group.sort(java.util.Comparator.comparingInt(Found::column).thenComparing(Found::span));
            List<Version> versions = new ArrayList<>();
            for (Found g : group) {
                Seed s = seeds.get(g.column());
                versions.add(new Version(outlet(s), s.header().date(), context(s.body(), g.span()),
                        String.format(Locale.ROOT, "%,d", g.value()), null));
            }
            String summary = switch (verdict) {
                case AGREE -> "The same number appears in " + (same.stream().map(Found::column).distinct().count() + 1) + " outlets.";
                case CONSISTENT -> "The same number, but as the bound of a range in some outlets.";
                case DIFFER -> "Other outlets give a different number for what looks like the same count.";
                case SINGLE -> "Only this outlet gives this number.";
            };
            out.add(new Highlight(f.span(), HighlightKind.FIGURE, verdict, Set.of(), summary, versions));
        }
        return out;
    }

    private static String outlet(Seed s) {
        return s.header().outlet() == null ? "Outlet not stated" : s.header().outlet();
    }

    /** The figure with a few words either side. */
    private static String context(String body, Span span) {
        int from = span.start();
        for (int words = 0; from > 0 && words < 3; ) {
            from--;
            if (body.charAt(from) == ' ') {
                words++;
            }
            if (body.charAt(from) == '\n') {
                break;
            }
        }
        int to = span.end();
        for (int words = 0; to < body.length() && words < 4; to++) {
            if (body.charAt(to) == ' ') {
                words++;
            }
            if (body.charAt(to) == '\n') {
                break;
            }
        }
        return "…" + body.substring(from, to).strip() + "…";
    }

    private static List<Highlight> quotes(Seed seed) {
        List<Highlight> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(seed.body());
        while (m.find()) {
            if (m.group(1).trim().split("\\s+").length >= 3) {
                Span s = new Span(m.start(1), m.end(1));
                out.add(new Highlight(s, HighlightKind.QUOTE, Verdict.SINGLE, Set.of(), "Quoted only by this outlet.",
                        List.of(new Version(outlet(seed), seed.header().date(), s.of(seed.body()), null, null))));
            }
        }
        return out;
    }

    private static List<Highlight> attributions(Seed seed) {
        List<Highlight> out = new ArrayList<>();
        Matcher m = CUE.matcher(seed.body());
        while (m.find()) {
            out.add(new Highlight(new Span(m.start(), m.end()), HighlightKind.ATTRIBUTION, null));
        }
        return out;
    }

    /** Small replacements between the first two filled cells of aligned rows (a token diff). */
    private static void addWordChanges(List<Seed> seeds, List<Row> rows, List<List<Highlight>> highlights) {
        for (Row row : rows) {
            if (!row.aligned()) {
                continue;
            }
            for (int col = 1; col < seeds.size(); col++) {
                final int c = col;
                Span a = row.cells().get(0);
                Span b = row.cells().get(c);
                if (a == null || b == null) {
                    continue;
                }
                List<Span> ta = tokens(seeds.get(0).body(), a);
                List<Span> tb = tokens(seeds.get(c).body(), b);
                List<String> wa = ta.stream().map(s -> s.of(seeds.get(0).body()).toLowerCase(Locale.ROOT)).toList();
                List<String> wb = tb.stream().map(s -> s.of(seeds.get(c).body()).toLowerCase(Locale.ROOT)).toList();
                List<AbstractDelta<String>> deltas = DiffUtils.diff(wa, wb).getDeltas();
                int previousEnd = 0;
                for (AbstractDelta<String> d : deltas) {
                    int equalBefore = d.getSource().getPosition() - previousEnd;
                    previousEnd = d.getSource().getPosition() + d.getSource().size();
                    // a short replacement right after at least two shared words: a changed word, not a rewrite
                    if (d.getType() != DeltaType.CHANGE || equalBefore < 2
                            || d.getSource().size() > 3 || d.getTarget().size() > 3) {
                        continue;
                    }
                    Span sa = cover(ta, d.getSource().getPosition(), d.getSource().size());
                    Span sb = cover(tb, d.getTarget().getPosition(), d.getTarget().size());
                    String was = sa.of(seeds.get(0).body());
                    String now = sb.of(seeds.get(c).body());
                    if (NUMBER.matcher(was).find() || NUMBER.matcher(now).find()) {
                        continue; // figures are judged as figures
                    }
                    List<Version> versions = List.of(
                            new Version(outlet(seeds.get(0)), seeds.get(0).header().date(), was, null, null),
                            new Version(outlet(seeds.get(c)), seeds.get(c).header().date(), now, null, null));
                    String summary = "“" + was + "” in " + outlet(seeds.get(0)) + ", “" + now + "” in " + outlet(seeds.get(c)) + ".";
                    addOnce(highlights.get(0), new Highlight(sa, HighlightKind.WORD_CHANGE, null, Set.of(), summary, versions));
                    addOnce(highlights.get(c), new Highlight(sb, HighlightKind.WORD_CHANGE, null, Set.of(), summary, versions));
                }
            }
        }
    }

    private static void addOnce(List<Highlight> list, Highlight h) {
        if (list.stream().noneMatch(x -> x.kind() == HighlightKind.WORD_CHANGE && x.span().overlaps(h.span()))) {
            list.add(h);
        }
    }

    private static List<Span> tokens(String body, Span cell) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(body).region(cell.start(), cell.end());
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static Span cover(List<Span> tokens, int from, int count) {
        return new Span(tokens.get(from).start(), tokens.get(from + count - 1).end());
    }

    /** Every offset in {@code body} where {@code text} starts. */
    public static List<Integer> offsetsOf(String body, String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = body.indexOf(text); i >= 0; i = body.indexOf(text, i + 1)) {
            out.add(i);
        }
        return out;
    }

    static Map<String, Integer> counts(ComparisonModel model) {
        Map<String, Integer> out = new HashMap<>();
        for (Column c : model.columns()) {
            for (Highlight h : c.highlights()) {
                out.merge(h.kind() + "/" + h.verdict(), 1, Integer::sum);
            }
        }
        return out;
    }
}

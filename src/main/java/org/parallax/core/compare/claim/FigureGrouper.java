package org.parallax.core.compare.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.core.article.Part;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;
import org.parallax.core.extract.figure.FigureExtractor;
import org.parallax.core.text.Names;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.Token;

/**
 * Groups figure mentions that refer to one real-world quantity (normalize → align stages; {@link Verdicts} judges).
 *
 * <p>Each figure becomes an {@link Item}: a quantity key, a {@link Modality} read from the words of its clause, the
 * content-word stems around it (IDF-weighted over all mentions compared), the months and years named next to it,
 * the nationality words of its subject, and its source. The key is the figure's quantity frame for a count
 * ({@link QuantityFrames}, {@code quantities.txt}: "killed 296", "1,037 dead" and "the death toll rose to 632" are
 * all deaths), else the counted noun's family ({@link FigureExtractor#kind}) or the measure's dimension
 * (percentages, percentage points, basis points and fractions are one); a scope word ("another", "other",
 * "including") makes a key of its own. Figures can only share a group when key and modality are equal (a
 * projection of a framed count may join the count when the values are close); they may not when they stand in
 * one sentence (unless one converts the other: "478 km² (184 sq mi)"), have different frames, name different
 * months or years, or their subjects name different nationalities. Inside those bounds, average-linkage
 * clustering merges groups whose mean pairwise similarity (context cosine, plus a bonus for the same source and
 * for the same number, minus a penalty between a vague amount and a number) passes the threshold of the key and
 * modality: a frame already says what is counted, so its figures merge on little shared context.
 *
 * <p>A bare number without a unit ("his figure of 100,000") repeats an earlier figure of its article with the same
 * value: it joins that figure (a back-reference); otherwise it joins only a bare number of near-identical context
 * (a copied sentence).
 */
final class FigureGrouper {

    private static final int BACK = 12;
    /** Added to the similarity of two measures stating the same number (on top of the options' bonus). */
    private static final double MEASURE_NUMBER_BONUS = 0.3;
    /** Taken off the similarity of two values of one article that exclude each other ({@link #sameArticleApart}). */
    private static final double SAME_ARTICLE_PENALTY = 0.5;
    /** Taken off the similarity of a vague amount and a number. */
    private static final double VAGUE_PENALTY = 0.2;
    /** Mean similarity two groups of one quantity frame need to merge: the frame already says what is counted. */
    private static final double FRAME_THRESHOLD = 0.02;
    private static final int AHEAD = 10;

    private static final Set<String> PROJECTION_BEFORE = Set.of("could", "may", "might", "will", "would", "shall",
            "expects", "expect", "expected", "expecting", "anticipates", "anticipate", "anticipated", "soon", "grow",
            "extend", "rise", "reach", "plans", "plan", "planned", "planning", "projected", "projects", "forecast",
            "forecasts", "likely", "possibly", "potential", "potentially", "eventually", "predicted", "predicts",
            "'ll", "going", "aims", "aim", "target", "targets");
    private static final Set<String> PROJECTION_AFTER = Set.of("could", "may", "might", "will", "would", "shall",
            "soon");
    private static final Set<String> CURRENT = Set.of("already", "now", "currently", "so far", "total");
    private static final Set<String> CASUALTY = Set.of("killed", "wounded", "dead", "died", "injured", "casualties",
            "deaths", "killing", "wounding", "death", "toll", "dying", "injuring", "fatalities", "lives");
    private static final Set<String> CLAUSE_STOP_AHEAD = Set.of(",", ";", ".", ":", "that", "which", "--", "–", "—",
            "(", ")");

    private final ClaimComparer.Options options;

    FigureGrouper(ClaimComparer.Options options) {
        this.options = options;
    }

    /** One figure mention with what grouping needs. */
    static final class Item {
        final int article;
        /** The text of the article the figure's offsets index. */
        final Part part;
        final Figure figure;
        final String source;
        final LocalDate date;
        final int sentence;
        String key;
        Modality modality = Modality.CURRENT;
        final Map<String, Double> vector = new HashMap<>();
        final Set<String> months = new HashSet<>();
        final Set<String> nationality = new HashSet<>();
        /** The years the figure's clause names ("2.2% in 2025", "this year"), resolved where the date is known. */
        final Set<Integer> years = new HashSet<>();
        /** The quantity frame ({@link QuantityFrames}), or {@code null}. */
        String frame;
        /** Told as an earlier value of its quantity ("initial estimates indicated 3,500"). */
        boolean earlier;
        /** In a general statement about a class, not a report of the story ("magnitude 6 quakes are typically…"). */
        boolean generic;
        final String sourceKey;
        Item backReference;
        double norm;

        Item(int article, Part part, Figure figure, String source, LocalDate date, int sentence) {
            this.article = article;
            this.part = part;
            this.figure = figure;
            this.source = source;
            this.date = date;
            this.sentence = sentence;
            this.sourceKey = source == null ? null : Names.personKey(source);
        }

        FigureMention mention() {
            return new FigureMention(article, figure, source, date, part);
        }
    }

    /** The groups, each a list of items in article and reading order; singletons included. */
    List<List<Item>> group(List<ComparedArticle> articles) {
        List<Item> items = new ArrayList<>();
        int storyYear = storyYear(articles);
        for (int a = 0; a < articles.size(); a++) {
            items.addAll(itemsOf(a, articles.get(a), Part.HEADLINE, storyYear));
            items.addAll(itemsOf(a, articles.get(a), Part.BODY, storyYear));
        }
        weigh(items);
        Map<String, List<Item>> buckets = new LinkedHashMap<>();
        for (Item it : items) {
            if (it.key == null && it.backReference == null) {
                // a bare number: it joins another only on a near-identical context (a copied sentence)
                buckets.computeIfAbsent(BARE + "|" + it.modality, k -> new ArrayList<>()).add(it);
            } else if (it.key != null && it.backReference == null) {
                // a projection of a framed count ("3,738 could be laid off") may be the count itself: one
                // bucket, kept apart below unless the values are close
                Modality m = it.key.startsWith("frame:") && it.modality == Modality.PROJECTION
                        ? Modality.CURRENT : it.modality;
                buckets.computeIfAbsent(it.key + "|" + m, k -> new ArrayList<>()).add(it);
            }
        }
        Map<Item, List<Item>> byRoot = new LinkedHashMap<>();
        for (List<Item> bucket : buckets.values()) {
            for (List<Item> cluster : cluster(bucket)) {
                byRoot.put(cluster.get(0), cluster);
            }
        }
        List<List<Item>> clusters = gatherSpecificCounts(moveSpecificCounts(joinSameValues(new ArrayList<>(byRoot.values()))));
        List<List<Item>> out = new ArrayList<>();
        Map<Item, List<Item>> of = new HashMap<>();
        for (List<Item> c : clusters) {
            List<Item> copy = new ArrayList<>(c);
            for (Item it : c) {
                of.put(it, copy);
            }
            out.add(copy);
        }
        for (Item it : items) {
            if (of.containsKey(it)) {
                continue;
            }
            if (it.backReference != null) {
                List<Item> g = of.get(it.backReference);
                if (g != null) {
                    g.add(it);
                    of.put(it, g);
                    continue;
                }
            }
            List<Item> single = new ArrayList<>(List.of(it));
            of.put(it, single);
            out.add(single);
        }
        Comparator<Item> order = Comparator.<Item>comparingInt(i -> i.article).thenComparing(i -> i.part)
                .thenComparingInt(i -> i.figure.start());
        for (List<Item> g : out) {
            g.sort(order);
        }
        out.sort(Comparator.comparing((List<Item> g) -> g.get(0), order));
        return out;
    }

    // ------------------------------------------------------------------------------------ features

    /** The items of one part of an article (its headline or its body); offsets index that part's text. */
    private List<Item> itemsOf(int a, ComparedArticle article, Part part, int storyYear) {
        String body = article.text(part);
        Extraction ex = article.extraction(part);
        List<Sentence> sentences = ClaimText.sentences(body);
        List<Figure> figures = ex.figures();
        List<Item> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            if (f.start() < 0 || f.end() > body.length()) {
                continue;
            }
            int s = Sentence.indexAt(sentences, f.start());
            out.add(new Item(a, part, f, sourceOf(f, ex), article.published(), s));
        }
        List<Span> figureSpans = new ArrayList<>();
        for (Item it : out) {
            figureSpans.add(it.figure.span());
        }
        int year = referenceYear(article.body(), article.published(), storyYear);
        for (int i = 0; i < out.size(); i++) {
            Item it = out.get(i);
            Sentence s = it.sentence >= 0 ? sentences.get(it.sentence) : null;
            Span sentence = s == null ? new Span(it.figure.start(), it.figure.end()) : s.span();
            int lo = sentence.start();
            int hi = sentence.end();
            if (i > 0 && out.get(i - 1).sentence == it.sentence) {
                lo = Math.max(lo, out.get(i - 1).figure.end());
            }
            if (i + 1 < out.size() && out.get(i + 1).sentence == it.sentence) {
                hi = Math.min(hi, out.get(i + 1).figure.start());
            }
            lo = Math.min(lo, it.figure.start());
            hi = Math.max(hi, it.figure.end());
            List<Token> clause = ClaimText.allTokens(body, sentence);
            List<Span> others = new ArrayList<>(figureSpans);
            others.remove(it.figure.span());
            // a fraction ("half of the staff") is a share: the frames of ratios, not those of rates ("to 3.75%")
            String frameDimension = isFraction(it.figure) ? "ratio" : dimensionOf(it.figure);
            it.frame = FRAMES.frameOf(clause, it.figure.span(), frameDimension, others);
            if (it.frame == null) {
                // the counted noun the extractor found further off ("the number of fish … is now in excess of
                // 43,000"; "About 2,200 of those were minnows") says the frame when the clause does not
                it.frame = FRAMES.frameOfNoun(it.figure.unit(), frameDimension);
            }
            it.key = keyOf(it.figure, it.frame, FRAMES.scoped(clause, it.figure.span()));
            it.earlier = FRAMES.markedBefore("earlier", clause, it.figure.span());
            it.generic = FRAMES.marked("generic", clause, it.figure.span());
            describe(it, body, new Span(lo, hi), sentence, ex.attributions(), figureSpans);
            if (it.frame != null && it.modality == Modality.CASUALTY) {
                it.modality = Modality.CURRENT; // the frame says what is counted; losses are one frame among others
            }
            years(it, clause, year);
            if (year > 0 && it.modality != Modality.PROJECTION && !it.years.isEmpty()
                    && it.years.stream().allMatch(y -> y < year)) {
                it.modality = Modality.PAST;
            }
        }
        // a bare number repeats an earlier figure of the article with the same value ("his figure of 100,000");
        // small numbers (an ordinal "second", "two") are too common to refer back to anything
        for (int i = 0; i < out.size(); i++) {
            Item it = out.get(i);
            if (it.key != null || it.figure.value() == null || Math.abs(it.figure.value()) < MIN_BACK_REFERENCE) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Item earlier = out.get(j);
                if (earlier.key != null && earlier.figure.value() != null
                        && earlier.figure.value().equals(it.figure.value())) {
                    it.backReference = earlier;
                    it.key = earlier.key;
                    it.modality = earlier.modality;
                    break;
                }
            }
        }
        return out;
    }

    private static String sourceOf(Figure f, Extraction ex) {
        for (Quote q : ex.quotes()) {
            if (q.span().contains(f.span()) && q.speaker() != null) {
                return q.speaker();
            }
        }
        int k = f.attribution();
        if (k >= 0 && k < ex.attributions().size()) {
            return ex.attributions().get(k).source();
        }
        return null;
    }

    /** The smallest bare number taken to repeat an earlier figure of the same value. */
    static final double MIN_BACK_REFERENCE = 100;

    private static final QuantityFrames FRAMES = QuantityFrames.DEFAULT;

    /**
     * The quantity key with the frame: a count takes its frame ("frame:deaths"), so that "632" after "the death
     * toll rose to" meets "1,037 dead"; a measure keeps its dimension (percentages, percentage points and basis
     * points are one); a scope word ("another", "other") makes a key of its own.
     */
    static String keyOf(Figure f, String frame, boolean scoped) {
        String key;
        String dimension = dimensionOf(f);
        if (frame != null && FRAMES.anyDimension(frame)) {
            key = "frame:" + frame;
        } else if ("percent".equals(dimension) || "percentage points".equals(dimension)) {
            key = "percent";
        } else if (frame != null && (dimension == null || dimension.equals("count"))) {
            String other = FRAMES.otherKind(frame, f.unit());
            key = "frame:" + frame + (other == null ? "" : ":" + other);
        } else {
            key = keyOf(f);
        }
        return key != null && scoped ? key + ":other" : key;
    }

    /** The figure's dimension, with basis points as percentage points and a fraction ("half of") as percent. */
    static String dimensionOf(Figure f) {
        if (isBasisPoints(f)) {
            return "percentage points";
        }
        if (isFraction(f)) {
            return "percent";
        }
        return f.dimension();
    }

    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile(
            "(?i)\\b(half|halves|thirds?|quarters?|fourths?|fifths?|tenths?)\\b");

    /** "half of the staff", "a tenth": a share written as a fraction below one. */
    static boolean isFraction(Figure f) {
        return f.value() != null && f.value() > 0 && f.value() < 1 && f.text() != null
                && FRACTION.matcher(f.text()).find();
    }

    /** "25 basis points": a count of points to the extractor, a hundredth of a percentage point each. */
    static boolean isBasisPoints(Figure f) {
        return f.text() != null && f.text().toLowerCase(java.util.Locale.ROOT).contains("basis point");
    }

    /**
     * The year the article's "this year" means: its date's, else the year the other articles of the story were
     * published in (the articles compared tell one story), else the latest year it names; 0 when none. The latest
     * year named is a poor guess when forecasts name later years, so the story's dates come first.
     */
    private static int referenceYear(String body, LocalDate published, int storyYear) {
        if (published != null) {
            return published.getYear();
        }
        if (storyYear > 0) {
            return storyYear;
        }
        int best = 0;
        java.util.regex.Matcher m = YEAR.matcher(body);
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group()));
        }
        return best;
    }

    /** The year most of the dated articles were published in (the latest on a tie); 0 when none is dated. */
    static int storyYear(List<ComparedArticle> articles) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ComparedArticle a : articles) {
            if (a.published() != null) {
                counts.merge(a.published().getYear(), 1, Integer::sum);
            }
        }
        int best = 0;
        int n = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > n || e.getValue() == n && e.getKey() > best) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![\\d,.$])(19|20)\\d\\d(?![\\d,%])");

    /**
     * The years and months named after the figure up to the clause's end ("3.75% from 4%, where it has remained since
     * September 2023": the month and year belong to "4%", not to "3.75%"), else those before it from the clause's
     * start; a month or year elsewhere in the sentence says nothing about the figure.
     */
    private static void years(Item it, List<Token> clause, int reference) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < clause.size(); i++) {
            if (it.figure.span().contains(clause.get(i).span())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        for (int k = last + 1; k < clause.size() && k <= last + 6; k++) {
            if (yearAt(clause, k, reference, it.years) || CLAUSE_STOP_AHEAD.contains(clause.get(k).text())) {
                break;
            }
        }
        // a month may stand further on, past a conversion in brackets ("478 km² (184 sq mi) … since October")
        for (int k = last + 1; k < clause.size() && k <= last + 14; k++) {
            String w = clause.get(k).text();
            if (!w.equals("(") && !w.equals(")") && CLAUSE_STOP_AHEAD.contains(w)) {
                break;
            }
            monthAt(clause, k, it.months);
        }
        if (!it.years.isEmpty() || !it.months.isEmpty()) {
            return;
        }
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            String w = clause.get(k).text();
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            monthAt(clause, k, it.months);
            if (yearAt(clause, k, reference, it.years)) {
                break;
            }
        }
    }

    private static void monthAt(List<Token> toks, int k, Set<String> out) {
        Token t = toks.get(k);
        String w = ClaimText.norm(t.text());
        if (t.isCapitalized() && ClaimText.MONTHS.contains(w)) {
            out.add(w);
        }
    }

    private static boolean yearAt(List<Token> toks, int k, int reference, Set<Integer> out) {
        Token t = toks.get(k);
        String w = t.text();
        if (t.kind() == Token.Kind.NUMBER && YEAR.matcher(w).matches()) {
            out.add(Integer.parseInt(w));
            return true;
        }
        if (reference > 0 && ClaimText.norm(w).equals("year") && k > 0) {
            String before = ClaimText.norm(toks.get(k - 1).text());
            int delta = switch (before) {
                case "this" -> 0;
                case "next" -> 1;
                case "last", "previous" -> -1;
                default -> Integer.MIN_VALUE;
            };
            if (delta != Integer.MIN_VALUE) {
                out.add(reference + delta);
                return true;
            }
        }
        return false;
    }

    /** The quantity key: the counted noun's family, else the dimension; {@code null} for a bare number. */
    static String keyOf(Figure f) {
        String dim = f.dimension();
        if (dim == null || dim.equals("count")) {
            String head = f.subjectHead() != null ? f.subjectHead() : f.unit();
            if (head == null) {
                return null;
            }
            return "count:" + FigureExtractor.kind(head);
        }
        return dim;
    }

    private void describe(Item it, String body, Span window, Span sentence, List<Attribution> atts,
                          List<Span> figureSpans) {
        List<Token> toks = ClaimText.allTokens(body, window);
        int first = Token.firstAtOrAfter(toks, it.figure.start());
        int last = Token.firstAtOrAfter(toks, it.figure.end()); // first token after the figure
        it.modality = modality(toks, first, last);
        List<Span> skip = new ArrayList<>();
        for (Attribution a : atts) {
            if (a.cue() != null && sentence.overlaps(a.cue())) {
                skip.add(a.cue());
            }
            if (a.sourceSpan() != null && sentence.overlaps(a.sourceSpan())) {
                skip.add(a.sourceSpan());
            }
        }
        String kind = it.key != null && it.key.startsWith("count:") ? it.key.substring(6) : null;
        List<Token> all = ClaimText.allTokens(body, sentence);
        List<String> caps = new ArrayList<>();
        for (Token t : all) {
            boolean own = window.contains(t.span());
            if (inside(skip, t.span())) {
                caps.clear();
                continue;
            }
            String w = ClaimText.norm(t.text());
            String st = t.span().overlaps(it.figure.span()) || inside(figureSpans, t.span()) ? null : ClaimText.stem(t);
            if (st != null) {
                it.vector.merge(st, own ? 1.0 + 2.0 * Math.exp(-distance(all, t, it.figure) / 4.0) : 0.5,
                        Double::sum);
            }
            // "North Korean soldiers" elsewhere in the sentence tells whose troops "40 troops" are
            if (kind != null && t.isWord() && t.end() <= it.figure.start() && !caps.isEmpty()
                    && kind.equals(FigureExtractor.kind(w)) && it.nationality.isEmpty()) {
                for (String c : caps) {
                    it.nationality.add(c);
                }
            }
            if (t.isCapitalized() && t.start() > sentence.start() && !ClaimText.STOP.contains(w)) {
                caps.add(w.length() > 5 ? w.substring(0, 5) : w);
            } else {
                caps.clear();
            }
        }
        String subject = it.figure.subject();
        if (subject != null) {
            Set<String> own = new HashSet<>();
            String[] words = subject.split("\\s+");
            for (int k = 0; k < words.length - 1; k++) {
                String w = words[k];
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                    String n = ClaimText.norm(w);
                    if (!ClaimText.STOP.contains(n)) {
                        own.add(n.length() > 5 ? n.substring(0, 5) : n);
                    }
                }
            }
            if (!own.isEmpty()) {
                it.nationality.clear();
                it.nationality.addAll(own);
            }
        }
    }

    /** Words between {@code t} and the figure (0 inside it). */
    private static int distance(List<Token> toks, Token t, Figure f) {
        if (t.span().overlaps(f.span())) {
            return 0;
        }
        int a = Token.firstAtOrAfter(toks, Math.min(t.start(), f.start()));
        int b = Token.firstAtOrAfter(toks, Math.max(t.start(), f.end()));
        int words = 0;
        for (int k = a; k < b && k < toks.size(); k++) {
            if (toks.get(k).kind() != Token.Kind.PUNCT) {
                words++;
            }
        }
        return words;
    }

    private static boolean inside(List<Span> spans, Span s) {
        for (Span x : spans) {
            if (x.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The nearest marker before (to the clause start) or after (to the clause end) decides; losses win. */
    static Modality modality(List<Token> toks, int first, int last) {
        for (int k = Math.max(0, first - BACK); k < Math.min(toks.size(), last + AHEAD); k++) {
            if (CASUALTY.contains(ClaimText.norm(toks.get(k).text()))) {
                return Modality.CASUALTY;
            }
        }
        int back = -1;
        Modality backMod = null;
        for (int k = first - 1, d = 1; k >= 0 && d <= BACK; k--, d++) {
            String w = ClaimText.norm(toks.get(k).text());
            if (w.equals(";")) {
                break;
            }
            if (PROJECTION_BEFORE.contains(w)) {
                back = d;
                backMod = Modality.PROJECTION;
                break;
            }
            if (CURRENT.contains(w)) {
                back = d;
                backMod = Modality.CURRENT;
                break;
            }
        }
        int ahead = -1;
        Modality aheadMod = null;
        for (int k = last, d = 1; k < toks.size() && d <= AHEAD; k++, d++) {
            String w = ClaimText.norm(toks.get(k).text());
            if (CLAUSE_STOP_AHEAD.contains(w)) {
                break;
            }
            if (PROJECTION_AFTER.contains(w)) {
                ahead = d;
                aheadMod = Modality.PROJECTION;
                break;
            }
            if (CURRENT.contains(w)) {
                ahead = d;
                aheadMod = Modality.CURRENT;
                break;
            }
        }
        if (backMod != null && (aheadMod == null || back <= ahead)) {
            return backMod;
        }
        return aheadMod != null ? aheadMod : Modality.CURRENT;
    }

    /** TF-IDF weights over all items (each item's context is one document); then unit length. */
    private static void weigh(List<Item> items) {
        Map<String, Integer> df = new HashMap<>();
        for (Item it : items) {
            for (String w : it.vector.keySet()) {
                df.merge(w, 1, Integer::sum);
            }
        }
        int n = Math.max(1, items.size());
        for (Item it : items) {
            double sum = 0;
            for (Map.Entry<String, Double> e : it.vector.entrySet()) {
                double idf = Math.log(1.0 + (double) n / df.get(e.getKey()));
                double v = e.getValue() * idf;
                e.setValue(v);
                sum += v * v;
            }
            it.norm = Math.sqrt(sum);
        }
    }

    static double cosine(Item a, Item b) {
        if (a.norm == 0 || b.norm == 0) {
            return 0;
        }
        Map<String, Double> small = a.vector.size() <= b.vector.size() ? a.vector : b.vector;
        Map<String, Double> large = small == a.vector ? b.vector : a.vector;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double o = large.get(e.getKey());
            if (o != null) {
                dot += e.getValue() * o;
            }
        }
        return dot / (a.norm * b.norm);
    }

    // ------------------------------------------------------------------------------------ align

    /** May two items never be one quantity? */
    static boolean cannotLink(Item a, Item b) {
        if (a.article == b.article && a.part == b.part && a.sentence == b.sentence && !conversion(a.figure, b.figure)) {
            return true;
        }
        if (a.generic != b.generic) {
            return true;
        }
        if (!a.months.isEmpty() && !b.months.isEmpty() && disjoint(a.months, b.months)) {
            return true;
        }
        if (a.modality != b.modality && !close(a.figure, b.figure)) {
            return true;
        }
        if (a.frame != null && b.frame != null && !a.frame.equals(b.frame)) {
            return true;
        }
        if (!a.years.isEmpty() && !b.years.isEmpty() && disjoint(a.years, b.years)) {
            return true;
        }
        return !a.nationality.isEmpty() && !b.nationality.isEmpty() && disjoint(a.nationality, b.nationality);
    }

    /**
     * One article seldom gives two values of one quantity that exclude each other, unless it tells one of them as
     * an earlier value ("initial estimates indicated 3,500 … now more than 43,000"): an article's "38,222 minnows"
     * and its "43,785 fish" are two quantities, a part and the whole, and so are its "2.2% in 2025" of inflation and
     * "1.4% in 2025" of growth. Only measures and specific counts (no round number, no hedge) count: a round count
     * that moves in one article ("around 3,000 … now 10,000") is one quantity growing. A hint, not a rule ({@link
     * #SAME_ARTICLE_PENALTY}): an article may be inconsistent, and a copy with one number changed must still show
     * the change beside the original.
     */
    static boolean sameArticleApart(Item a, Item b) {
        return a.article == b.article && !a.earlier && !b.earlier && exclusive(a) && exclusive(b)
                && Verdicts.interval(a.figure) != null
                && Verdicts.interval(b.figure) != null && !Verdicts.compatible(a.figure, b.figure)
                && !conversion(a.figure, b.figure);
    }

    /** A measure (not a count), or a specific count: what {@link #sameArticleApart} may keep apart. */
    private static boolean exclusive(Item it) {
        Figure f = it.figure;
        boolean count = f.dimension() == null || f.dimension().equals("count");
        return !count || !Double.isNaN(specific(it)) && f.qualifier() == null;
    }

    /** Values within 5 % of each other, or intervals that overlap. */
    private static boolean close(Figure a, Figure b) {
        if (Verdicts.compatible(a, b)) {
            return true;
        }
        if (a.value() == null || b.value() == null) {
            return false;
        }
        double x = a.value();
        double y = b.value();
        return Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * Two figures in different units of one dimension whose values agree: one quantity given twice. Written side by
     * side ("about 75km (44 miles)") they are a conversion even when a rounded hedge makes them differ by a few per
     * cent.
     */
    private static boolean conversion(Figure a, Figure b) {
        if (a.unit() == null || b.unit() == null || a.unit().equals(b.unit()) || a.dimension() == null
                || !a.dimension().equals(b.dimension()) || a.dimension().equals("count")) {
            return false;
        }
        Double x = a.canonicalValue();
        Double y = b.canonicalValue();
        boolean sideBySide = Math.min(Math.abs(b.start() - a.end()), Math.abs(a.start() - b.end())) <= 3;
        double tolerance = sideBySide ? 0.1 : 0.02;
        return x != null && y != null && Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
    }

    private static <T> boolean disjoint(Set<T> a, Set<T> b) {
        for (T s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }

    double similarity(Item a, Item b) {
        double s = cosine(a, b);
        if (a.sourceKey != null && a.sourceKey.equals(b.sourceKey)) {
            s += options.sameSourceBonus();
        }
        if (options.sameNumberBonus() > 0 && Verdicts.sameNumber(a.figure, b.figure)) {
            s += options.sameNumberBonus();
        }
        if (a.key != null && !a.key.startsWith("frame:") && !a.key.startsWith("count:") && Verdicts.sameNumber(a.figure, b.figure)) {
            s += MEASURE_NUMBER_BONUS; // "1.9%" twice in one story: a measure's exact value is rarely a coincidence
        }
        if ((a.frame != null || a.key != null && !a.key.startsWith("count:")) && a.figure.isVague() != b.figure.isVague()) {
            s -= VAGUE_PENALTY; // "thousands of" beside a number is a loose remark more often than the same count
        }
        if (sameArticleApart(a, b)) {
            s -= SAME_ARTICLE_PENALTY;
        }
        return s;
    }

    /**
     * Clusters of one key that state one exact value (the same number in the same unit, neither a range nor vague)
     * in different articles join across modality buckets when nothing in their contexts keeps them apart (frame,
     * years, months, nationality: {@link #cannotLink}): the same "4%" of one measure is one quantity whether one
     * outlet frames it as the current level and another as a projection. Frame counts are left alone (a
     * projected toll is not the toll), and the most similar pair joins first.
     */
    private List<List<Item>> joinSameValues(List<List<Item>> clusters) {
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                String value = exactValue(clusters.get(i));
                if (value == null) {
                    continue;
                }
                for (int j = i + 1; j < clusters.size(); j++) {
                    if (!value.equals(exactValue(clusters.get(j)))) {
                        continue;
                    }
                    double s = joinable(clusters.get(i), clusters.get(j));
                    if (s > best) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return clusters;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
    }

    /**
     * A specific count (three or more significant digits, not a year: "2,938") that no other mention of its group
     * states moves to the one group where another article states exactly that value, whatever frame or modality
     * its words gave it, when years, months and nationality do not keep them apart: such a value repeated in a
     * story is one quantity, named "dead" by one outlet and "species" by another.
     */
    private static List<List<Item>> moveSpecificCounts(List<List<Item>> clusters) {
        List<Item> all = new ArrayList<>();
        clusters.forEach(all::addAll);
        for (Item it : all) {
            double v = specific(it);
            if (Double.isNaN(v)) {
                continue;
            }
            List<Item> home = clusters.stream().filter(c -> c.contains(it)).findFirst().orElseThrow();
            if (home.stream().anyMatch(o -> o != it && specific(o) == v)) {
                continue;
            }
            List<Item> target = null;
            int candidates = 0;
            for (List<Item> c : clusters) {
                if (c != home && c.stream().anyMatch(o -> o.article != it.article && specific(o) == v)) {
                    candidates++;
                    target = c;
                }
            }
            if (candidates != 1 || target.stream().anyMatch(o -> apart(it, o))) {
                continue;
            }
            home.remove(it);
            target.add(it);
            if (home.isEmpty()) {
                clusters.remove(home);
            }
        }
        return clusters;
    }

    /**
     * A specific count stated by several articles but sitting in several groups ("2,417" called trout by one
     * outlet, small fish by another, species by a third) is one quantity: its mentions leave their groups for one
     * group of their own, when years, months, nationality and sentences do not keep any two of them apart. A
     * value is gathered only when no group already holds every mention of it.
     */
    private static List<List<Item>> gatherSpecificCounts(List<List<Item>> clusters) {
        Map<Double, List<Item>> byValue = new LinkedHashMap<>();
        for (List<Item> c : clusters) {
            for (Item it : c) {
                double v = specific(it);
                if (!Double.isNaN(v)) {
                    byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(it);
                }
            }
        }
        for (List<Item> same : byValue.values()) {
            if (same.stream().map(i -> i.article).distinct().count() < 2) {
                continue;
            }
            List<List<Item>> homes = new ArrayList<>();
            for (Item it : same) {
                List<Item> home = clusters.stream().filter(c -> c.contains(it)).findFirst().orElseThrow();
                if (homes.stream().noneMatch(h -> h == home)) {
                    homes.add(home);
                }
            }
            if (homes.size() < 2 || anyApart(same)) {
                continue;
            }
            for (List<Item> home : homes) {
                home.removeAll(same);
            }
            clusters.removeIf(List::isEmpty);
            clusters.add(new ArrayList<>(same));
        }
        return clusters;
    }

    private static boolean anyApart(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (apart(items.get(i), items.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double specific(Item it) {
        Figure f = it.figure;
        if (f.value() == null || f.isRange() || f.isVague() || f.currency() != null
                || f.dimension() != null && !f.dimension().equals("count")) {
            return Double.NaN;
        }
        double v = f.value();
        return v < 100 || v != Math.rint(v) || v % 100 == 0 || (v >= 1900 && v <= 2100) ? Double.NaN : v;
    }

    private static boolean apart(Item x, Item y) {
        return x.article == y.article && x.part == y.part && x.sentence == y.sentence
                || x.generic != y.generic
                || !x.years.isEmpty() && !y.years.isEmpty() && disjoint(x.years, y.years)
                || !x.months.isEmpty() && !y.months.isEmpty() && disjoint(x.months, y.months)
                || !x.nationality.isEmpty() && !y.nationality.isEmpty() && disjoint(x.nationality, y.nationality);
    }

    /** "key|unit|value" when every item of the cluster states that one exact value of a measure; else null. */
    private static String exactValue(List<Item> cluster) {
        String out = null;
        for (Item it : cluster) {
            Figure f = it.figure;
            if (it.key == null || it.key.startsWith("frame:") || it.backReference != null || f.value() == null
                    || f.isRange() || f.isVague()) {
                return null;
            }
            String v = it.key + "|" + f.unit() + "|" + f.currency() + "|" + f.value();
            if (out != null && !out.equals(v)) {
                return null;
            }
            out = v;
        }
        return out;
    }

    /** The mean similarity of two clusters, or negative infinity when two of their items cannot link. */
    private double joinable(List<Item> a, List<Item> b) {
        double total = 0;
        for (Item x : a) {
            for (Item y : b) {
                if (cannotLink(x, y)) {
                    return Double.NEGATIVE_INFINITY;
                }
                total += similarity(x, y);
            }
        }
        return total / (a.size() * b.size());
    }

    /** The bucket of bare numbers (no unit, no frame, no earlier figure of the same value). */
    private static final String BARE = "bare";
    /** Mean similarity two bare numbers need to be one quantity: the same sentence, nearly word for word. */
    private static final double BARE_THRESHOLD = 0.6;

    private double threshold(Modality m, String key) {
        if (key.equals(BARE)) {
            return BARE_THRESHOLD;
        }
        return switch (m) {
            case CURRENT -> key.startsWith("frame:") ? FRAME_THRESHOLD
                    : key.startsWith("count:") ? options.currentThreshold() : options.measureThreshold();
            case PROJECTION -> options.projectionThreshold();
            case CASUALTY -> options.casualtyThreshold();
            case PAST -> options.projectionThreshold();
        };
    }

    /** Average-linkage agglomerative clustering under cannot-link constraints. */
    private List<List<Item>> cluster(List<Item> bucket) {
        int n = bucket.size();
        List<List<Item>> clusters = new ArrayList<>();
        for (Item it : bucket) {
            clusters.add(new ArrayList<>(List.of(it)));
        }
        if (n < 2) {
            return clusters;
        }
        double[][] sim = new double[n][n];
        boolean[][] cannot = new boolean[n][n];
        Map<Item, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(bucket.get(i), i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = similarity(bucket.get(i), bucket.get(j));
                cannot[i][j] = cannot[j][i] = cannotLink(bucket.get(i), bucket.get(j));
            }
        }
        double threshold = threshold(bucket.get(0).modality, bucket.get(0).key == null ? BARE : bucket.get(0).key);
        while (true) {
            double best = Double.NEGATIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < clusters.size(); i++) {
                for (int j = i + 1; j < clusters.size(); j++) {
                    double total = 0;
                    boolean blocked = false;
                    for (Item x : clusters.get(i)) {
                        int xi = index.get(x);
                        for (Item y : clusters.get(j)) {
                            int yi = index.get(y);
                            if (cannot[xi][yi]) {
                                blocked = true;
                                break;
                            }
                            total += sim[xi][yi];
                        }
                        if (blocked) {
                            break;
                        }
                    }
                    if (blocked) {
                        continue;
                    }
                    double avg = total / (clusters.get(i).size() * clusters.get(j).size());
                    if (avg > best) {
                        best = avg;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || best < threshold) {
                return clusters;
            }
            clusters.get(bi).addAll(clusters.remove(bj));
        }
    }
}

package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.parallax.core.article.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares what N articles claim: figure groups with a verdict, quote groups with word-level differences, and
 * claims credited to different sources. Stages as in CollateX: tokenize → normalize → align → judge
 * ({@link FigureGrouper}, {@link Verdicts}, {@link QuoteGrouper}, {@link AttributionDifferences}).
 *
 * <p>Immutable and thread-safe; options via {@link #builder()}. No UI, no I/O.
 */
public final class ClaimComparer {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimComparer.class);

    /**
     * Tuning of the grouping.
     *
     * @param currentThreshold    mean similarity two groups of current counts need to merge
     * @param measureThreshold    the same for current measures (areas, durations, money…): a dimension alone
     *                            says less than a counted noun, so they need closer context
     * @param projectionThreshold the same for projections ("could deploy up to…")
     * @param casualtyThreshold   the same for losses ("killed or wounded")
     * @param sameSourceBonus     added to the context similarity when both figures have the same source
     * @param sameNumberBonus     added when both state the same number (a weak hint, never a key: different
     *                            numbers still group on context; 0 ignores the numbers entirely)
     * @param quoteSimilarity     share of the shorter quote's words two quotes must have in common (in order)
     * @param paraphraseSimilarity share of a quote's words an unquoted passage must repeat to be its paraphrase
     */
    public record Options(double currentThreshold, double measureThreshold, double projectionThreshold,
                          double casualtyThreshold, double sameSourceBonus, double sameNumberBonus, double quoteSimilarity,
                          double paraphraseSimilarity) {
    }

    private final Options options;

    private ClaimComparer(Options options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Options options() {
        return options;
    }

    /** Groups the claims of {@code articles}; article indexes in the result refer to this list. */
    public Claims compare(List<ComparedArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty()) {
            return Claims.EMPTY;
        }
        long t0 = System.nanoTime();
        List<List<FigureGrouper.Item>> raw = new FigureGrouper(options).group(articles);
        List<FigureGroup> figureGroups = new ArrayList<>(raw.size());
        for (List<FigureGrouper.Item> g : raw) {
            figureGroups.add(figureGroup(g));
        }
        figureGroups = principalFirst(figureGroups, articles);
        List<QuoteGroup> quoteGroups = new QuoteGrouper(options).group(articles, figureGroups);
        List<AttributionDifference> diffs = AttributionDifferences.find(articles, figureGroups, quoteGroups);
        LOG.debug("Compared {} articles: {} figure groups, {} quote groups, {} attribution differences in {} ms",
                articles.size(), figureGroups.size(), quoteGroups.size(), diffs.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return new Claims(figureGroups, quoteGroups, diffs);
    }

    /** How many characters of a body count as its lead (first paragraph or two). */
    static final int LEAD = 400;

    /**
     * Differing groups first (those where an outlet states a number another contradicts before the others), then consistent, agreeing and single ones; inside each, the group of the story's
     * principal quantity first: the most articles, then the most mentions in leads, then the most mentions. The
     * sort is stable, so equal groups keep reading order.
     */
    static List<FigureGroup> principalFirst(List<FigureGroup> groups, List<ComparedArticle> articles) {
        List<FigureGroup> out = new ArrayList<>(groups);
        java.util.Comparator<FigureGroup> order = java.util.Comparator
                .comparingInt((FigureGroup g) -> switch (g.verdict()) {
                    case DIFFER -> outletsDisagree(g) ? 0 : 1;
                    case CONSISTENT -> 2;
                    case AGREE -> 3;
                    case SINGLE -> 4;
                })
                .thenComparing(g -> -prominence(g, articles));
        out.sort(order);
        return out;
    }

    /**
     * Does one article state a number that another article's mentions all contradict? Then the outlets
     * disagree; a group whose every number is found in every other article it spans differs only inside
     * articles (a sequence, a loose grouping) and ranks after.
     */
    static boolean outletsDisagree(FigureGroup g) {
        Map<Integer, List<org.parallax.core.extract.Figure>> byArticle = new LinkedHashMap<>();
        for (FigureMention m : g.mentions()) {
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m.figure());
        }
        for (Map.Entry<Integer, List<org.parallax.core.extract.Figure>> a : byArticle.entrySet()) {
            for (Map.Entry<Integer, List<org.parallax.core.extract.Figure>> b : byArticle.entrySet()) {
                if (a.getKey().equals(b.getKey())) {
                    continue;
                }
                for (org.parallax.core.extract.Figure x : a.getValue()) {
                    if (b.getValue().stream().noneMatch(y -> Verdicts.compatible(x, y))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Articles the group spans, plus one for each article whose headline states it, plus a half for each mention
     * in a body's lead, plus a tenth for each mention.
     */
    static double prominence(FigureGroup g, List<ComparedArticle> articles) {
        java.util.Set<Integer> arts = new java.util.HashSet<>();
        java.util.Set<Integer> headlines = new java.util.HashSet<>();
        double leads = 0;
        for (FigureMention m : g.mentions()) {
            arts.add(m.article());
            if (m.part() == Part.HEADLINE) {
                headlines.add(m.article());
            } else if (m.figure().start() < LEAD) {
                leads += 0.5;
            }
        }
        return arts.size() + headlines.size() + leads + 0.1 * g.mentions().size();
    }

    private static FigureGroup figureGroup(List<FigureGrouper.Item> items) {
        List<FigureMention> mentions = new ArrayList<>(items.size());
        for (FigureGrouper.Item it : items) {
            mentions.add(it.mention());
        }
        List<org.parallax.core.extract.Figure> figures = new ArrayList<>(items.size());
        for (FigureMention m : mentions) {
            figures.add(m.figure());
        }
        Verdict verdict = Verdicts.verdict(figures);
        List<String> reasons = verdict == Verdict.SINGLE ? List.of() : Verdicts.reasons(mentions, verdict);
        return new FigureGroup(subject(items, mentions), verdict, reasons, mentions);
    }

    /**
     * What the group counts or measures: the quantity frame at least half of its mentions share ("deaths",
     * "magnitude", "distance": what a reader looks for), else the subject most mentions give.
     */
    private static String subject(List<FigureGrouper.Item> items, List<FigureMention> mentions) {
        Map<String, Integer> frames = new LinkedHashMap<>();
        for (FigureGrouper.Item it : items) {
            if (it.frame != null) {
                frames.merge(it.frame, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : frames.entrySet()) {
            if (2 * e.getValue() >= items.size()) {
                return e.getKey();
            }
        }
        return subject(mentions);
    }

    /** The subject most mentions give (the longest on a tie), else the unit. */
    private static String subject(List<FigureMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FigureMention m : mentions) {
            String s = m.figure().subject() != null ? m.figure().subject() : m.figure().unit();
            if (s != null) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n || e.getValue() == n && e.getKey().length() > best.length()) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best != null ? best : mentions.get(0).figure().text();
    }

    /** Options for a {@link ClaimComparer}; every setter returns this builder. */
    public static final class Builder {
        private double currentThreshold = 0.05;
        private double projectionThreshold = 0.25;
        private double casualtyThreshold = 0.2;
        private double sameSourceBonus = 0.15;
        private double sameNumberBonus = 0.2;
        private double measureThreshold = 0.2;
        private double quoteSimilarity = 0.8;
        private double paraphraseSimilarity = 0.6;

        private Builder() {
        }

        public Builder currentThreshold(double v) {
            currentThreshold = v;
            return this;
        }

        public Builder projectionThreshold(double v) {
            projectionThreshold = v;
            return this;
        }

        public Builder casualtyThreshold(double v) {
            casualtyThreshold = v;
            return this;
        }

        public Builder sameSourceBonus(double v) {
            sameSourceBonus = v;
            return this;
        }

        public Builder sameNumberBonus(double v) {
            sameNumberBonus = v;
            return this;
        }

        public Builder measureThreshold(double v) {
            measureThreshold = v;
            return this;
        }

        public Builder quoteSimilarity(double v) {
            quoteSimilarity = v;
            return this;
        }

        public Builder paraphraseSimilarity(double v) {
            paraphraseSimilarity = v;
            return this;
        }

        public ClaimComparer build() {
            return new ClaimComparer(new Options(currentThreshold, measureThreshold, projectionThreshold,
                    casualtyThreshold, sameSourceBonus, sameNumberBonus, quoteSimilarity, paraphraseSimilarity));
        }
    }
}

package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;

/**
 * Finds one claim credited to different sources in different articles: a figure group whose numbers agree or are
 * consistent, or a quote group, where two articles name sources of which none is the same as any of the other's
 * ({@link SourceNames#same}: "Zelensky" and "Zelenskyy", "Grant" and "Paul Grant", "NRB" and "the Northern Reserve
 * Board" are one source). For a quote group only speakers that identify someone count ({@link SourceNames#identifies}):
 * "the outlet" or "reports" say who passed the words on, not who said them; and a name against a bare role is not
 * a difference ({@link SourceNames#compare}). Articles that name no source for the claim
 * do not count as a difference (a quote credited to nobody is flagged on its {@link QuoteGroup} instead). A quote
 * group repeating a difference already found for a figure group is not reported twice.
 */
final class AttributionDifferences {

    private AttributionDifferences() {
    }

    static List<AttributionDifference> find(List<ComparedArticle> articles, List<FigureGroup> figures,
                                            List<QuoteGroup> quotes) {
        List<AttributionDifference> out = new ArrayList<>();
        for (FigureGroup g : figures) {
            if (g.verdict() != Verdict.AGREE && g.verdict() != Verdict.CONSISTENT) {
                continue;
            }
            List<AttributionMention> ms = new ArrayList<>();
            for (FigureMention m : g.mentions()) {
                ms.add(new AttributionMention(m.article(), m.source(),
                        claimSpan(articles.get(m.article()).extraction(m.part()), m.figure()), m.part()));
            }
            String claim = g.mentions().get(0).figure().text();
            for (FigureMention m : g.mentions()) {
                if (m.source() != null) {
                    claim = m.figure().text();
                    break;
                }
            }
            add(out, claim, ms, false);
        }
        for (QuoteGroup g : quotes) {
            List<AttributionMention> ms = new ArrayList<>();
            String claim = null;
            for (QuoteMention m : g.mentions()) {
                ms.add(new AttributionMention(m.article(), m.speaker(), m.span(), m.part()));
                if (claim == null && m.quoted()) {
                    claim = m.text();
                }
            }
            if (!redundant(out, ms)) {
                add(out, claim == null ? g.mentions().get(0).text() : claim, ms, true);
            }
        }
        return out;
    }

    /** The attributed content holding the figure, else the figure itself. */
    private static Span claimSpan(Extraction ex, Figure f) {
        int k = f.attribution();
        if (k >= 0 && k < ex.attributions().size()) {
            Attribution a = ex.attributions().get(k);
            if (a.content() != null && a.content().contains(f.span())) {
                return a.content();
            }
        }
        return f.span();
    }

    /**
     * Reports {@code ms} when two articles credit it to different sources: for a figure, no source of one is the
     * same as one of the other's; for a quote ({@code speakers}), two speakers that identify someone are
     * {@link SourceNames.Match#DIFFERENT} and none of the two articles' speakers are the same.
     */
    private static void add(List<AttributionDifference> out, String claim, List<AttributionMention> ms,
                            boolean speakers) {
        Map<Integer, List<SourceNames.Name>> byArticle = new LinkedHashMap<>();
        Map<String, SourceNames.Name> names = new HashMap<>();
        for (AttributionMention m : ms) {
            if (m.source() == null) {
                continue;
            }
            SourceNames.Name n = names.computeIfAbsent(m.source(), SourceNames::of);
            if (!speakers || n.identifies()) {
                byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(n);
            }
        }
        List<List<SourceNames.Name>> sources = new ArrayList<>(byArticle.values());
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                if (differ(sources.get(i), sources.get(j), speakers)) {
                    out.add(new AttributionDifference(claim, ms));
                    return;
                }
            }
        }
    }

    /** No source of {@code a} is the same as one of {@code b}'s (and, for speakers, two are different). */
    private static boolean differ(List<SourceNames.Name> a, List<SourceNames.Name> b, boolean speakers) {
        boolean different = !speakers;
        for (SourceNames.Name x : a) {
            for (SourceNames.Name y : b) {
                SourceNames.Match match = SourceNames.compare(x, y);
                if (match == SourceNames.Match.SAME) {
                    return false;
                }
                different |= match == SourceNames.Match.DIFFERENT;
            }
        }
        return different;
    }

    /** Does every article of {@code ms} already have a mention overlapping a reported one? */
    private static boolean redundant(List<AttributionDifference> out, List<AttributionMention> ms) {
        for (AttributionMention m : ms) {
            boolean covered = false;
            for (AttributionDifference d : out) {
                for (AttributionMention o : d.mentions()) {
                    if (o.article() == m.article() && o.part() == m.part() && o.span().overlaps(m.span())) {
                        covered = true;
                        break;
                    }
                }
                if (covered) {
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }
}

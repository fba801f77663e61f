package org.parallax.core.compare.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.text.Names;

/**
 * Finds one claim credited to different sources in different articles: a figure group whose numbers agree or are
 * consistent, or a quote group, where two articles name sources that share nothing (compared by
 * {@link Names#personKey}, so "Zelensky" and "Zelenskyy" are one source). Articles that name no source for the
 * claim do not count as a difference. A quote group repeating a difference already found for a figure group is
 * not reported twice.
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
            add(out, claim, ms);
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
                add(out, claim == null ? g.mentions().get(0).text() : claim, ms);
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

    private static void add(List<AttributionDifference> out, String claim, List<AttributionMention> ms) {
        Map<Integer, Set<String>> byArticle = new LinkedHashMap<>();
        for (AttributionMention m : ms) {
            if (m.source() != null) {
                byArticle.computeIfAbsent(m.article(), k -> new HashSet<>()).add(Names.personKey(m.source()));
            }
        }
        List<Set<String>> sets = new ArrayList<>(byArticle.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (disjoint(sets.get(i), sets.get(j))) {
                    out.add(new AttributionDifference(claim, ms));
                    return;
                }
            }
        }
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
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

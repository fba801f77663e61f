package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.parallax.core.text.Names;

/**
 * Acceptance checks on the five seeds through the real ingest and extractor. Groups are found by properties of
 * their mentions (subject family, qualifier, range), never by sentences of the seeds.
 */
class ClaimComparerSeedsTest {

    private static final Claims CLAIMS = ClaimComparer.builder().build().compare(ClaimSeeds.compared());

    private static FigureGroup largestWhere(Predicate<FigureGroup> p) {
        return CLAIMS.figureGroups().stream().filter(p)
                .max((a, b) -> Integer.compare(a.mentions().size(), b.mentions().size())).orElseThrow();
    }

    @Test
    void theCurrentTroopCountIsOneGroupThatDiffersBySourceAndDate() {
        FigureGroup g = largestWhere(x -> x.mentions().stream().allMatch(m -> "count:troop".equals(
                FigureGrouper.keyOf(m.figure()))));
        assertThat(g.mentions().size()).isGreaterThanOrEqualTo(10);
        assertThat(g.mentions().stream().map(FigureMention::article).distinct().count()).isEqualTo(5);
        assertThat(g.verdict()).isEqualTo(Verdict.DIFFER);
        assertThat(g.reasons()).anyMatch(r -> r.startsWith("different sources"))
                .anyMatch(r -> r.startsWith("reported on different days"))
                .as("the dates are said once, with the days").noneMatch(r -> r.startsWith("different dates"));
    }

    @Test
    void thePossibleHundredThousandAgreesButIsCreditedDifferently() {
        FigureGroup g = largestWhere(x -> x.mentions().stream().anyMatch(m -> "up to".equals(m.figure().qualifier())
                && m.figure().value() != null && m.figure().value() >= 50_000));
        assertThat(g.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(g.mentions().stream().map(FigureMention::article).distinct().count()).isGreaterThanOrEqualTo(2);
        AttributionDifference d = CLAIMS.attributionDifferences().stream()
                .filter(x -> x.mentions().stream().anyMatch(m -> g.mentions().stream().anyMatch(
                        f -> f.article() == m.article() && m.span().contains(f.figure().span()))))
                .findFirst().orElseThrow();
        List<String> sources = d.mentions().stream().map(AttributionMention::source)
                .filter(s -> s != null).map(Names::surnameKey).distinct().toList();
        assertThat(sources).contains(Names.surnameKey("Zelensky"), Names.surnameKey("Bloomberg"));
        assertThat(d.mentions().stream().map(AttributionMention::article).distinct().count()).isGreaterThan(1);
    }

    @Test
    void theRotationRangeAndItsUpperBoundAreConsistent() {
        FigureGroup g = largestWhere(x -> x.mentions().stream().anyMatch(m -> m.figure().isRange()
                && "count:troop".equals(FigureGrouper.keyOf(m.figure()))));
        assertThat(g.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(g.mentions()).anyMatch(m -> "up to".equals(m.figure().qualifier()));
        assertThat(g.mentions().stream().map(FigureMention::article).distinct().count()).isEqualTo(2);
        assertThat(g.reasons()).anyMatch(r -> r.startsWith("different qualifiers"));
    }

    @Test
    void mentionsKeepDatesAndValidOffsets() {
        for (FigureGroup g : CLAIMS.figureGroups()) {
            for (FigureMention m : g.mentions()) {
                ComparedArticle a = ClaimSeeds.compared().get(m.article());
                assertThat(m.figure().span().of(a.body())).isEqualTo(m.figure().text());
                assertThat(m.date()).isEqualTo(a.published());
            }
        }
        for (QuoteGroup g : CLAIMS.quoteGroups()) {
            for (QuoteMention m : g.mentions()) {
                assertThat(m.span().of(ClaimSeeds.compared().get(m.article()).body())).isEqualTo(m.text());
            }
        }
    }
}

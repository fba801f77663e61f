package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;

/** The claims view's rows of the five seeds, checked against the core's groups they come from. */
class ClaimRowsTest {

    private final Comparison comparison = SeedComparisons.allFive();
    private final ClaimRows claims = new ClaimRows(SeedComparisons.messages());

    @Test
    void oneFigureRowPerGroupTheCoresFirstFirstThenDifferingBeforeAgreeing() {
        List<ClaimRows.Row> rows = claims.figures(comparison);
        List<FigureGroup> groups = comparison.claims().figureGroups();
        assertThat(rows).hasSize(groups.size());
        assertThat(rows.get(0).index()).isZero();
        assertThat(rows.subList(1, rows.size()).stream().map(r -> ClaimRows.rank(r.verdict())).toList()).isSorted();
        assertThat(rows).anySatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.DIFFER));
        for (ClaimRows.Row row : rows) {
            FigureGroup g = groups.get(row.index());
            assertThat(row.verdict()).isEqualTo(g.verdict());
            assertThat(row.chips()).hasSize(g.mentions().size());
            assertThat(row.sentences()).hasSize(g.mentions().size());
            assertThat(row.reason()).isNotBlank();
            long outlets = g.mentions().stream().map(FigureMention::article).distinct().count();
            assertThat(row.notReported()).hasSize(comparison.articles().size() - (int) outlets);
        }
    }

    @Test
    void aChipHoldsTheValueAsWrittenTheOutletTheDateAndTheSourceOrSaysTheyAreMissing() {
        for (ClaimRows.Row row : claims.figures(comparison)) {
            FigureGroup g = comparison.claims().figureGroups().get(row.index());
            // the same mentions, each once: article, value as written, dated?, credited?
            List<String> expected = g.mentions().stream().map(m -> m.article() + "|" + ClaimRows.clip(m.figure().text(), 48)
                    + "|" + (m.date() != null || comparison.articles().get(m.article()).metadata().published() != null)
                    + "|" + (m.source() != null && !m.source().isBlank())).toList();
            List<String> shown = row.chips().stream().map(c -> c.article() + "|" + c.value() + "|" + c.dated() + "|"
                    + c.credited()).toList();
            assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
            for (ClaimRows.Chip chip : row.chips()) {
                var article = comparison.articles().get(chip.article());
                assertThat(chip.outlet()).isEqualTo(article.metadata().outlet() != null ? article.metadata().outlet()
                        : "Outlet not stated (article " + (chip.article() + 1) + ")");
                if (!chip.dated()) {
                    assertThat(chip.date()).isEqualTo("no date");
                } else {
                    // the one date format of the app, as the library, the CLI and the reports write it
                    assertThat(chip.date()).matches("\\d{4}-\\d{2}-\\d{2}");
                }
                if (!chip.credited()) {
                    assertThat(chip.source()).isEqualTo("not credited");
                }
            }
        }
    }

    @Test
    void anOpenedRowMarksTheMentionInsideItsSentence() {
        for (ClaimRows.Row row : claims.figures(comparison)) {
            FigureGroup g = comparison.claims().figureGroups().get(row.index());
            for (ClaimRows.Sentence s : row.sentences()) {
                String marked = s.text().substring(s.mark().start(), s.mark().end());
                assertThat(g.mentions()).anySatisfy(m -> assertThat(m.figure().text().replaceAll("\\s+", " "))
                        .isEqualTo(marked));
                assertThat(s.text().length()).isGreaterThanOrEqualTo(marked.length());
            }
        }
    }

    @Test
    void quoteRowsDifferWhenWordsOrSpeakerDifferAndAttributionRowsListEveryCredit() {
        List<ClaimRows.Row> quotes = claims.quotes(comparison);
        assertThat(quotes).hasSize(comparison.claims().quoteGroups().size());
        for (ClaimRows.Row row : quotes) {
            QuoteGroup g = comparison.claims().quoteGroups().get(row.index());
            long articles = g.mentions().stream().map(QuoteMention::article).distinct().count();
            boolean differ = g.flags().contains(QuoteFlag.REWORDED) || g.flags().contains(QuoteFlag.SPEAKER_DIFFERS);
            if (articles >= 2) {
                assertThat(row.verdict() == Verdict.DIFFER).isEqualTo(differ);
            } else {
                assertThat(row.verdict()).isEqualTo(Verdict.SINGLE);
            }
            assertThat(row.chips()).hasSize(g.mentions().size());
        }
        List<ClaimRows.Row> attributions = claims.attributions(comparison);
        assertThat(attributions).hasSize(comparison.claims().attributionDifferences().size()).isNotEmpty();
        for (ClaimRows.Row row : attributions) {
            assertThat(row.chips()).hasSize(comparison.claims().attributionDifferences().get(row.index()).mentions().size());
            assertThat(row.verdict()).isEqualTo(Verdict.DIFFER);
        }
    }
}

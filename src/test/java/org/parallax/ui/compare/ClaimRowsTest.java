package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Span;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.align.Alignment;
import org.parallax.core.compare.claim.Claims;
import org.parallax.core.compare.claim.FigureGroup;
import org.parallax.core.compare.claim.FigureMention;
import org.parallax.core.compare.claim.QuoteFlag;
import org.parallax.core.compare.claim.QuoteGroup;
import org.parallax.core.compare.claim.QuoteMention;
import org.parallax.core.compare.claim.Verdict;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;

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
            // every mention in one chip (an outlet's mentions of one value merged), and in the opened row
            assertThat(row.chips().stream().mapToInt(ClaimRows.Chip::mentions).sum()).isEqualTo(g.mentions().size());
            assertThat(row.sentences()).hasSize(g.mentions().size());
            for (int article : g.mentions().stream().map(FigureMention::article).distinct().toList()) {
                long texts = g.mentions().stream().filter(m -> m.article() == article)
                        .map(m -> m.figure().text().strip()).distinct().count();
                assertThat(row.chips().stream().filter(ch -> ch.article() == article).count())
                        .as("one chip per value: no more chips than different texts").isBetween(1L, texts);
            }
            assertThat(row.reason()).isNotBlank().doesNotContain("…");
            long outlets = g.mentions().stream().map(FigureMention::article).distinct().count();
            assertThat(row.notReported()).hasSize(comparison.articles().size() - (int) outlets);
        }
    }

    @Test
    void aChipHoldsTheValueAsWrittenTheOutletTheDateAndTheSourceOrSaysTheyAreMissing() {
        for (ClaimRows.Row row : claims.figures(comparison)) {
            FigureGroup g = comparison.claims().figureGroups().get(row.index());
            for (ClaimRows.Chip chip : row.chips()) {
                List<FigureMention> own = g.mentions().stream().filter(m -> m.article() == chip.article()).toList();
                // the value as one of its mentions writes it, the sources those mentions credit
                assertThat(own.stream().map(m -> ClaimRows.clip(m.figure().text(), 48))).contains(chip.value());
                List<String> credited = own.stream().map(FigureMention::source).filter(s -> s != null && !s.isBlank())
                        .map(s -> ClaimRows.clip(s, 60)).toList();
                assertThat(credited).containsAll(chip.sources());
                assertThat(chip.credited()).isEqualTo(!chip.sources().isEmpty());
                var article = comparison.articles().get(chip.article());
                assertThat(chip.outlet()).isEqualTo(article.metadata().outlet() != null ? article.metadata().outlet()
                        : "Outlet not stated (article " + (chip.article() + 1) + ")");
                assertThat(chip.dated()).isEqualTo(own.get(0).date() != null || article.metadata().published() != null);
                if (!chip.dated()) {
                    assertThat(chip.date()).isEqualTo("no date");
                } else {
                    // the one date format of the app, as the library, the CLI and the reports write it
                    assertThat(chip.date()).matches("\\d{4}-\\d{2}-\\d{2}");
                }
                if (!chip.credited()) {
                    assertThat(chip.source()).isEqualTo("not credited");
                } else {
                    assertThat(chip.source()).startsWith(chip.sources().get(0));
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

    // ---- made-up stories: how chips merge and group ----

    private static final LocalDate DAY = LocalDate.of(2031, 3, 1);

    private static Article article(String outlet, LocalDate date, String body) {
        return new Article(outlet.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                new Metadata("A made-up headline", outlet, null, null, null, date, null), body, List.of(), "made-up.txt",
                Format.TEXT);
    }

    /** The figure {@code text} where it first stands in {@code body} at or after {@code from}. */
    private static FigureMention mention(int article, Article a, String text, int from, Double value, String qualifier,
                                         String source) {
        int at = a.body().indexOf(text, from);
        assertThat(at).as(text).isNotNegative();
        Figure f = new Figure(new Span(at, at + text.length()), text, value, null, null, qualifier, "bridges", null,
                "bridge", -1, "count", value, null, null, null);
        return new FigureMention(article, f, source, a.metadata().published());
    }

    private static Comparison comparisonOf(List<Article> articles, FigureGroup... groups) {
        return new Comparison(articles, articles.stream().map(x -> Extraction.EMPTY).toList(),
                new Alignment(List.of(), List.of(), List.of()), new Claims(List.of(groups), List.of(), List.of()));
    }

    @Test
    void anOutletsMentionsOfOneValueMakeOneChipShowingTheCreditedOneWhileEveryMentionKeepsItsSentence() {
        Article harbour = article("Harbour Post", DAY,
                "Twelve bridges shut. At least 40 bridges closed on Monday. The agency said 40 bridges were shut. "
                        + "By night 45 bridges were closed.");
        Article valley = article("Valley Times", null, "Some 60 bridges closed, the ministry said.");
        FigureGroup group = new FigureGroup("bridges", Verdict.DIFFER, List.of("different sources (the agency vs the ministry)"),
                List.of(mention(0, harbour, "At least 40 bridges", 0, 40.0, "at least", null),
                        mention(0, harbour, "40 bridges", 60, 40.0, null, "the agency"),
                        mention(0, harbour, "45 bridges", 0, 45.0, null, null),
                        mention(1, valley, "Some 60 bridges", 0, 60.0, "some", "the ministry")));
        ClaimRows.Row row = claims.figures(comparisonOf(List.of(harbour, valley), group)).get(0);

        List<ClaimRows.Chip> harbourChips = row.chips().stream().filter(c -> c.article() == 0).toList();
        assertThat(harbourChips).extracting(ClaimRows.Chip::value, ClaimRows.Chip::mentions)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("40 bridges", 2),
                        org.assertj.core.groups.Tuple.tuple("45 bridges", 1));
        ClaimRows.Chip forty = harbourChips.stream().filter(c -> c.mentions() == 2).findFirst().orElseThrow();
        assertThat(forty.source()).isEqualTo("the agency");
        assertThat(forty.date()).isEqualTo("2031-03-01");
        ClaimRows.Chip fortyFive = harbourChips.stream().filter(c -> c.mentions() == 1).findFirst().orElseThrow();
        assertThat(fortyFive.credited()).isFalse();
        assertThat(fortyFive.source()).isEqualTo("not credited");
        ClaimRows.Chip sixty = row.chips().stream().filter(c -> c.article() == 1).findFirst().orElseThrow();
        assertThat(sixty.dated()).isFalse();
        assertThat(sixty.date()).isEqualTo("no date");
        // the opened row: all four sentences, each outlet's together
        assertThat(row.sentences()).hasSize(4);
        assertThat(row.sentences().stream().map(ClaimRows.Sentence::outlet).toList())
                .containsExactly("Harbour Post", "Harbour Post", "Harbour Post", "Valley Times");
    }

    @Test
    void valuesThatCanAllBeTrueStandTogetherBracketedAndCompetingValuesStandApart() {
        Article a = article("North Ledger", DAY, "A round 2,000 bridges closed.");
        Article b = article("South Ledger", DAY, "In all 2,012 bridges closed.");
        Article c = article("East Ledger", DAY, "Officials counted 2,012 bridges.");
        Article d = article("West Ledger", DAY, "Some said 5,300 bridges closed.");
        FigureGroup group = new FigureGroup("bridges", Verdict.DIFFER, List.of(),
                List.of(mention(3, d, "5,300 bridges", 0, 5300.0, null, null),
                        mention(1, b, "2,012 bridges", 0, 2012.0, null, null),
                        mention(0, a, "2,000 bridges", 0, 2000.0, null, null),
                        mention(2, c, "2,012 bridges", 0, 2012.0, null, null)));
        ClaimRows.Row row = claims.figures(comparisonOf(List.of(a, b, c, d), group)).get(0);

        assertThat(row.link()).isEqualTo(ClaimRows.Link.VERSUS);
        assertThat(row.clusters()).hasSize(2);
        // a round 2,000 and 2,012 can both be true: side by side, bracketed; 5,300 apart
        assertThat(row.clusters().get(0).consistent()).isTrue();
        assertThat(row.clusters().get(0).chips()).extracting(ClaimRows.Chip::article).containsExactly(0, 1, 2);
        assertThat(row.clusters().get(1).chips()).extracting(ClaimRows.Chip::article).containsExactly(3);
        assertThat(row.reason()).isEqualTo("2 different values in 4 outlets");
    }

    @Test
    void reportsOnDifferentDaysFollowEachOtherByDateWithTheReasonInAFewWords() {
        Article early = article("Morning Ledger", DAY, "By dawn 80 bridges had closed.");
        Article late = article("Evening Ledger", DAY.plusDays(1), "Now 50 bridges remain closed.");
        List<String> reasons = List.of("reported on different days (2031-03-01: 80 bridges; 2031-03-02: 50 bridges)",
                "different sources (the first agency vs the second agency vs a third, much longer named agency)",
                "different qualifiers (about vs no qualifier)");
        FigureGroup group = new FigureGroup("bridges", Verdict.DIFFER, reasons,
                List.of(mention(0, early, "80 bridges", 0, 80.0, null, null),
                        mention(1, late, "50 bridges", 0, 50.0, null, null)));
        ClaimRows.Row row = claims.figures(comparisonOf(List.of(early, late), group)).get(0);

        assertThat(row.link()).isEqualTo(ClaimRows.Link.THEN);
        // by date, not by value
        assertThat(row.chips()).extracting(ClaimRows.Chip::value).containsExactly("80 bridges", "50 bridges");
        // the kinds of reason, never cut; the reasons in full beside it
        assertThat(row.reason()).isEqualTo("Reported on different days; different sources and qualifiers");
        assertThat(row.reasons()).isEqualTo(reasons);
    }

    @Test
    void aOneLineRowSharesAChipBetweenOutletsThatWriteTheValueAlikeOnOneDayWithOneCredit() {
        Article a = article("Upper Gazette", DAY, "Three bridges closed for repairs.");
        Article b = article("Lower Gazette", DAY, "Crews shut three bridges overnight.");
        Article c = article("Middle Gazette", DAY, "A three-bridge closure began.");
        Article d = article("Outer Gazette", null, "Crews shut three bridges overnight.");
        FigureGroup group = new FigureGroup("bridges", Verdict.AGREE, List.of(),
                List.of(mention(0, a, "Three bridges", 0, 3.0, null, null),
                        mention(1, b, "three bridges", 0, 3.0, null, null),
                        mention(2, c, "three-bridge", 0, 3.0, null, null),
                        mention(3, d, "three bridges", 0, 3.0, null, null)));
        ClaimRows.Row row = claims.figures(comparisonOf(List.of(a, b, c, d), group)).get(0);

        assertThat(row.compact()).isTrue();
        assertThat(row.chips()).hasSize(4);
        // the same words on the same day, both uncredited: one chip; another wording or no date: their own
        assertThat(row.compactChips()).extracting(ClaimRows.Chip::outlet)
                .containsExactlyInAnyOrder("Upper Gazette, Lower Gazette", "Middle Gazette", "Outer Gazette");
        assertThat(row.compactChips()).allSatisfy(chip -> assertThat(chip.source()).isEqualTo("not credited"));
    }
}

package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Metadata;
import org.parallax.core.extract.Extractor;

/** Made-up stories, unlike the seeds, through the real extractor: the rules carry. */
class ClaimComparerTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final ClaimComparer COMPARER = ClaimComparer.builder().build();

    private static ComparedArticle article(String outlet, String date, String body) {
        Metadata m = new Metadata(null, outlet, null, null, null, date == null ? null : LocalDate.parse(date), null);
        return new ComparedArticle(outlet, m, body, EXTRACTOR.extract(body));
    }

    private static FigureGroup groupWith(Claims c, Predicate<FigureMention> p) {
        return c.figureGroups().stream().filter(g -> g.mentions().stream().anyMatch(p)).findFirst().orElseThrow();
    }

    @Test
    void floodDeathTollFromThreeOutlets() {
        List<ComparedArticle> articles = List.of(
                article("Daily Star", "2023-09-12", "Floods swept through the eastern province on Sunday, leaving "
                        + "at least 40 people dead, the regional governor said.\n\nRescue teams evacuated 2,000 "
                        + "residents from the valley."),
                article("Morning Post", "2023-09-13", "Officials said 43 people were killed when the river burst "
                        + "its banks in the eastern province.\n\nThe floods destroyed 300 homes."),
                article("Evening News", "2023-09-12", "Dozens of people died in the floods in the eastern province, "
                        + "local media reported.\n\nThe army sent 500 soldiers to help."));
        Claims c = COMPARER.compare(articles);
        FigureGroup toll = groupWith(c, m -> m.figure().text().contains("40"));
        assertThat(toll.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(toll.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(toll.reasons()).anyMatch(r -> r.startsWith("different dates"));
        // the homes, residents and soldiers are other quantities
        assertThat(groupWith(c, m -> m.figure().text().contains("300")).verdict()).isEqualTo(Verdict.SINGLE);
        assertThat(groupWith(c, m -> m.figure().text().contains("500")).mentions()).hasSize(1);
    }

    @Test
    void aGroupIsNamedByTheQuantityItsMentionsShareNotByTheirCountedNoun() {
        List<ComparedArticle> articles = List.of(
                article("Daily Star", "2023-09-12", "The storm killed 40 people in the coastal towns."),
                article("Morning Post", "2023-09-12", "At least 43 people died when the storm reached the coast."));
        FigureGroup toll = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("40"));
        assertThat(toll.mentions()).hasSize(2);
        assertThat(toll.subject()).isEqualTo("deaths");
    }

    @Test
    void evacuatedVillagesAreNotACountOfEvacuees() {
        List<ComparedArticle> articles = List.of(
                article("Daily Star", "2023-06-07", "Authorities evacuated 2,400 people from the river towns on "
                        + "Tuesday.\n\nDozens of villages were evacuated along the lower river."),
                article("Morning Post", "2023-06-07", "More than 2,000 people were evacuated as the water rose, "
                        + "officials said."),
                article("Evening News", "2023-06-08", "Some 30 villages have been evacuated since the dam broke, "
                        + "the governor said."));
        Claims c = COMPARER.compare(articles);
        FigureGroup people = groupWith(c, m -> m.figure().text().contains("2,400"));
        assertThat(people.mentions()).extracting(m -> m.figure().text())
                .containsExactlyInAnyOrder("2,400 people", "More than 2,000 people");
        assertThat(people.verdict()).isEqualTo(Verdict.CONSISTENT);
        assertThat(groupWith(c, m -> m.figure().text().contains("villages")).mentions())
                .allSatisfy(m -> assertThat(m.figure().text()).contains("villages"));
    }

    private static ComparedArticle headed(String outlet, String headline, String body) {
        Metadata m = new Metadata(null, outlet, null, null, null, null, null);
        return new ComparedArticle(outlet, m, body, EXTRACTOR.extract(body), headline, EXTRACTOR.extract(headline));
    }

    @Test
    void headlineFiguresAreComparedWithTheirOffsetsInTheHeadline() {
        String headline = "Mine collapse leaves 27 dead, 9 missing";
        List<ComparedArticle> articles = List.of(
                headed("A", headline, "Rescuers worked through the night at the mine in the northern hills.\n\n"
                        + "The company said the shaft had been inspected last spring."),
                headed("B", "Rescue goes on at collapsed mine", "The collapse of the mine killed 29 workers, "
                        + "the regional governor said on Tuesday.\n\nSeven trucks of equipment arrived."));
        Claims c = COMPARER.compare(articles);
        FigureGroup toll = groupWith(c, m -> m.figure().text().contains("27"));
        FigureMention inHeadline = toll.mentions().stream().filter(m -> m.article() == 0).findFirst().orElseThrow();
        assertThat(inHeadline.part()).isEqualTo(org.parallax.core.article.Part.HEADLINE);
        assertThat(headline.substring(inHeadline.figure().start(), inHeadline.figure().end()))
                .isEqualTo(inHeadline.figure().text());
        assertThat(toll.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1);
        assertThat(toll.mentions().stream().filter(m -> m.article() == 1)).allMatch(
                m -> m.part() == org.parallax.core.article.Part.BODY);
        assertThat(toll.verdict()).isEqualTo(Verdict.DIFFER);
        // the missing are another quantity than the dead
        assertThat(toll.mentions()).hasSize(2).noneMatch(m -> Double.valueOf(9).equals(m.figure().value()));
    }

    @Test
    void flatlyContradictoryTollsDiffer() {
        List<ComparedArticle> articles = List.of(
                article("A", "2023-09-12", "At least 12 people were killed in the storm, police said."),
                article("B", "2023-09-12", "The storm killed 5 people, the fire service said."));
        FigureGroup toll = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("12"));
        assertThat(toll.mentions()).hasSize(2);
        assertThat(toll.verdict()).isEqualTo(Verdict.DIFFER);
        assertThat(toll.reasons()).anyMatch(r -> r.startsWith("different sources"));
    }

    @Test
    void budgetInDifferentSpellingsOfMoney() {
        List<ComparedArticle> articles = List.of(
                article("Ledger", "2024-03-01", "The government will spend $2bn on the new railway line, the "
                        + "transport minister said."),
                article("Courier", "2024-03-01", "The new railway line will cost 2 billion dollars, according to "
                        + "the transport ministry."),
                article("Tribune", "2024-03-05", "Auditors now say the new railway line will cost $2.3 billion."));
        Claims c = COMPARER.compare(articles);
        FigureGroup cost = groupWith(c, m -> m.figure().text().contains("2bn"));
        assertThat(cost.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(cost.verdict()).isEqualTo(Verdict.DIFFER);
        FigureGroup same = new FigureGroup(cost.subject(), cost.verdict(), cost.reasons(),
                cost.mentions().stream().filter(m -> m.article() < 2).toList());
        assertThat(Verdicts.verdict(same.mentions().stream().map(FigureMention::figure).toList()))
                .isEqualTo(Verdict.AGREE);
    }

    @Test
    void unitConversionsAgree() {
        List<ComparedArticle> articles = List.of(
                article("A", null, "The fire has burned 478 square kilometres of forest near the coast."),
                article("B", null, "The fire has burned 184 square miles of forest near the coast."));
        FigureGroup area = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("478"));
        assertThat(area.mentions()).hasSize(2);
        assertThat(area.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(area.reasons()).anyMatch(r -> r.startsWith("different units"));
    }

    @Test
    void projectionsAndCurrentCountsAreKeptApart() {
        List<ComparedArticle> articles = List.of(
                article("A", "2024-01-10", "The company has hired 300 engineers this year, its chief executive "
                        + "said.\n\nIt could hire up to 1,000 engineers by 2026, she said."),
                article("B", "2024-01-11", "The company has hired 320 engineers so far this year, a spokesman "
                        + "said. It expects to hire 1,000 engineers by 2026."));
        Claims c = COMPARER.compare(articles);
        FigureGroup now = groupWith(c, m -> m.figure().text().contains("300"));
        FigureGroup later = groupWith(c, m -> m.figure().text().contains("up to 1,000"));
        assertThat(now).isNotEqualTo(later);
        assertThat(now.mentions()).hasSize(2);
        assertThat(now.verdict()).isEqualTo(Verdict.DIFFER);
        assertThat(later.mentions()).hasSize(2);
        assertThat(later.verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void quotesAcrossOutletsWithCutsAndOtherSpeakers() {
        List<ComparedArticle> articles = List.of(
                article("A", "2024-05-02", "\"We will rebuild every house that the water took from us, and we "
                        + "will do it before winter,\" Mayor Anna Berg said on Tuesday."),
                // named: a bare role ("the deputy mayor") against a name is not compared (SourceNames.compare)
                article("B", "2024-05-02", "\"We will rebuild every house that the water took from us,\" said "
                        + "Tom Ek, the deputy mayor."),
                article("C", "2024-05-03", "Berg promised that \"we shall rebuild every house the water took "
                        + "from us\" before the winter."));
        Claims c = COMPARER.compare(articles);
        assertThat(c.quoteGroups()).hasSize(1);
        QuoteGroup g = c.quoteGroups().get(0);
        assertThat(g.mentions()).extracting(QuoteMention::article).containsExactly(0, 1, 2);
        assertThat(g.flags()).contains(QuoteFlag.TRUNCATED, QuoteFlag.REWORDED, QuoteFlag.SPEAKER_DIFFERS);
        assertThat(g.diffs()).hasSize(2);
        QuoteVariantDiff cut = g.diffs().stream().filter(d -> d.variant() == 1).findFirst().orElseThrow();
        assertThat(cut.added()).isEmpty();
        assertThat(cut.removed()).isNotEmpty();
        assertThat(c.attributionDifferences()).anyMatch(d -> d.mentions().stream()
                .map(AttributionMention::source).filter(s -> s != null).distinct().count() >= 2);
    }

    @Test
    void oneExactMeasureValueJoinsAcrossCurrentAndProjectedWording() {
        List<ComparedArticle> articles = List.of(
                article("North Gazette", null, "The central bank kept its deposit rate at 3.1% on Thursday.\n\n"
                        + "Unemployment in the region stood at 7.2% last month."),
                article("South Courier", null, "Analysts said the deposit rate would stay at 3.1% for now.\n\n"
                        + "Ships carried 400 containers through the canal."));
        FigureGroup rate = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("3.1"));
        assertThat(rate.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1);
        assertThat(rate.verdict()).isEqualTo(Verdict.AGREE);
    }

    @Test
    void oneSpecificCountNamedInTwoWaysIsOneQuantity() {
        List<ComparedArticle> articles = List.of(
                article("North Gazette", null, "Inspectors counted 1,437 dead fish along the creek on Monday.\n\n"
                        + "The plant employs 60 people."),
                article("South Courier", null, "The agency said 1,437 aquatic animals died after the spill.\n\n"
                        + "Crews laid 12 booms on the water."));
        FigureGroup fish = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("1,437"));
        assertThat(fish.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void oneSpecificCountInThreeGroupsGathersIntoOne() {
        // three outlets name one count three ways, each beside other figures its words would join it to
        List<ComparedArticle> articles = List.of(
                article("North Gazette", null, "More than 9,000 fish died in the creek, officials said.\n\n"
                        + "Among them were 2,417 trout counted by inspectors on Monday."),
                article("South Courier", null, "The spill killed 2,417 trout and 310 crayfish, the agency said.\n\n"
                        + "About 60 birds were also found."),
                article("East Ledger", null, "An estimated 2,417 small fish died, according to the state.\n\n"
                        + "Nearly 9,500 fish were killed in all."));
        FigureGroup trout = groupWith(COMPARER.compare(articles), m -> m.figure().text().contains("2,417"));
        assertThat(trout.mentions()).extracting(FigureMention::article).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(trout.mentions()).allSatisfy(m -> assertThat(m.figure().text()).contains("2,417"));
    }

    @Test
    void emptyInput() {
        assertThat(COMPARER.compare(List.of())).isEqualTo(Claims.EMPTY);
    }
}

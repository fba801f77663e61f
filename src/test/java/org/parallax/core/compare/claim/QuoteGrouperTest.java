package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Quote;

/**
 * The quote grouper on made-up articles whose quotes (and speakers) are given, so that only grouping and judging
 * are under test: house style, cuts, renderings of one statement, and who the words are credited to.
 */
class QuoteGrouperTest {

    private static final QuoteGrouper GROUPER = new QuoteGrouper(ClaimComparer.builder().build().options());

    /** An article whose quotes are the stretches inside curly quotation marks, credited in order to {@code speakers}. */
    private static ComparedArticle article(String body, String... speakers) {
        List<Quote> quotes = new ArrayList<>();
        int from = 0;
        int k = 0;
        while (true) {
            int open = body.indexOf('“', from);
            if (open < 0) {
                break;
            }
            int close = body.indexOf('”', open);
            Span span = new Span(open + 1, close);
            quotes.add(new Quote(span, span.of(body), k < speakers.length ? speakers[k] : null, null, null, -1));
            k++;
            from = close + 1;
        }
        return new ComparedArticle("a" + body.hashCode(), Metadata.EMPTY, body,
                new Extraction(List.of(), quotes, List.of()));
    }

    private static List<QuoteGroup> group(ComparedArticle... articles) {
        return GROUPER.group(List.of(articles), List.of());
    }

    @Test
    void percentSignAndPerCentAreOneStatement() {
        List<QuoteGroup> groups = group(
                article("The union leader wrote: “Every driver gets a winter bonus this year, and the bonus is 40% "
                        + "higher than the one paid last winter.”", "Lena Marsh"),
                article("Marsh said the bonus was “40 per cent higher than the one paid last winter”.", "Lena Marsh"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).mentions()).extracting(QuoteMention::article).containsExactly(0, 1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.TRUNCATED).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void houseStyleIsNotRewording() {
        List<QuoteGroup> groups = group(
                article("“The paint on the old bridge hasn't lost its colour, and we won't repaint the centre span "
                        + "this summer,” the engineer said.", "Omar Haddad"),
                article("“The paint on the old bridge has not lost its color, and we will not repaint the center span "
                        + "this summer,” Haddad said in a statement.", "Haddad"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).isEmpty();
    }

    @Test
    void moneyAndNumbersInOtherSpellings() {
        List<QuoteGroup> groups = group(
                article("She tweeted: “The club is losing over $3M/day and 1,200 fans have cancelled.”", "Ana Ruiz"),
                article("Ruiz wrote: “The club is losing over $3 million a day and 1200 fans have cancelled.”",
                        "Ruiz"));
        assertThat(groups).hasSize(1);
    }

    @Test
    void overlappingStretchesOfOneStatementAreOneGroup() {
        // one outlet quotes the first two sentences, another the last two: they share the middle one
        List<QuoteGroup> groups = group(
                article("“The storm has passed. Crews are clearing the fallen trees from every road into the old "
                        + "town tonight.”", "Ivo Marin"),
                article("“Crews are clearing the fallen trees from every road into the old town tonight. Schools "
                        + "will stay closed until Thursday, and the ferry will not run before the weekend.”",
                        "Ivo Marin"));
        assertThat(groups).hasSize(1);
    }

    @Test
    void twoRenderingsOfOneLongStatementAreOneGroup() {
        // one written statement, worded twice (as two translations would word it)
        List<QuoteGroup> groups = group(
                article("The hospital board said: “After studying the surgeons' reports, the district's waiting lists "
                        + "and the shortage of night nurses, we have decided to close the small children's ward at the "
                        + "old hospital from next month.”", "the Hospital Board"),
                article("The board wrote: “Having examined what the surgeons reported, the waiting lists across the "
                        + "district and the lack of nurses at night, the board decided that the small ward for children "
                        + "at the old hospital will close from next month.”", "the Hospital Board"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.REWORDED).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void twoStatementsOnOneTopicStayApart() {
        List<QuoteGroup> groups = group(
                article("“The surgeons' reports show the waiting lists in the district are longer than last year, and "
                        + "night nurses are leaving the old hospital,” the director said.", "Karl Brandt"),
                article("“The old hospital will hire night nurses until the waiting lists in the district are shorter "
                        + "than the surgeons' reports say they were last year,” Brandt added.", "Brandt"));
        assertThat(groups).isEmpty();
    }

    @Test
    void aQuoteCreditedToNobodyWhereAnotherOutletNamesTheSpeaker() {
        List<QuoteGroup> groups = group(
                article("“None of the wells near the plant show any trace of the solvent,” said Rita Olsen, the "
                        + "water agency's director.", "Rita Olsen"),
                article("Tests continued on Friday. “None of the wells near the plant show any trace of the solvent.”"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void aSplitStatementNamedOnceInAnArticleIsCredited() {
        List<QuoteGroup> groups = group(
                article("Olsen wrote: “None of the wells near the plant show any trace of the solvent. We will keep "
                        + "testing them every week until the spring.”", "Rita Olsen"),
                article("“None of the wells near the plant show any trace of the solvent,” Olsen said. The agency "
                        + "added: “We will keep testing them every week until the spring.”", "Olsen"),
                // the second half without a speaker of its own, the first half credited
                article("“None of the wells near the plant show any trace of the solvent,” Olsen told reporters. "
                        + "“We will keep testing them every week until the spring.”", "Rita Olsen"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void twoNamedSpeakersDiffer() {
        List<QuoteGroup> groups = group(
                article("“The bridge will reopen to traffic before the end of the month,” said Paul Grant.",
                        "Paul Grant"),
                article("“The bridge will reopen to traffic before the end of the month,” said Nina Grant.",
                        "Nina Grant"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void aNameAgainstABareRoleOrAMediumIsNotADifference() {
        List<QuoteGroup> groups = group(
                article("“The bridge will reopen to traffic before the end of the month,” said Paul Grant.",
                        "Paul Grant"),
                article("“The bridge will reopen to traffic before the end of the month,” a city spokesman said.",
                        "a city spokesman"),
                article("“The bridge will reopen to traffic before the end of the month,” according to reports.",
                        "reports"),
                article("“The bridge will reopen to traffic before the end of the month,” Grant told Interfax.",
                        "Grant"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void aBodyUnderItsFullNameAndItsInitialsIsOneSpeaker() {
        List<QuoteGroup> groups = group(
                article("“Rates will stay where they are for as long as it takes,” the Northern Reserve Board said.",
                        "The Northern Reserve Board (NRB)"),
                article("“Rates will stay where they are for as long as it takes,” the NRB said.", "NRB"),
                article("“rates will stay where they are for as long as it takes,” said the NRB Governing Council.",
                        "the NRB Governing Council"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }
}

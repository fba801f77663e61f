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
                article("The chief executive wrote: “Everyone who left was offered four months of pay, which is 40% "
                        + "more than the law requires.”", "Lena Marsh"),
                article("Marsh said the offer was “40 per cent more than the law requires”.", "Lena Marsh"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).mentions()).extracting(QuoteMention::article).containsExactly(0, 1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.TRUNCATED).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void houseStyleIsNotRewording() {
        List<QuoteGroup> groups = group(
                article("“We haven't seen any sign that the colour of the river water changed near the centre,” the "
                        + "inspector said.", "Omar Haddad"),
                article("“We have not seen any sign that the color of the river water changed near the center,” "
                        + "Haddad said in a statement.", "Haddad"));
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
                article("The council said: “Following a careful review of the harvest figures, the state of the "
                        + "regional grain reserves and the pressure on import prices, it is now right to lower the "
                        + "grain levy after eleven months without change.”", "the Grain Council"),
                article("The statement read: “Having weighed our newest review of the harvest figures, the regional "
                        + "grain reserves and the pressure on import prices, after eleven months of an unchanged levy, "
                        + "it is right to ease the grain levy.”", "the Grain Council"));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).flags()).contains(QuoteFlag.REWORDED).doesNotContain(QuoteFlag.SPEAKER_DIFFERS);
    }

    @Test
    void twoStatementsOnOneTopicStayApart() {
        List<QuoteGroup> groups = group(
                article("“The harvest figures show the regional grain reserves are lower than last year, and import "
                        + "prices keep rising,” the minister said.", "Karl Brandt"),
                article("“Import prices for grain will stay high until the harvest figures improve and the regional "
                        + "reserves are refilled,” Brandt added.", "Brandt"));
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
                article("“The bridge will reopen to traffic before the end of the month,” Grant told Reuters.",
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

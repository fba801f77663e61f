package org.parallax.core.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Quote;

class QuoteExtractorTest {

    private final Extractor extractor = new Extractor();

    private List<Quote> quotes(String body) {
        return extractor.extract(body).quotes();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "We will win this fight soon," Anna Kovacs said.                                  | Anna Kovacs
            "We will win this fight soon," said Anna Kovacs.                                  | Anna Kovacs
            Anna Kovacs said: "We will win this fight soon."                                   | Anna Kovacs
            Army spokesman Tom Berg stated, “We will win this fight soon.”                     | Tom Berg
            "We will win this fight soon," Tom Berg told reporters on Friday.                  | Tom Berg
            “We will win this fight soon,” a source close to the ministry said.                | a source close to the ministry
            "We will win this fight soon," Rep. Tom Berg (D-Ohio) said in an interview.      | Tom Berg
            "We will win this fight soon," Tom Berg wrote on Telegram.                         | Tom Berg
            Tom Berg said in a statement that the army would "win this fight soon" anyway.     | Tom Berg
            Ana Ruiz, head of the city council said: "We will win this fight soon."            | Ana Ruiz
            "We will win this fight soon," farmer Jan Kowal, 61, told the radio.               | Jan Kowal
            "We will win this fight soon," the memo to the staff said.                         | the memo
            The club urged fans to “stay calm and go home." It said nothing else.              | The club
            "We found nothing at all," Ms. Olsen said.                                          | Olsen
            “We found nothing at all.” ― Ana Ruiz                                             | Ana Ruiz
            “Why would we wait any longer for them?” Tom Berg asked.                          | Tom Berg
            "We will win this fight soon," Sen. Tom Berg, R-Ohio, said on Monday.              | Tom Berg
            "So sad," Ana Ruiz said. "We will rebuild the town hall."                         | Ana Ruiz
            He’s saying that the plan is “a waste of public money” again.                      | He
            Ana Ruiz said the video gave "no clear proof of anything at all," but the police said it was enough. | Ana Ruiz
            Asked about the delay, the mother of two replied, "We have waited long enough."   | the mother
            """)
    void speakerPatterns(String body, String speaker) {
        List<Quote> q = quotes(body);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo(speaker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Police chief Mark Olsen arrived. "We found nothing at all," he said.                            | Mark Olsen
            Mark Olsen spoke first. Olsen later said: "We found nothing at all."                             | Mark Olsen
            Ukrainian President Ivan Petrenko spoke. "We found nothing at all," the Ukrainian leader added. | Ivan Petrenko
            NATO chief Jan Vries met Petrenko. "We found nothing at all," the NATO chief added.             | Jan Vries
            """)
    void resolvesPronounsSurnamesAndRoles(String body, String speaker) {
        List<Quote> q = quotes(body);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo(speaker);
    }

    @Test
    void aDashCreditBetweenNoBreakSpacesClosesAQuestion() {
        List<Quote> q = quotes("“Why would we wait any longer for them?”\u00a0―\u00a0Ana Ruiz\u00a0\n"
                + "“The town deserves better than this plan.” ― Tom Berg\n");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).speaker()).isEqualTo("Ana Ruiz");
        assertThat(q.get(1).speaker()).isEqualTo("Tom Berg");
    }

    @Test
    void aDashCreditClosesItsQuote() {
        List<Quote> q = quotes("“We found nothing at all.” ― Ana Ruiz “The town is safe again.” ― Jon Berg");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ana Ruiz", "Jon Berg");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A message said “3,738 people” could go.
            MAYOR SCRAPS ‘DAYS OF SUN’ FROM THE CALENDAR: REPORT
            """)
    void numbersAndTermsInCapitalsAreNoQuotes(String body) {
        assertThat(quotes(body)).isEmpty();
    }

    @Test
    void roleIsSplitFromName() {
        Quote q = quotes("\"The line will hold for now,\" NATO chief Mark Rutte said.").get(0);
        assertThat(q.speaker()).isEqualTo("Mark Rutte");
        assertThat(q.speakerRole()).isEqualTo("NATO chief");
    }

    @Test
    void shortQuotesApostrophesAndNestedQuotesAreNotQuotes() {
        String body = "Russia's ‘70s rock ’n’ roll was 'soon' over, and Biden called it \"very dangerous.\" "
                + "\"Every 'today' is the best moment to act,\" he said.";
        List<Quote> q = quotes(body);
        assertThat(q).extracting(Quote::text).containsExactly("Every 'today' is the best moment to act,");
    }

    @Test
    void multiParagraphQuoteKeepsSpeaker() {
        String body = "\"The first part of the speech goes here,\" Maria Lind said. \"And it goes on here.\n\n"
                + "\"The last paragraph of the speech ends here.\"";
        List<Quote> q = quotes(body);
        assertThat(q).extracting(Quote::text).containsExactly("The first part of the speech goes here,",
                "And it goes on here.", "The last paragraph of the speech ends here.");
        assertThat(q).extracting(Quote::speaker).containsOnly("Maria Lind");
    }

    @Test
    void editorialBracketsStayInside() {
        Quote q = quotes("\"Now, [Russian President Vladimir] Putin has moved,\" Olga Ivanova said.").get(0);
        assertThat(q.text()).isEqualTo("Now, [Russian President Vladimir] Putin has moved,");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kovalensky   | Kovalenskyy
            Kovalenskiy  | Kovalensky
            Oleksandr Kovalensky | Oleksandr Kovalenskyy
            Tkatchenko   | Tkachenko
            Müller       | Muller
            """)
    void personKeyFoldsSpellings(String a, String b) {
        assertThat(QuoteExtractor.personKey(a)).isEqualTo(QuoteExtractor.personKey(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kovalensky   | Kovalenko
            Anna Kovacs  | Anna Kovac
            Petrov       | Petrova
            Oleksandr Kovalensky | Mykola Kovalensky
            """)
    void personKeyKeepsDifferentNamesApart(String a, String b) {
        assertThat(QuoteExtractor.personKey(a)).isNotEqualTo(QuoteExtractor.personKey(b));
    }

    @Test
    void quoteLinksToItsAttribution() {
        Extraction e = extractor.extract("\"We will win this fight soon,\" Anna Kovacs said.");
        Quote q = e.quotes().get(0);
        assertThat(q.attribution()).isEqualTo(0);
        assertThat(e.attributions().get(0).cueText()).isEqualTo("said");
    }
}

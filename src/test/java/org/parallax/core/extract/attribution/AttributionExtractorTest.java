package org.parallax.core.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.extract.Attribution;
import org.parallax.core.text.TextSplitter;

class AttributionExtractorTest {

    private final AttributionExtractor extractor = new AttributionExtractor();
    private final TextSplitter splitter = new TextSplitter();

    private List<Attribution> find(String body) {
        return extractor.extract(body, splitter.sentences(body));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The ministry has estimated that 5,000 people fled.                       | has estimated        | The ministry
            Local officials have also said the bridge is closed.                     | have also said       | Local officials
            The city had previously put the toll at 40.                              | had previously put   | The city
            The dam broke, according to the regional governor.                       | according to         | the regional governor
            The dam broke, Reuters reported, citing two witnesses.                  | reported             | Reuters
            The dam reportedly broke overnight.                                      | reportedly           | NULL
            Rescuers arrived amid reports that the dam broke.                        | reports              | NULL
            Kenya's health ministry confirmed the outbreak on Monday.                | confirmed            | Kenya's health ministry
            Mayor Ana Ruiz told reporters the bridge was safe.                       | told reporters       | Ana Ruiz
            Ana Ruiz, a former judge who leads the panel, warned of delays.          | warned               | Ana Ruiz
            The figures were reported by local media on Sunday.                      | reported by          | local media
            The plan, as indicated by the company, takes a year.                    | indicated by         | the company
            Maria Lopez, head of the regional council said the road would reopen.   | said                 | Maria Lopez
            Tom Berg, who runs the shelter said the dogs were safe.                  | said                 | Tom Berg
            "We lost everything," farmer Jan Kowal, 61, told the radio.              | told                 | Jan Kowal
            The Kansas Department of Public Health says the water is safe.           | says                 | The Kansas Department of Public Health
            The agency tested the water and said it was safe.                        | said                 | The agency
            Two neighbours traded blame for the fire.                               | traded blame         | Two neighbours
            Hundreds of nurses have tweeted about the cuts.                          | have tweeted         | Hundreds of nurses
            The memo sent to staff on Monday said the plant would close.             | said                 | The memo
            Nurses on Friday night warned of delays.                                 | warned               | Nurses
            "Open the gates," the mayor yells as the water rises.                  | yells                | the mayor
            The minister likened the new tax to "a trap for families".               | likened              | The minister
            The mayor is promising cheaper buses and "a cleaner city".               | is promising         | The mayor
            The neighbours branded the plan "a disgrace".                            | branded              | The neighbours
            "The road is safe," Rep. Ann Cole (D-Ohio) said on Monday.               | said                 | Ann Cole
            The port authority (PAX) said the ships would wait.                    | said                 | The port authority
            She’s claiming the vote was rigged from the start.                      | claiming             | She
            The city isn’t saying whether the bridge is safe.                        | isn’t saying         | The city
            The firm has strongly denied any wrongdoing.                             | has strongly denied  | The firm
            Even now at 90 he still says the war was a mistake.                      | says                 | he
            Sen. Ann Cole, D-Ohio, said the bill would pass.                         | said                 | Ann Cole
            Said Ann Cole: “We will win the vote in the spring.”                     | Said                 | Ann Cole
            “We need a new school for the valley,” the letter reads.                 | reads                | the letter
            Marchers chanted “No more cuts to the buses!” outside the hall.          | chanted              | Marchers
            “This is the lowest level in years,” reported the Daily Post.            | reported             | the Daily Post
            During a visit to the port, the mayor praised the crews, saying the work was done. | saying   | the mayor
            Rescuers thanked Mayor Ann Cole who said the road would reopen.          | said                 | Ann Cole
            Ann Cole, the city's mayor, toured the site on Monday, saying the road would reopen. | saying | Ann Cole
            A memo on the council's website states that the road will reopen.        | states               | A memo on the council's website
            He then toured the site, saying the road would reopen.                   | saying               | He
            “It will take a year or more,” she continued.                            | continued            | she
            """)
    void firstCueAndSource(String body, String cue, String source) {
        List<Attribution> a = find(body);
        assertThat(a).isNotEmpty();
        assertThat(a.get(0).cueText()).isEqualTo(cue);
        assertThat(a.get(0).source()).isEqualTo(source);
    }

    @Test
    void pronounAgreesInGenderWithAnHonorific() {
        List<Attribution> a = find("Mr. Tom Berg met Ms. Ana Ruiz on Monday. Ruiz said the bridge would reopen. "
                + "Berg said the money was there. She said the work would take a year.");
        assertThat(a).hasSize(3);
        assertThat(a.get(2).source()).isEqualTo("Ana Ruiz");
    }

    @Test
    void pronounAgreesInGenderWithARole() {
        List<Attribution> a = find("Spokeswoman Ana Ruiz met Tom Berg on Monday. Berg said the road was closed. "
                + "Ruiz said the bridge was open. He said the work would take a year.");
        assertThat(a).hasSize(3);
        assertThat(a.get(2).source()).isEqualTo("Tom Berg");
    }

    @Test
    void pronounFarFromAnySourceStandsForTheArticlesMainSpeaker() {
        List<Attribution> a = find("Ana Ruiz said the plan was sound.\n\nRuiz said the cost was fair.\n\n"
                + "The river rose in May.\n\nThe road was closed.\n\nThe town waited.\n\n"
                + "The old bridge was built by Tom Berg in 1990.\n\nShe said the work would take a year.");
        assertThat(a).hasSize(3);
        assertThat(a.get(2).source()).isEqualTo("Ana Ruiz");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The dam broke, Reuters reported, citing sources familiar with the matter. | 2 | sources familiar with the matter
            The dam broke, the agency said, according to two lawmakers.              | 2 | two lawmakers
            """)
    void layeredSourcingGivesOneEntryPerSource(String body, int count, String lastSource) {
        List<Attribution> a = find(body);
        assertThat(a).hasSize(count);
        assertThat(a.get(count - 1).source()).isEqualTo(lastSource);
        assertThat(a.get(count - 1).anonymous()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The report on the dam was long.
            The state of the report was poor.
            This alarming escalation has raised concerns.
            Officials declared a state of emergency.
            The union was informed by email.
            The 2025 forecast was cut.
            The brands in the shop were cheap.
            It was a promising start for the club.
            She read the report twice before the meeting.
            The choir will sing at noon on Sunday.
            The board heard most union claims of unfair pay.
            Having said that, the plan is sound.
            """)
    void noCue(String body) {
        assertThat(find(body)).isEmpty();
    }
}

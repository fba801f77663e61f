package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;
import org.parallax.core.text.Token;

/** The quantity frames read from made-up sentences: the figure is the first occurrence of the number given. */
class QuantityFramesTest {

    private static String frame(String sentence, String figure, String dimension) {
        List<Token> toks = ClaimText.allTokens(sentence, new Span(0, sentence.length()));
        int at = sentence.indexOf(figure);
        return QuantityFrames.DEFAULT.frameOf(toks, new Span(at, at + figure.length()), dimension, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The storm killed 120 people in the valley.| 120 | deaths",
        "At least 120 dead after the ferry sank.| 120 | deaths",
        "The blast claimed 120 lives on Sunday.| 120 | deaths",
        "Officials said the death toll rose to 120.| 120 | deaths",
        "Some 120 people died when the bridge fell.| 120 | deaths",
        "Rescuers recovered 120 bodies from the mine.| 120 | deaths",
        "The quake left 300 dead and 1,400 injured.| 1,400 | injured",
        "The fire killed 12 and injured 40 others.| 40 | injured",
        "Police said 15 people were still missing.| 15 | missing",
        "More than 9,000 residents have been evacuated so far.| 9,000 | evacuated",
        "The company laid off 6,000 employees on Friday.| 6,000 | job cuts",
        "About 6,000 jobs will go, the firm said.| 6,000 | job cuts",
        "A magnitude 5.9 earthquake struck the coast.| 5.9 | magnitude",
        "Some 300 homes were destroyed by the flood.| 300 | homes",
    })
    void countsTakeTheFrameOfTheirNounOrPredicate(String sentence, String figure, String expected) {
        assertThat(frame(sentence, figure.strip(), "count")).isEqualTo(expected.strip());
    }

    @Test
    void measuresNeedACueOfTheirDimension() {
        assertThat(frame("The quake struck at a depth of 12 km, officials said.", "12 km", "length")).isEqualTo("depth");
        assertThat(frame("The town lies 40 km south of the capital.", "40 km", "length")).isEqualTo("distance");
        assertThat(frame("The bank cut its rate by 0.5% on Thursday.", "0.5%", "percent")).isEqualTo("rate change");
        // a depth cue says nothing about a count
        assertThat(frame("At a depth of 12 people.", "12", "count")).isNull();
    }

    @Test
    void theFiguresOwnNounComesBeforeTheClause() {
        // "fish" is the counted noun even though "killed" stands in the clause
        assertThat(frame("The spill killed 3,000 fish downstream.", "3,000 fish", "count")).isEqualTo("fish");
    }

    @Test
    void aClauseEndsTheSearch() {
        assertThat(frame("Ten people died, and 40 were rescued from the roof.", "40", "count")).isEqualTo("rescued");
        assertThat(frame("The ship carried 40 crew, while six died.", "40", "count")).isNull();
    }

    @Test
    void scopeWordsMarkASubset() {
        String s = "Officials counted another 500 sheep.";
        List<Token> toks = ClaimText.allTokens(s, new Span(0, s.length()));
        int at = s.indexOf("500");
        assertThat(QuantityFrames.DEFAULT.scoped(toks, new Span(at, at + 3))).isTrue();
        String t = "Officials counted 500 sheep.";
        List<Token> toks2 = ClaimText.allTokens(t, new Span(0, t.length()));
        int at2 = t.indexOf("500");
        assertThat(QuantityFrames.DEFAULT.scoped(toks2, new Span(at2, at2 + 3))).isFalse();
    }

    @Test
    void aCountedNounOfAnotherKindThanItsFramesCountsAnotherThing() {
        QuantityFrames frames = QuantityFrames.DEFAULT;
        assertThat(frames.otherKind("evacuated", "villages")).isEqualTo("places");
        assertThat(frames.otherKind("evacuated", "people")).isNull();
        assertThat(frames.otherKind("evacuated", "residents")).isNull();
        assertThat(frames.otherKind("deaths", "people")).isNull();
        assertThat(frames.otherKind("deaths", "victims")).as("a noun of no listed kind").isNull();
        assertThat(frames.otherKind("homes", "houses")).as("the frame's own kind, from its cue nouns").isNull();
        assertThat(frames.otherKind("homes", "people")).isEqualTo("people");
        assertThat(frames.otherKind("evacuated", null)).isNull();
    }

    @Test
    void aKindLineNamesItsNouns() {
        QuantityFrames frames = QuantityFrames.parse(List.of("stranded | count | stranded",
                "kind | vessels | boats, ships"));
        assertThat(frames.otherKind("stranded", "boats")).isEqualTo("vessels");
        assertThat(frames.otherKind("stranded", "tourists")).isNull();
    }

    private static Span spanOf(String s, String figure) {
        int at = s.indexOf(figure);
        return new Span(at, at + figure.length());
    }

    @Test
    void earlierMarkersStandBeforeTheFigureInItsClause() {
        String s = "First counts showed about 900 sheep dead, and the tally is now 4,100.";
        List<Token> toks = ClaimText.allTokens(s, new Span(0, s.length()));
        assertThat(QuantityFrames.DEFAULT.markedBefore("earlier", toks, spanOf(s, "900"))).isFalse();
        String t = "The height was initially put at 40 metres.";
        List<Token> toks2 = ClaimText.allTokens(t, new Span(0, t.length()));
        assertThat(QuantityFrames.DEFAULT.markedBefore("earlier", toks2, spanOf(t, "40 metres"))).isTrue();
    }

    @Test
    void genericMarkersMakeAGeneralStatementButNotAcrossAnAside() {
        String s = "Storms of category 3 are typically called major, forecasters say.";
        List<Token> toks = ClaimText.allTokens(s, new Span(0, s.length()));
        assertThat(QuantityFrames.DEFAULT.marked("generic", toks, spanOf(s, "3"))).isTrue();
        String t = "The village lies in a valley – a place usually quiet – about 30 km from the coast.";
        List<Token> toks2 = ClaimText.allTokens(t, new Span(0, t.length()));
        assertThat(QuantityFrames.DEFAULT.marked("generic", toks2, spanOf(t, "30 km"))).isFalse();
    }

    @Test
    void theCountedNounAloneSaysTheFrameWhenTheClauseDoesNot() {
        assertThat(QuantityFrames.DEFAULT.frameOfNoun("fatalities", "count")).isEqualTo("deaths");
        assertThat(QuantityFrames.DEFAULT.frameOfNoun("Evacuees", "count")).isEqualTo("evacuated");
        // a weak cue alone says nothing ("employees" may be a workforce or a job cut)
        assertThat(QuantityFrames.DEFAULT.frameOfNoun("employees", "count")).isNull();
        assertThat(QuantityFrames.DEFAULT.frameOfNoun("chairs", "count")).isNull();
        assertThat(QuantityFrames.DEFAULT.frameOfNoun(null, "count")).isNull();
    }

    @Test
    void aComparisonAfterAShareIsADifferenceButAHedgeBeforeItIsNot() {
        assertThat(frame("Staff got a bonus, which is 30% more than last year.", "30%", "percent"))
                .isEqualTo("difference");
        assertThat(frame("The firm laid off more than 30% of its staff.", "more than 30%", "percent"))
                .isEqualTo("job cuts");
    }

    @Test
    void aRangesOwnToIsNoRateCue() {
        assertThat(frame("The firm could cut 10% to 20% of its staff.", "10% to 20%", "percent"))
                .isNotEqualTo("rate level");
    }

    @Test
    void aFigureQuotedOnItsOwnReadsPastItsQuotationMarks() {
        assertThat(frame("A memo listed \"1,234 people\" who would be laid off.", "1,234 people", "count"))
                .isEqualTo("job cuts");
    }

    @Test
    void aFrameLineNeedsThreeFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QuantityFrames.parse(List.of("deaths | count")))
                .isInstanceOf(IllegalArgumentException.class);
        QuantityFrames f = QuantityFrames.parse(List.of("# comment", "", "floods | count | flooded, inundated"));
        String s = "About 70 villages were inundated.";
        List<Token> toks = ClaimText.allTokens(s, new Span(0, s.length()));
        assertThat(f.frameOf(toks, new Span(6, 8), "count", List.of())).isEqualTo("floods");
    }
}

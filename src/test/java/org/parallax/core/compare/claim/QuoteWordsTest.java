package org.parallax.core.compare.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;

/** The house-style folding of quote words ({@code quote-words.txt}). */
class QuoteWordsTest {

    private static List<String> words(String text) {
        return QuoteWords.DEFAULT.words(text, new Span(0, text.length())).stream().map(QuoteWords.Word::text)
                .toList();
    }

    @Test
    void percentInEveryHouseStyle() {
        assertThat(words("40% more")).isEqualTo(words("40 per cent more")).isEqualTo(words("40 percent more"))
                .containsExactly("40", "percent", "more");
    }

    @Test
    void moneyNumbersAndThousands() {
        assertThat(words("$3M")).containsExactly("dollar", "3", "million");
        assertThat(words("$3 million")).containsExactly("dollar", "3", "million");
        assertThat(words("1,200 fans")).isEqualTo(words("1200 fans"));
        assertThat(words("three months")).isEqualTo(words("3 months"));
    }

    @Test
    void contractionsAndSpellings() {
        assertThat(words("we haven't seen")).isEqualTo(words("we have not seen"));
        assertThat(words("they can't")).isEqualTo(words("they cannot"));
        assertThat(words("we won't")).isEqualTo(words("we will not"));
        assertThat(words("we recognise the colour of the centre")).isEqualTo(words("we recognize the color of the center"));
        assertThat(words("the U.S. and the United States")).containsExactly("the", "us", "and", "the", "us");
    }

    @Test
    void aFoldedPhraseKeepsItsPlace() {
        String text = "up 40 per cent";
        List<QuoteWords.Word> ws = QuoteWords.DEFAULT.words(text, new Span(0, text.length()));
        assertThat(ws.get(2).span().of(text)).isEqualTo("per cent");
        assertThat(ws.get(2).letters()).isTrue();
        assertThat(ws.get(1).letters()).isFalse();
    }

    @Test
    void badLinesAreRefused() {
        assertThatThrownBy(() -> QuoteWords.parse(List.of("percent % pct"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteWords.parse(List.of("suffix ise"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuoteWords.parse(List.of("a = b", "c = b"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(QuoteWords.parse(List.of("# only a comment", "")).words("x y", new Span(0, 3))).hasSize(2);
    }
}

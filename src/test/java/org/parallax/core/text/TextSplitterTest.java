package org.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.core.article.Span;

class TextSplitterTest {

    private final TextSplitter splitter = new TextSplitter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. sent aid. Officials said so.                          | 2
            Gen. Smith arrived. He spoke.                                  | 2
            Lt. Col. Jones said the plan was set on Nov. 20 in Kyiv.       | 1
            N.Korean troops are in Kursk. No. 5 is next.                   | 2
            Donald J. Trump spoke. Then he left.                           | 2
            Growth was 1.5 percent. It fell.                               | 2
            The sounds of nature... have now been drowned out.             | 1
            "He will not stop. The more time he has, the worse," he said.  | 2
            Rep. Lee and Dr. Park met on Monday.                           | 1
            Is it over? Nobody knows!                                      | 2
            """)
    void countsSentences(String text, int expected) {
        assertThat(splitter.sentences(text)).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Headline without a stop\\n\\nFirst paragraph. Second sentence. | 3 | 2
            One\\nTwo\\nThree                                               | 3 | 3
            """)
    void linesArePargraphs(String escaped, int sentences, int paragraphs) {
        String text = escaped.replace("\\n", "\n");
        List<Sentence> s = splitter.sentences(text);
        assertThat(s).hasSize(sentences);
        assertThat(s.get(s.size() - 1).paragraph()).isEqualTo(paragraphs - 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russia's U.S.-supplied 1,000 troops. | Russia's,U.S,.,-,supplied,1,000,troops,.
            Lee Seong-kweun (CSIS)               | Lee,Seong-kweun,(,CSIS,)
            """)
    void tokens(String text, String expected) {
        List<Token> t = splitter.tokens(text, new Span(0, text.length()));
        assertThat(t).allSatisfy(k -> assertThat(k.text()).isEqualTo(k.span().of(text)));
        assertThat(t).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void aRunWithoutSentenceEndsIsCutIntoBoundedPiecesAtWhiteSpace() {
        String line = "the council said twelve million euros were spent and the mayor said not enough ".repeat(400);
        String body = line + "\n\nA short sentence. Another one.";
        List<Sentence> sentences = new TextSplitter().sentences(body);
        StringBuilder covered = new StringBuilder();
        for (Sentence s : sentences) {
            assertThat(s.span().length()).isLessThanOrEqualTo(TextSplitter.MAX_SENTENCE);
            String text = s.span().of(body);
            assertThat(text).doesNotStartWith(" ").doesNotEndWith(" ");
            assertThat(body.charAt(s.span().end() - 1) == ' ' || s.span().end() == body.length()
                    || body.charAt(s.span().end()) == ' ' || body.charAt(s.span().end()) == '\n').isTrue();
            covered.append(text.replace(" ", ""));
        }
        assertThat(covered.toString()).isEqualTo(body.replaceAll("\\s", ""));
        assertThat(sentences.get(sentences.size() - 1).span().of(body)).isEqualTo("Another one.");
    }
}

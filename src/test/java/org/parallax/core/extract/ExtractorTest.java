package org.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Span;

class ExtractorTest {

    private static Figure figure(String body, String text) {
        int s = body.indexOf(text);
        return new Figure(new Span(s, s + text.length()), text, null, null, null, null, null, null, null, -1);
    }

    @Test
    void linksFiguresToTheQuoteOrContentThatHoldsThem() {
        String body = "\"Putin has brought 11,000 troops to the border,\" Anna Kovacs said.\n\n"
                + "The ministry has estimated that 3,000 more are coming.\n\nThe war began in 2022 with 500 tanks.";
        Extractor ex = new Extractor(b -> List.of(figure(b, "11,000 troops"), figure(b, "3,000"),
                figure(b, "500 tanks")));
        Extraction e = ex.extract(body);
        assertThat(e.figures()).hasSize(3);
        Attribution first = e.attributions().get(e.figures().get(0).attribution());
        assertThat(first.source()).isEqualTo("Anna Kovacs");
        Attribution second = e.attributions().get(e.figures().get(1).attribution());
        assertThat(second.cueText()).isEqualTo("has estimated");
        assertThat(e.figures().get(2).attribution()).isEqualTo(-1);
    }

    @Test
    void emptyBody() {
        assertThat(new Extractor().extract("")).isEqualTo(Extraction.EMPTY);
    }
}

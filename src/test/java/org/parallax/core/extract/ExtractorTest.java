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
    void linksFiguresToAPostPosedCue() {
        String body = "Heavy rain could flood up to 2,000 homes in the valley, the regional governor Maria Lenz warned, "
                + "amid reports that the river was rising.\n\n"
                + "The storm damaged 300 bridges, Reuters reported on Monday.\n\n"
                + "Speaking in Lyon after a meeting with mayors, Lenz said she could confirm 40 deaths.";
        Extraction e = new Extractor().extract(body);
        Figure homes = e.figures().stream().filter(f -> f.text().contains("2,000")).findFirst().orElseThrow();
        Figure bridges = e.figures().stream().filter(f -> f.text().contains("300")).findFirst().orElseThrow();
        assertThat(homes.attribution()).isGreaterThanOrEqualTo(0);
        Attribution warned = e.attributions().get(homes.attribution());
        assertThat(warned.cueText()).isEqualTo("warned");
        assertThat(warned.content().of(body)).startsWith("Heavy rain could flood");
        assertThat(bridges.attribution()).isGreaterThanOrEqualTo(0);
        assertThat(e.attributions().get(bridges.attribution()).source()).isEqualTo("Reuters");
        // a leading participle clause is no reported speech: the content follows the cue
        Attribution said = e.attributions().stream().filter(a -> a.cueText().equals("said")).findFirst()
                .orElseThrow();
        assertThat(said.content().of(body)).startsWith("she could confirm");
    }

    @Test
    void emptyBody() {
        assertThat(new Extractor().extract("")).isEqualTo(Extraction.EMPTY);
    }
}

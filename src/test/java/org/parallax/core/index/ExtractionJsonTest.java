package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;

/** The stored form of extractions: exact round trips, and tolerance of older and newer JSON. */
class ExtractionJsonTest {

    @Test
    void randomExtractionsSurviveARoundTrip() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Article> seeds = TestArticles.seeds();
        for (int i = 0; i < 200; i++) {
            String body = seeds.get(i % seeds.size()).body();
            Extraction e = TestArticles.randomExtraction(random, body);
            assertThat(ExtractionJson.read(ExtractionJson.write(e))).as("seed %d, case %d", seed, i).isEqualTo(e);
        }
    }

    @Test
    void writesOnlyTheRecordComponents() throws Exception {
        Figure range = new Figure(new Span(0, 5), "10-15", null, 10.0, 15.0, null, "troops", null, null, -1);
        String json = ExtractionJson.write(new Extraction(List.of(range), List.of(), List.of()));
        JsonNode figure = new ObjectMapper().readTree(json).get("figures").get(0);
        List<String> names = new ArrayList<>();
        figure.fieldNames().forEachRemaining(names::add);
        assertThat(names).as("no derived range/vague/start/end, no nulls")
                .containsExactly("span", "text", "low", "high", "unit", "attribution");
    }

    @Test
    void readsJsonWithUnknownPropertiesAndMissingOnes() throws Exception {
        String newer = """
                {"figures":[{"span":{"start":3,"end":9,"bold":true},"text":"10,000","value":10000.0,
                  "confidence":0.9,"tags":["x"]}],
                 "quotes":[{"span":{"start":1,"end":2},"text":"a"}],
                 "sentiment":{"score":1}}
                """;
        Extraction e = ExtractionJson.read(newer);
        assertThat(e.figures()).hasSize(1);
        Figure f = e.figures().get(0);
        assertThat(f.span()).isEqualTo(new Span(3, 9));
        assertThat(f.value()).isEqualTo(10000.0);
        assertThat(f.unit()).isNull();
        assertThat(f.attribution()).isZero();
        assertThat(e.quotes().get(0).speaker()).isNull();
        assertThat(e.attributions()).isEmpty();
    }

    @Test
    void readsEmptyAndMissingJsonAsAnEmptyExtraction() throws Exception {
        assertThat(ExtractionJson.read(null)).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("{}")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("{\"figures\":null}")).isEqualTo(Extraction.EMPTY);
    }
}

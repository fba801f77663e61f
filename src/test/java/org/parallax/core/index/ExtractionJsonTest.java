package org.parallax.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.parallax.core.article.Article;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Extractor;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;

/** The stored form of extractions: exact round trips, small, and tolerance of older and newer JSON. */
class ExtractionJsonTest {

    @Test
    void randomExtractionsSurviveARoundTrip() throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<Article> seeds = TestArticles.seeds();
        for (int i = 0; i < 200; i++) {
            String body = seeds.get(i % seeds.size()).body();
            Extraction e = TestArticles.randomExtraction(random, body);
            assertThat(ExtractionJson.read(ExtractionJson.write(e, body), body)).as("seed %d, case %d", seed, i)
                    .isEqualTo(e);
        }
    }

    @Test
    void realExtractionsSurviveARoundTripAndTakeLessThanHalfTheNamedForm() throws Exception {
        Extractor extractor = new Extractor();
        ObjectMapper named = JsonMapper.builder().disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .serializationInclusion(JsonInclude.Include.NON_NULL).build();
        for (Article a : TestArticles.seeds()) {
            Extraction e = extractor.extract(a.body());
            String json = ExtractionJson.write(e, a.body());
            assertThat(ExtractionJson.read(json, a.body())).as(a.id()).isEqualTo(e);
            assertThat(json.length()).as("stored extraction of %s", a.id())
                    .isLessThan(named.writeValueAsString(e).length() / 2);
        }
    }

    @Test
    void aTextThatIsNotTheBodysTextUnderItsSpanIsKept() throws Exception {
        String body = "Up to 100,000 troops, he said.";
        Figure figure = new Figure(new Span(0, 20), "100,000", 100000.0, null, null, "up to", "troops", null, null, 0);
        Quote quote = new Quote(new Span(0, 20), "Up to 100,000 troops", "him", null, null, 0);
        Attribution cue = new Attribution(new Span(22, 29), "say", "he", new Span(22, 24), null, false);
        Extraction e = new Extraction(List.of(figure), List.of(quote), List.of(cue));

        String json = ExtractionJson.write(e, body);

        assertThat(json).contains("\"100,000\"").contains("\"say\"").doesNotContain("\"Up to 100,000 troops\"");
        assertThat(ExtractionJson.read(json, body)).isEqualTo(e);
    }

    @Test
    void readsTheOlderNamedFormWithUnknownPropertiesAndMissingOnes() throws Exception {
        String older = """
                {"figures":[{"span":{"start":3,"end":9,"bold":true},"text":"10,000","value":10000.0,
                  "confidence":0.9,"tags":["x"]}],
                 "quotes":[{"span":{"start":1,"end":2},"text":"a"}],
                 "sentiment":{"score":1}}
                """;
        Extraction e = ExtractionJson.read(older, "any body text");
        assertThat(e.figures()).hasSize(1);
        Figure f = e.figures().get(0);
        assertThat(f.span()).isEqualTo(new Span(3, 9));
        assertThat(f.text()).as("the older form's text is kept, not taken from the body").isEqualTo("10,000");
        assertThat(f.value()).isEqualTo(10000.0);
        assertThat(f.unit()).isNull();
        assertThat(f.attribution()).isZero();
        assertThat(e.quotes().get(0).speaker()).isNull();
        assertThat(e.attributions()).isEmpty();
    }

    @Test
    void readsShorterAndLongerArraysOfTheCompactForm() throws Exception {
        String body = "About 10,000 troops";
        String json = "{\"v\":2,\"figures\":[[[6,12],null,10000.0],"
                + "[[6,19],null,10000.0,null,null,null,\"troops\",null,null,-1,null,null,null,null,null,\"new\",7]]}";
        Extraction e = ExtractionJson.read(json, body);
        assertThat(e.figures()).extracting(Figure::text).containsExactly("10,000", "10,000 troops");
        assertThat(e.figures().get(0).unit()).isNull();
        assertThat(e.figures().get(1).unit()).isEqualTo("troops");
        assertThat(e.quotes()).isEmpty();
    }

    @Test
    void readsEmptyAndMissingJsonAsAnEmptyExtraction() throws Exception {
        assertThat(ExtractionJson.read(null, "")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("", "")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("{}", "")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read("{\"figures\":null}", "")).isEqualTo(Extraction.EMPTY);
        assertThat(ExtractionJson.read(ExtractionJson.write(Extraction.EMPTY, ""), "")).isEqualTo(Extraction.EMPTY);
    }
}

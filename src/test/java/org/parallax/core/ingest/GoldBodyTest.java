package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;

/**
 * The hand-made gold for the five seed articles (src/test/resources/seeds-gold, copied from shared/seeds-gold):
 * body boundaries, furniture lines and header metadata. The gold is data; nothing here is keyed to its
 * sentences.
 */
class GoldBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleLoader loader = new ArticleLoader();

    record Seed(String name, Path text, JsonNode gold) {
    }

    static List<Seed> seeds() throws IOException, URISyntaxException {
        Path goldDir = Path.of(GoldBodyTest.class.getResource("/seeds-gold").toURI());
        Path seedDir = Path.of(GoldBodyTest.class.getResource("/seeds").toURI());
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path g : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.json")).sorted().toList()) {
                String base = g.getFileName().toString().replace(".json", "");
                out.add(new Seed(base, seedDir.resolve(base + ".txt"), JSON.readTree(g.toFile())));
            }
        }
        assertThat(out).hasSize(5);
        return out;
    }

    @TestFactory
    Stream<DynamicTest> bodyBoundariesAndFurniture() throws Exception {
        return seeds().stream().map(seed -> DynamicTest.dynamicTest(seed.name(), () -> {
            Article a = loader.load(seed.text());
            assertThat(a.body()).startsWith(seed.gold().get("body_starts_with").asText());
            assertThat(a.body()).endsWith(seed.gold().get("body_ends_with").asText());
            for (JsonNode f : seed.gold().get("furniture_examples")) {
                assertThat(a.furniture()).as("furniture of %s", seed.name()).contains(f.asText());
                assertThat(a.body()).as("body of %s", seed.name()).doesNotContain(f.asText());
            }
            assertThat(a.body()).doesNotContain("\n\n\n").isEqualTo(a.body().strip());
        }));
    }

    @TestFactory
    Stream<DynamicTest> headerMetadata() throws Exception {
        return seeds().stream().map(seed -> DynamicTest.dynamicTest(seed.name(), () -> {
            Metadata m = loader.load(seed.text()).metadata();
            JsonNode g = seed.gold().get("article");
            assertThat(m.title()).as("title").isEqualTo(text(g, "title"));
            assertThat(m.byline()).as("byline").isEqualTo(text(g, "byline"));
            assertThat(m.wire()).as("wire").isEqualTo(text(g, "wire"));
            assertThat(m.dateline()).as("dateline").isEqualTo(text(g, "dateline"));
            String published = text(g, "published");
            assertThat(m.published()).as("published").isEqualTo(published == null ? null : LocalDate.parse(published));
            // plain text files never state their outlet outright, so none is inferred (sidecars give it)
            assertThat(m.outlet()).as("outlet").isNull();
        }));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

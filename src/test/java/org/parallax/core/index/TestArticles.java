package org.parallax.core.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;

/**
 * Articles for tests: the five seed articles cut to their gold body (see {@link #seeds()}) and seeded random
 * ones.
 */
final class TestArticles {

    private static final String[] WORDS = ("army troops border missile drone minister talks ceasefire village "
            + "river bridge harvest market election parliament summit winter convoy shelling refugees aid "
            + "port grain sanctions embassy envoy pipeline tanker satellite brigade artillery").split(" ");
    private static final String[] OUTLETS = {"Daily Planet", "Gazette", "The Courier", "Morning Star Online"};

    private TestArticles() {
    }

    /** The original ids of the seeds, as the gold annotations name them. */
    private static final String[] SEED_IDS = {"000_0136e9118caa93ec", "001_2fd64e61ddae72be",
        "002_c89360cfc73fa7b4", "003_5ff85278df32db3f", "004_89b38a5f5ea4f247"};

    /**
     * The five seed articles (src/test/resources/seeds) cut to their body with the hand-made boundaries of the
     * gold (src/test/resources/seeds-gold), metadata from the gold, furniture = non-blank lines outside the body.
     */
    static List<Article> seeds() {
        try {
            ObjectMapper json = new ObjectMapper();
            List<Article> out = new ArrayList<>();
            for (String id : SEED_IDS) {
                JsonNode seed;
                try (InputStream in = resource("/seeds-gold/" + id + ".json")) {
                    seed = json.readTree(in);
                }
                String file = id + ".txt";
                String text;
                try (InputStream t = resource("/seeds/" + file)) {
                    text = new String(t.readAllBytes(), StandardCharsets.UTF_8);
                }
                String starts = seed.get("body_starts_with").asText();
                String ends = seed.get("body_ends_with").asText();
                int from = text.indexOf(starts);
                int to = text.lastIndexOf(ends) + ends.length();
                if (from < 0 || to < ends.length()) {
                    throw new IllegalStateException("body bounds not found in " + file);
                }
                String body = text.substring(from, to);
                List<String> furniture = new ArrayList<>();
                for (String line : (text.substring(0, from) + "\n" + text.substring(to)).split("\n")) {
                    if (!line.isBlank()) {
                        furniture.add(line.strip());
                    }
                }
                JsonNode a = seed.get("article");
                Metadata m = new Metadata(text(a, "title"), text(a, "outlet"), text(a, "byline"), text(a, "wire"),
                        text(a, "dateline"), a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null,
                        null);
                out.add(Article.of(m, body, furniture, "seeds/" + file, Format.TEXT));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TestArticles.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** A random article of 3 to 12 sentences; metadata fields are sometimes missing. */
    static Article random(Random random, int n) {
        StringBuilder body = new StringBuilder();
        int sentences = 3 + random.nextInt(10);
        for (int s = 0; s < sentences; s++) {
            int words = 5 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                body.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                body.append(w == words - 1 ? ". " : " ");
            }
        }
        body.append("Article number ").append(n).append('.');
        String title = random.nextInt(5) == 0 ? null : "Report " + n + ": " + WORDS[random.nextInt(WORDS.length)];
        String outlet = random.nextInt(4) == 0 ? null : OUTLETS[random.nextInt(OUTLETS.length)];
        LocalDate published = random.nextInt(4) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365));
        Metadata m = new Metadata(title, outlet, null, random.nextBoolean() ? "AP" : null, null, published, null);
        return Article.of(m, body.toString(), List.of("Related: story " + n), "generated/" + n + ".txt", Format.TEXT);
    }

    /** A random extraction over {@code body}, exercising every field, nulls included. */
    static Extraction randomExtraction(Random random, String body) {
        List<Figure> figures = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Span cue = span(random, body);
            attributions.add(new Attribution(cue, cue.of(body), random.nextBoolean() ? "Source " + i : null,
                    random.nextBoolean() ? span(random, body) : null, random.nextBoolean() ? span(random, body) : null,
                    random.nextBoolean()));
        }
        for (int i = 0; i < random.nextInt(5); i++) {
            Span s = span(random, body);
            boolean range = random.nextBoolean();
            figures.add(new Figure(s, s.of(body), range ? null : random.nextInt(100_000) * 1.5,
                    range ? 10.0 : null, range ? 15.0 : null, random.nextBoolean() ? "up to" : null, "troops",
                    random.nextBoolean() ? "North Korean troops" : null, "troop", count == 0 ? -1 : random.nextInt(count)));
        }
        for (int i = 0; i < random.nextInt(4); i++) {
            Span s = span(random, body);
            quotes.add(new Quote(s, s.of(body), random.nextBoolean() ? "Speaker " + i : null, null,
                    random.nextBoolean() ? span(random, body) : null, count == 0 ? -1 : random.nextInt(count)));
        }
        return new Extraction(figures, quotes, attributions);
    }

    private static Span span(Random random, String body) {
        int start = random.nextInt(Math.max(1, body.length() - 20));
        return new Span(start, Math.min(body.length(), start + 1 + random.nextInt(20)));
    }
}

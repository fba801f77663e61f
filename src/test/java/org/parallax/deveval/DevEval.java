package org.parallax.deveval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.SharedData;

/**
 * Reads {@code ../shared/dev-eval} (its README): six real stories, each a folder of article excerpts with
 * {@code sources.json} (outlet and date per file), and their hand-made gold (per-article figures, quotes and
 * attributions; {@code groups.json} and {@code quote_groups.json} per story). Nothing of it is copied into the
 * repository; a missing folder fails under CI and skips elsewhere ({@link SharedData#require}).
 */
public final class DevEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article of a story: its slug, text, the outlet and date a user knows, and its gold. */
    public record Article(String story, String slug, Path file, String text, String outlet, String date,
                          JsonNode gold) {
    }

    /** One story: its articles in {@code sources.json} order and the story-level gold. */
    public record Story(String name, List<Article> articles, JsonNode groups, JsonNode quoteGroups) {

        public Article article(String slug) {
            return articles.stream().filter(a -> a.slug().equals(slug)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no article " + slug + " in " + name));
        }
    }

    private DevEval() {
    }

    /** The dev-eval folder; fails under CI and skips elsewhere when it is missing. */
    public static Path root() {
        return SharedData.require("dev-eval");
    }

    /** Every story, sorted by name. */
    public static List<Story> stories() {
        Path root = root();
        try (Stream<Path> dirs = Files.list(root.resolve("corpus"))) {
            List<Story> out = new ArrayList<>();
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(story(root, dir.getFileName().toString()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Story story(Path root, String name) throws IOException {
        Path corpus = root.resolve("corpus").resolve(name);
        Path gold = root.resolve("gold").resolve(name);
        List<Article> articles = new ArrayList<>();
        for (JsonNode source : JSON.readTree(corpus.resolve("sources.json").toFile())) {
            String slug = source.path("slug").asText();
            Path file = corpus.resolve(source.path("file").asText());
            articles.add(new Article(name, slug, file, Files.readString(file, StandardCharsets.UTF_8),
                    text(source.get("outlet")), text(source.get("date")),
                    JSON.readTree(gold.resolve(slug + ".json").toFile())));
        }
        return new Story(name, List.copyOf(articles), JSON.readTree(gold.resolve("groups.json").toFile()),
                JSON.readTree(gold.resolve("quote_groups.json").toFile()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

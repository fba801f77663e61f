package org.parallax.core.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.core.compare.text.ComparedText;


/**
 * The seed articles' bodies, cut out of {@code seeds/*.txt} with the gold {@code body_starts_with} and last
 * {@code body_ends_with} (in {@code src/test/resources/seeds-gold}). The seeds README maps
 * file names to the gold ids. Ordered by gold id; each {@link ComparedText#id()} is the gold id.
 */
public final class SeedBodies {

    private SeedBodies() {
    }

    public static List<ComparedText> load() {
        Path dir = Path.of(System.getProperty("parallax.seeds", "seeds"));
        if (!Files.isRegularFile(dir.resolve("README"))) {
            throw new IllegalStateException("the repository's seeds folder (parallax.seeds) has no README: " + dir);
        }
        try {
            Map<String, String> fileById = new TreeMap<>();
            for (String line : Files.readAllLines(dir.resolve("README"), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\\|");
                if (cells.length >= 4 && cells[1].strip().endsWith(".txt")) {
                    fileById.put(cells[3].strip(), cells[1].strip());
                }
            }
            ObjectMapper json = new ObjectMapper();
            List<ComparedText> out = new ArrayList<>();
            for (Map.Entry<String, String> e : fileById.entrySet()) {
                String text = Files.readString(dir.resolve(e.getValue()), StandardCharsets.UTF_8);
                JsonNode gold;
                try (InputStream in = SeedBodies.class.getResourceAsStream(
                        "/seeds-gold/" + e.getKey() + ".json")) {
                    gold = json.readTree(in);
                }
                String first = gold.get("body_starts_with").asText();
                String last = gold.get("body_ends_with").asText();
                int start = text.indexOf(first);
                int end = text.lastIndexOf(last) + last.length();
                if (start < 0 || end < last.length() || end <= start) {
                    throw new IllegalStateException("gold boundaries not found in " + e.getValue());
                }
                out.add(new ComparedText(e.getKey(), text.substring(start, end)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

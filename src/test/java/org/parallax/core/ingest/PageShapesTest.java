package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parallax.core.article.Article;
import org.parallax.core.article.Metadata;

/**
 * The page-shape fixtures (src/test/resources/ingest/shapes): pages written for these tests in the shapes real
 * pages come in — news sites, blogs, wire copy, PDF and print text, browser copy-paste, saved HTML, Markdown —
 * each beside {@code NAME.expected}: the metadata it must give ({@code key: value} lines: title, byline,
 * published, wire, dateline, outlet, dek; a key not listed is not checked), a {@code ---} line, then the exact
 * body. Every body must match character for character.
 */
class PageShapesTest {

    private final ArticleLoader loader = new ArticleLoader();

    static List<Path> pages() throws Exception {
        Path dir = Path.of(PageShapesTest.class.getResource("/ingest/shapes").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected")).sorted().toList();
        }
    }

    static Path expectedOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    }

    /** The exact body a fixture expects (the part after its {@code ---} line). */
    static String expectedBody(Path page) throws Exception {
        String text = Files.readString(expectedOf(page), StandardCharsets.UTF_8);
        return text.substring(text.indexOf("---\n") + 4).strip();
    }

    @TestFactory
    Stream<DynamicTest> everyShapeGivesItsExactBodyAndMetadata() throws Exception {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(40);
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            Article a = loader.load(page);
            assertThat(a.body()).as("body of %s", page.getFileName()).isEqualTo(expectedBody(page));
            String text = Files.readString(expectedOf(page), StandardCharsets.UTF_8);
            Map<String, String> meta = new LinkedHashMap<>();
            for (String line : text.substring(0, text.indexOf("---\n")).split("\n")) {
                if (!line.isBlank()) {
                    meta.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 1).strip());
                }
            }
            Metadata m = a.metadata();
            for (Map.Entry<String, String> e : meta.entrySet()) {
                Object actual = switch (e.getKey()) {
                    case "title" -> m.title();
                    case "byline" -> m.byline();
                    case "wire" -> m.wire();
                    case "dateline" -> m.dateline();
                    case "outlet" -> m.outlet();
                    case "dek" -> a.dek();
                    case "published" -> m.published();
                    default -> throw new AssertionError("unknown key " + e.getKey() + " in " + page);
                };
                Object expected = e.getKey().equals("published") ? LocalDate.parse(e.getValue()) : e.getValue();
                assertThat(actual).as("%s of %s", e.getKey(), page.getFileName()).isEqualTo(expected);
            }
        }));
    }
}

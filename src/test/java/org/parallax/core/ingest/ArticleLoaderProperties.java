package org.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.article.Article;

/**
 * Seeded random inputs: load() never throws anything but IngestException, and whatever it returns has a
 * non-empty body without triple line breaks or outer white space. A failure names its seed and case.
 */
class ArticleLoaderProperties {

    private static final long SEED = Long.getLong("parallax.seed", 20241120L);
    private static final String[] EXT = {"txt", "md", "html"};
    private static final String[] PIECES = {"The minister said ", "“quoted words,” ", "Related Links", "\n", "\n\n",
            "\r\n", "  ", "\t", "\u00A0", "by Jane Doe", "Washington (AP) Nov 5, 2024", "<p>", "</p>", "<script>x",
            "# ", "* ", "[link](http://x)", "Read more", "©", "é", "—", "\u200B", "\uFEFF", ".", "?", "10,000 troops",
            "<article>", "</div>", "---", "Subscribe", "A", "ab cd ef gh ij kl mn op. "};

    @TempDir
    Path dir;

    private final ArticleLoader loader = new ArticleLoader();

    @Test
    void randomBytesAndTextsNeverBreakTheLoader() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 600; i++) {
            Path file = dir.resolve("case" + i + "." + EXT[random.nextInt(EXT.length)]);
            byte[] bytes = switch (i % 3) {
                case 0 -> randomBytes(random);
                case 1 -> randomString(random).getBytes(StandardCharsets.UTF_8);
                default -> pieces(random).getBytes(random.nextBoolean() ? StandardCharsets.UTF_8
                        : StandardCharsets.ISO_8859_1);
            };
            Files.write(file, bytes);
            String label = "seed " + SEED + ", case " + i + " (" + file.getFileName() + ")";
            try {
                Article a = loader.load(file);
                assertThat(a.body()).as(label).isNotEmpty().doesNotContain("\n\n\n").isEqualTo(a.body().strip());
            } catch (IngestException e) {
                assertThat(e.getMessage()).as(label).contains(file.getFileName().toString());
            } catch (RuntimeException | Error e) {
                throw new AssertionError(label + " threw " + e, e);
            }
        }
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(400)];
        r.nextBytes(b);
        if (r.nextBoolean()) {
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (b[k] & 0x7F); // ASCII-ish, may still hold NULs and controls
            }
        }
        return b;
    }

    private static String randomString(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(300);
        for (int k = 0; k < n; k++) {
            int cp = switch (r.nextInt(4)) {
                case 0 -> 0x20 + r.nextInt(0x5F);
                case 1 -> "\n\n\r\t \u00A0\u2028".charAt(r.nextInt(7));
                case 2 -> 0xA0 + r.nextInt(0x2F00);
                default -> r.nextInt(0x10FFFF);
            };
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String pieces(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int k = 0; k < n; k++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}

package org.parallax.core.article;

import java.util.List;
import java.util.Objects;

/**
 * One imported news article.
 *
 * @param id        identity: a hash of the normalised body ({@link ArticleId}), the same for the same text
 *                  whatever file or format it came from
 * @param metadata  title, outlet, byline… as the article is shown
 * @param body      the article's body text; every offset Parallax reports points into this string
 * @param furniture page furniture found around the body (related links, newsletter prompts, copyright…),
 *                  kept aside rather than dropped, one entry per line
 * @param source    the file the article was imported from, as given by the user
 * @param format    the format of that file
 * @param dek       the standfirst under the headline, as the page gives it, or {@code null}; with the title it
 *                  makes the {@link #headline() headline} text that is extracted beside the body
 * @param warnings  what went wrong with the file's metadata without costing the article (a sidecar's date
 *                  given as a month only…), for the import's report; not stored
 */
public record Article(String id, Metadata metadata, String body, List<String> furniture, String source,
                      Format format, String dek, List<String> warnings) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        furniture = furniture == null ? List.of() : List.copyOf(furniture);
        dek = dek == null || dek.isBlank() ? null : dek;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An article without a dek or warnings. */
    public Article(String id, Metadata metadata, String body, List<String> furniture, String source, Format format) {
        this(id, metadata, body, furniture, source, format, null, List.of());
    }

    /** A new article whose id is derived from its body. */
    public static Article of(Metadata metadata, String body, List<String> furniture, String source, Format format) {
        return new Article(ArticleId.of(body), metadata, body, furniture, source, format);
    }

    public Article withMetadata(Metadata m) {
        return new Article(id, m, body, furniture, source, format, dek, warnings);
    }

    /** This article from another source (the path the library remembers). */
    public Article withSource(String s) {
        return new Article(id, metadata, body, furniture, s, format, dek, warnings);
    }

    public Article withDek(String d) {
        return new Article(id, metadata, body, furniture, source, format, d, warnings);
    }

    public Article withWarnings(List<String> w) {
        return new Article(id, metadata, body, furniture, source, format, dek, w);
    }

    /**
     * The headline text extracted beside the body: the title, then a blank line and the dek if there is one;
     * empty if the article has neither. Offsets of headline items point into this string.
     */
    public String headline() {
        String title = metadata.title() == null ? "" : metadata.title().strip();
        if (dek == null) {
            return title;
        }
        return title.isEmpty() ? dek : title + "\n\n" + dek;
    }

    /** Number of words in the body (runs of letters or digits). */
    public int wordCount() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean letter = Character.isLetterOrDigit(body.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}

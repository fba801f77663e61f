package org.parallax.core.article;

/**
 * The text of an article that an item's offsets index: its {@linkplain Article#headline() headline} (title and
 * dek) or its body. JSON shows it lower case ({@code "part": "headline"}).
 */
public enum Part {
    HEADLINE,
    BODY;

    /** The text of {@code article} this part names. */
    public String of(Article article) {
        return this == HEADLINE ? article.headline() : article.body();
    }

    /** The name JSON and reports show: {@code "headline"} or {@code "body"}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

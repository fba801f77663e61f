package org.parallax.core.compare.claim;

import java.time.LocalDate;

import org.parallax.core.article.Part;
import org.parallax.core.extract.Figure;

/**
 * One figure in one article.
 *
 * @param article index of the article in the list given to {@link ClaimComparer#compare}
 * @param figure  the figure (its span points into the article's {@code part})
 * @param source  the source the figure is credited to (the linked attribution's source, or the speaker of the
 *                quote holding it), or {@code null}
 * @param date    the article's published date, or {@code null}
 * @param part    the text the figure's offsets index: the article's headline or its body
 */
public record FigureMention(int article, Figure figure, String source, LocalDate date, Part part) {

    public FigureMention {
        part = part == null ? Part.BODY : part;
    }

    /** A mention in the body. */
    public FigureMention(int article, Figure figure, String source, LocalDate date) {
        this(article, figure, source, date, Part.BODY);
    }
}

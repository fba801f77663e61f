package org.parallax.core.compare.align;

import java.util.Objects;
import org.parallax.core.article.Span;

/**
 * One change between two aligned passages, in characters of each article body.
 *
 * @param type what changed
 * @param inA  the changed words in article {@code a}'s body; an empty span at the insertion point for
 *             {@link ChangeType#INSERT}
 * @param inB  the changed words in article {@code b}'s body; an empty span at the deletion point for
 *             {@link ChangeType#DELETE}
 * @param kind what this change amounts to: {@link DiffKind#REWORDED}, {@link DiffKind#FIGURE_CHANGED},
 *             {@link DiffKind#QUOTE_CHANGED} or {@link DiffKind#ATTRIBUTION_CHANGED}
 */
public record WordChange(ChangeType type, Span inA, Span inB, DiffKind kind) {

    public WordChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(inA, "inA");
        Objects.requireNonNull(inB, "inB");
        Objects.requireNonNull(kind, "kind");
    }
}

package org.parallax.core.compare.align;

import java.util.List;
import java.util.Objects;
import org.parallax.core.compare.text.Passage;

/**
 * The word-level diff of two passages aligned in one row.
 *
 * @param a       the passage of the article with the lower index
 * @param b       the passage of the other article
 * @param kind    {@link DiffKind#IDENTICAL} when {@code changes} is empty, else the most telling kind among
 *                the changes
 * @param changes word changes in reading order
 */
public record PassageDiff(Passage a, Passage b, DiffKind kind, List<WordChange> changes) {

    public PassageDiff {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
    }
}

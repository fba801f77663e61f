package org.parallax.core.compare.align;

import java.util.List;

/**
 * The result of {@link Aligner#align}: aligned rows in reading order, a word-level diff for every pair of
 * passages sharing a row, and the text reuse found.
 *
 * @param rows  every passage of every article appears in exactly one row
 * @param diffs one diff per pair of passages in the same row ({@code a} from the lower article index)
 * @param reuse verbatim copies, repeats inside one article and paraphrases; runs of consecutive passages
 *              merged into one entry
 */
public record Alignment(List<AlignedRow> rows, List<PassageDiff> diffs, List<Reuse> reuse) {

    public Alignment {
        rows = List.copyOf(rows);
        diffs = List.copyOf(diffs);
        reuse = List.copyOf(reuse);
    }
}

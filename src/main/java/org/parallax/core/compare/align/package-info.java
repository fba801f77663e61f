/**
 * Align and judge passages: {@link org.parallax.core.compare.align.Aligner} (options through its builder)
 * finds candidate passages, aligns them progressively with moves, diffs their tokens with java-diff-utils and
 * finds reused text. Results are the records {@link org.parallax.core.compare.align.Alignment},
 * {@link org.parallax.core.compare.align.AlignedRow}, {@link org.parallax.core.compare.align.PassageDiff},
 * {@link org.parallax.core.compare.align.WordChange} and {@link org.parallax.core.compare.align.Reuse}.
 */
package org.parallax.core.compare.align;

/**
 * The comparison core, UI-free: which passages of several articles report the same thing, how their
 * words differ, which text was reused, and which articles cover the same story.
 *
 * <p>Entry points: {@link org.parallax.core.compare.Aligner} (options through its builder; results are
 * the records {@link org.parallax.core.compare.Alignment}, {@link org.parallax.core.compare.AlignedRow},
 * {@link org.parallax.core.compare.PassageDiff}, {@link org.parallax.core.compare.WordChange},
 * {@link org.parallax.core.compare.Reuse}) and {@link org.parallax.core.compare.StoryGrouper}.
 *
 * <p>Stages, named as in CollateX: <b>tokenize</b> ({@link org.parallax.core.compare.PassageSplitter}
 * passages, then word and mark tokens with offsets), <b>normalize</b> (surface form for the diff; Snowball
 * stem, synonym group and plain number for similarity), <b>align</b> (candidate search by inverted index or
 * in-memory Lucene, then progressive multiple alignment with moves) and <b>judge</b> (java-diff-utils on
 * token ids, change classification, reuse runs).
 *
 * <p>Passages come from a {@link org.parallax.core.compare.PassageSplitter}; the built-in one is a small
 * rule-based sentence splitter to be replaced by the shared one from {@code core.text} through
 * {@link org.parallax.core.compare.Aligner.Builder#passageSplitter}.
 */
package org.parallax.core.compare;

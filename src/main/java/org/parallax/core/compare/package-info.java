/**
 * The comparison core, UI-free: which passages of several articles report the same thing, how their words
 * differ, which text was reused, which articles cover the same story, and where the outlets agree or differ
 * on figures, quotes and attributions.
 *
 * <p>Entry point: {@link org.parallax.core.compare.Comparer} (texts and their extractions in, an immutable
 * {@link org.parallax.core.compare.Comparison} out). One package per stage, named as in CollateX:
 * <ul>
 *   <li>{@link org.parallax.core.compare.text} — <b>tokenize</b> and <b>normalize</b>: passages, word and
 *       mark tokens with offsets, the vocabulary (surface form, Snowball stem, synonym group, plain number);</li>
 *   <li>{@link org.parallax.core.compare.align} — <b>align</b> and <b>judge</b> passages: candidate search,
 *       progressive multiple alignment with moves, java-diff-utils on token ids, change classification,
 *       reused text;</li>
 *   <li>{@link org.parallax.core.compare.story} — which texts of a library tell the same story;</li>
 *   <li>{@link org.parallax.core.compare.claim} — figure groups with verdicts, quote groups with flags,
 *       attribution differences.</li>
 * </ul>
 */
package org.parallax.core.compare;

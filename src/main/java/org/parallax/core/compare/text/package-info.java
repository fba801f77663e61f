/**
 * Tokenize and normalize for the comparison: a compared text ({@link org.parallax.core.compare.text.ComparedText}),
 * its passages ({@link org.parallax.core.compare.text.PassageSplitter}), its tokens with offsets and ids
 * ({@link org.parallax.core.compare.text.TokenizedText}) and the shared vocabulary with the synonym table
 * ({@link org.parallax.core.compare.text.Vocabulary}, {@link org.parallax.core.compare.text.Synonyms},
 * {@code synonyms.txt} beside it).
 */
package org.parallax.core.compare.text;

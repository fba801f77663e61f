/**
 * The library: all imported articles with their metadata, the user's edits and extraction results.
 * {@link org.parallax.core.index.Library} is the contract the commands and the desktop app use;
 * {@link org.parallax.core.index.LocalLibrary} keeps it in one Lucene index on disk and nowhere else;
 * {@link org.parallax.core.index.ArticleDocuments} describes the index schema and why each field is indexed
 * as it is; {@link org.parallax.core.index.LibraryQueryParser} the search syntax.
 */
package org.parallax.core.index;

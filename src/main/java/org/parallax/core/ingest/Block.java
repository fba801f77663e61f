package org.parallax.core.ingest;

/**
 * One paragraph-level unit of a page, as a reader found it: a paragraph, heading, list item or line.
 *
 * @param text    cleaned text (see {@link Lines#clean})
 * @param heading true if the format marked it as a heading
 */
record Block(String text, boolean heading) {

    static Block of(String text) {
        return new Block(text, false);
    }
}

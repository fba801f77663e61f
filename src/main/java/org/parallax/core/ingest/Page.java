package org.parallax.core.ingest;

import java.util.List;

import org.parallax.core.article.Metadata;

/**
 * What a format reader makes of a document before the body is separated from its furniture.
 *
 * @param blocks    the candidate text, in reading order
 * @param metadata  what the format's own markup says (HTML meta tags, Markdown front matter, PDF and Word
 *                  document properties, e-mail headers); may be empty
 * @param outside   furniture the reader already set aside (an HTML page's navigation, footer, asides)
 * @param notes     what the reader could not read but did not stop for (an e-mail attachment too large), one
 *                  sentence each, for the import's report
 */
record Page(List<Block> blocks, Metadata metadata, List<String> outside, List<String> notes) {

    Page {
        blocks = List.copyOf(blocks);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        outside = List.copyOf(outside);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    Page(List<Block> blocks, Metadata metadata, List<String> outside) {
        this(blocks, metadata, outside, List.of());
    }
}

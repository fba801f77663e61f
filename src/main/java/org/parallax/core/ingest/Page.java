package org.parallax.core.ingest;

import java.util.List;

import org.parallax.core.article.Metadata;

/**
 * What a format reader makes of a document before the body is separated from its furniture.
 *
 * @param blocks    the candidate text, in reading order
 * @param metadata  what the format's own markup says (HTML meta tags, Markdown front matter); may be empty
 * @param outside   furniture the reader already set aside (an HTML page's navigation, footer, asides)
 */
record Page(List<Block> blocks, Metadata metadata, List<String> outside) {

    Page {
        blocks = List.copyOf(blocks);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        outside = List.copyOf(outside);
    }
}

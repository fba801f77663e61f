package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;

import org.parallax.core.article.Metadata;

/**
 * Plain text: every non-blank line is a block. Hard-wrapped paragraphs are joined again: a line of 40–100
 * characters that does not end a sentence (nor with a colon), directly followed by a line starting in lower
 * case (and not a byline such as "by Jane Doe"), continues on that line.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    static Page read(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        String lastLine = null;
        for (String raw : Lines.split(text)) {
            String line = Lines.clean(raw);
            if (line.isEmpty()) {
                if (current != null) {
                    blocks.add(Block.of(current.toString()));
                    current = null;
                }
                continue;
            }
            if (current != null && wrapped(lastLine, line)) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    blocks.add(Block.of(current.toString()));
                }
                current = new StringBuilder(line);
            }
            lastLine = line;
        }
        if (current != null) {
            blocks.add(Block.of(current.toString()));
        }
        return new Page(blocks, Metadata.EMPTY, List.of());
    }

    private static boolean wrapped(String previous, String next) {
        return previous.length() >= 40 && previous.length() <= 100 && !Lines.endsSentence(previous)
                && !previous.endsWith(":") && Character.isLowerCase(next.codePointAt(0))
                && !BodySplitter.isByline(next);
    }
}

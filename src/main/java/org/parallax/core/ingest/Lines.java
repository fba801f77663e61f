package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level text clean-up shared by all readers. */
final class Lines {

    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\u2028\u2029\u0085\u000B\f]");

    private Lines() {
    }

    /** The text's lines, any line-break convention accepted. */
    static List<String> split(String text) {
        String unified = hasOtherBreaks(text) ? BREAKS.matcher(text).replaceAll("\n") : text;
        return List.of(unified.split("\n", -1));
    }

    /** True if {@code text} holds a line break other than {@code \n} (most texts do not). */
    private static boolean hasOtherBreaks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\f') {
                return true;
            }
        }
        return false;
    }

    /**
     * One line as shown: invisible characters removed, runs of spaces, tabs and no-break spaces folded to one
     * space, trimmed. Quotes, dashes and everything else are kept as written.
     */
    static String clean(String line) {
        // one pass, copying only from the first character that changes (most lines need no change)
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean invisible = isInvisible(c);
            boolean space = !invisible && (isControl(c) || isSpace(c));
            if (out == null) {
                if (!invisible && (!space || c == ' ' && (i == 0 || line.charAt(i - 1) != ' '))) {
                    continue;
                }
                out = new StringBuilder(line.length()).append(line, 0, i);
            }
            if (invisible) {
                continue;
            }
            if (space) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        return (out == null ? line : out.toString()).strip();
    }

    /** Invisible characters, removed: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen. */
    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** Control characters other than tab and line breaks, turned into a space. */
    private static boolean isControl(char c) {
        return c <= '\u0008' || c >= '\u000E' && c <= '\u001F' || c == '\u007F';
    }

    /** Space, tab and the Unicode spaces (no-break, en, em, thin…), whose runs fold to one space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Cleaned, non-blank lines of {@code text}. */
    static List<String> cleanLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : split(text)) {
            String c = clean(line);
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        return out;
    }

    static int words(String line) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean ws = Character.isWhitespace(line.charAt(i));
            if (!ws && !in) {
                count++;
            }
            in = !ws;
        }
        return count;
    }

    /** True if the line ends like a sentence: . ! ? or … , possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’»)]*_".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }
}

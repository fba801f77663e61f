package org.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level text clean-up shared by all readers. */
final class Lines {

    private static final Pattern BREAKS = Pattern.compile("\r\n|[\r\u2028\u2029\u0085\u000B\f]");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
    private static final Pattern SPACES = Pattern.compile("[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+");

    private Lines() {
    }

    /** The text's lines, any line-break convention accepted. */
    static List<String> split(String text) {
        return List.of(BREAKS.matcher(text).replaceAll("\n").split("\n", -1));
    }

    /**
     * One line as shown: invisible characters removed, runs of spaces, tabs and no-break spaces folded to one
     * space, trimmed. Quotes, dashes and everything else are kept as written.
     */
    static String clean(String line) {
        String s = INVISIBLE.matcher(line).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        return s.strip();
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

package org.parallax.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mozilla.universalchardet.UniversalDetector;
import org.parallax.core.ingest.IngestException.Reason;

/**
 * Turns a file's bytes into text, or refuses them with a named {@link IngestException}.
 *
 * <p>The order of decisions:
 * <ol>
 *   <li>A known binary signature (PNG, JPEG, GIF, PDF, ZIP/Office, gzip, …) → {@link Reason#BINARY}.</li>
 *   <li>A byte-order mark decides: UTF-8, UTF-16 LE or UTF-16 BE.</li>
 *   <li>Without a BOM, any NUL byte → {@link Reason#BINARY}.</li>
 *   <li>A strict UTF-8 scan. Valid UTF-8 (pure ASCII included) is decoded as UTF-8.</li>
 *   <li><b>Invalid UTF-8 policy:</b> if the bytes hold at least one valid UTF-8 multi-byte sequence
 *       <em>and</em> an invalid byte, the file mixes encodings (typically a UTF-8 file edited by a legacy
 *       editor): it is refused as {@link Reason#MIS_ENCODED}, naming the offset of the first invalid byte,
 *       because any single decoding would garble part of it. If it has high bytes but not one valid UTF-8
 *       sequence, it is a legacy 8-bit file: an HTML {@code <meta charset>} declaration is honoured, otherwise
 *       juniversalchardet detects the charset. A Latin-1 answer is read as its superset Windows-1252 (so that
 *       0x93/0x94 become curly quotes); a detector's non-Latin 8-bit guess is only trusted when high bytes
 *       are frequent (as they are in Cyrillic or Greek text), else Windows-1252 is used.</li>
 *   <li>Decoded text with many control characters → {@link Reason#BINARY}; only white space →
 *       {@link Reason#EMPTY}.</li>
 * </ol>
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> NON_LATIN_8BIT = Set.of("WINDOWS-1251", "KOI8-R", "IBM866", "IBM855",
            "X-MAC-CYRILLIC", "ISO-8859-5", "ISO-8859-7", "WINDOWS-1253", "ISO-8859-8", "WINDOWS-1255",
            "TIS-620", "WINDOWS-874");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** The text of {@code bytes}; {@code name} names the file in messages. */
    static String decode(byte[] bytes, String name, boolean html) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(Reason.EMPTY, name + " is empty.");
        }
        String magic = binarySignature(bytes);
        if (magic != null) {
            throw new IngestException(Reason.BINARY, name + " is not a text file (it is " + magic + " data).");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictDecode(bytes, 3, StandardCharsets.UTF_8, name);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE, name);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE, name);
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new IngestException(Reason.BINARY, name + " is not a text file (it contains NUL bytes).");
                }
            }
            Utf8Scan scan = Utf8Scan.of(bytes);
            if (scan.firstInvalid() < 0) {
                text = new String(bytes, StandardCharsets.UTF_8);
            } else if (scan.validMultiByte() > 0) {
                throw new IngestException(Reason.MIS_ENCODED, name + ": invalid UTF-8 at byte " + scan.firstInvalid()
                        + " in a file that is otherwise UTF-8, so it mixes two encodings; re-save it as UTF-8.");
            } else {
                text = new String(bytes, legacyCharset(bytes, html));
            }
        }
        if (looksBinary(text)) {
            throw new IngestException(Reason.BINARY, name + " is not a text file (it is mostly control characters).");
        }
        if (text.isBlank()) {
            throw new IngestException(Reason.EMPTY, name + " holds only white space.");
        }
        return text;
    }

    private static String strictDecode(byte[] bytes, int skip, Charset cs, String name) throws IngestException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(Reason.MIS_ENCODED,
                    name + " starts with a " + cs.name() + " byte-order mark but is not valid " + cs.name() + ".", e);
        }
    }

    static Charset legacyCharset(byte[] bytes, boolean html) {
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return latinSuperset(declared);
            }
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected == null) {
            return WINDOWS_1252;
        }
        String upper = detected.toUpperCase(Locale.ROOT);
        if (NON_LATIN_8BIT.contains(upper) && highByteShare(bytes) < 0.3) {
            return WINDOWS_1252;
        }
        try {
            Charset cs = Charset.forName(detected);
            return cs.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : latinSuperset(cs);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return WINDOWS_1252;
        }
    }

    private static Charset latinSuperset(Charset cs) {
        return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Share of high bytes among the letters-or-high bytes: large in non-Latin 8-bit text, small in Western. */
    private static double highByteShare(byte[] bytes) {
        int high = 0;
        int letters = 0;
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 0x80) {
                high++;
                letters++;
            } else if (Character.isLetter(v)) {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double) high / letters;
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                control++;
            }
        }
        return control > 0 && control * 100 > n * 2 || control > 0 && n < 50 && control * 10 > n;
    }

    private static String binarySignature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return "ZIP (or Office document)";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "legacy Office document";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')) {
            return "RIFF media";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "RTF";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Result of a strict UTF-8 scan: the first invalid byte offset (-1 if none) and valid multi-byte count. */
    record Utf8Scan(int firstInvalid, int validMultiByte) {

        static Utf8Scan of(byte[] b) {
            int firstInvalid = -1;
            int valid = 0;
            int i = 0;
            while (i < b.length) {
                int v = b[i] & 0xFF;
                if (v < 0x80) {
                    i++;
                    continue;
                }
                int len = sequenceLength(b, i);
                if (len > 0) {
                    valid++;
                    i += len;
                } else {
                    if (firstInvalid < 0) {
                        firstInvalid = i;
                    }
                    i++;
                }
            }
            return new Utf8Scan(firstInvalid, valid);
        }

        /** Length of the valid UTF-8 sequence starting at i, or 0 if it is not one (overlongs, surrogates too). */
        private static int sequenceLength(byte[] b, int i) {
            int v = b[i] & 0xFF;
            int len;
            int min;
            if (v >= 0xC2 && v <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (v >= 0xE0 && v <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (v >= 0xF0 && v <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return 0;
            }
            if (i + len > b.length) {
                return 0;
            }
            int cp = v & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int c = b[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return 0;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return 0;
            }
            return len;
        }
    }
}

package org.parallax.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language of an article's text: an ISO 639-3 code from the languages listed in {@code languages.txt}, by
 * Apache OpenNLP's language detector (the {@code langdetect-183} model of {@code opennlp-models-langdetect}),
 * restricted to that list.
 *
 * <p>Cost. The model takes a few seconds and about 40 MB of heap to load, and a millisecond or more per text,
 * more than the rest of an article's import. So a text that is plainly English, where at least
 * {@value #ENGLISH_SHARE} of its first {@value #SAMPLE_WORDS} words are common English function words
 * ({@code english-words.txt}, which leaves out words shared with other languages), is English without asking
 * the model; everything else goes to the model, which is loaded on first use, once, and shared between
 * threads. An import of English articles never loads it.
 *
 * <p>A text with fewer than {@value #MIN_LETTERS} letters has no language ({@code null}). If the model cannot
 * be loaded (a broken installation) every such text has no language, and the failure is logged once.
 * Thread-safe.
 */
public final class Languages {

    /** The code of English, the language Parallax's extraction reads. */
    public static final String ENGLISH = "eng";

    /** Share of words from {@code english-words.txt} that makes a text plainly English. */
    static final double ENGLISH_SHARE = 0.12;
    /** Words of a text that the English test looks at. */
    static final int SAMPLE_WORDS = 300;
    /** Fewer words than this are not enough for the English test (the model decides). */
    static final int MIN_SAMPLE_WORDS = 25;
    /** Characters of a text that the model reads: its start tells the language as well as the whole. */
    static final int SAMPLE_CHARS = 1_500;
    static final int MIN_LETTERS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Languages.class);
    private static final String MODEL = "/langdetect-183.bin";

    /** Code → English name, in the file's order. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    /** Detector code → the listed code it counts as (every listed code maps to itself). */
    private static final Map<String, String> ACCEPTED = new HashMap<>();
    private static final Set<String> ENGLISH_WORDS = new HashSet<>();

    static {
        for (String line : lines("languages.txt")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                ACCEPTED.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("languages.txt: expected 'code<TAB>name', got '" + line + "'");
            }
            NAMES.put(parts[0].trim(), parts[1].trim());
            ACCEPTED.put(parts[0].trim(), parts[0].trim());
        }
        for (String line : lines("english-words.txt")) {
            ENGLISH_WORDS.add(line.trim());
        }
    }

    private Languages() {
    }

    /**
     * The language of an article, from its title (may be null) and body, or {@code null} when there is too
     * little text to tell.
     */
    public static String detect(String title, String body) {
        String text = title == null || title.isBlank() ? nullToEmpty(body) : title + "\n\n" + nullToEmpty(body);
        String sample = sample(text);
        if (letters(sample) < MIN_LETTERS) {
            return null;
        }
        if (plainlyEnglish(sample)) {
            return ENGLISH;
        }
        return byModel(sample);
    }

    /** The language's English name ("French"), the code itself for a code not listed, or "unknown" for null. */
    public static String name(String code) {
        if (code == null) {
            return "unknown";
        }
        return NAMES.getOrDefault(code, code);
    }

    /**
     * True when Parallax's figure, quote and attribution extraction applies to text in this language: English,
     * or a language not known (too little text to tell, or stored before languages were detected).
     */
    public static boolean extractionReads(String code) {
        return code == null || ENGLISH.equals(code);
    }

    /** The codes Parallax tells apart, English first. */
    public static Set<String> codes() {
        return java.util.Collections.unmodifiableSet(NAMES.keySet());
    }

    /** Starts loading the model on a background thread, so that a later detection does not wait for it. */
    public static void preload() {
        Thread t = new Thread(() -> Model.detector(), "language-model-load");
        t.setDaemon(true);
        t.start();
    }

    /** True when at least {@link #ENGLISH_SHARE} of the sample's first words are common English words. */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int english = 0;
        int i = 0;
        int n = sample.length();
        while (i < n && words < SAMPLE_WORDS) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(sample.charAt(i)) || sample.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                words++;
                if (ENGLISH_WORDS.contains(sample.substring(start, i).toLowerCase(Locale.ROOT))) {
                    english++;
                }
            }
        }
        return words >= MIN_SAMPLE_WORDS && english >= ENGLISH_SHARE * words;
    }

    /** The first of the model's guesses that is a listed language, or null if the model is not there. */
    static String byModel(String sample) {
        ThreadSafeLanguageDetectorME detector = Model.detector();
        if (detector == null) {
            return null;
        }
        for (Language guess : detector.predictLanguages(sample)) {
            String code = ACCEPTED.get(guess.getLang());
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** The text's start, up to {@link #SAMPLE_CHARS} characters, cut at a space. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    private static int letters(String s) {
        int count = 0;
        for (int i = 0; i < s.length() && count < MIN_LETTERS; i++) {
            if (Character.isLetter(s.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Iterable<String> lines(String resource) {
        try (InputStream in = Languages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model, loaded on first use (class initialisation is lazy and happens once, whatever the threads). */
    private static final class Model {

        private static final ThreadSafeLanguageDetectorME DETECTOR = load();

        static ThreadSafeLanguageDetectorME detector() {
            return DETECTOR;
        }

        private static ThreadSafeLanguageDetectorME load() {
            long start = System.nanoTime();
            try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    LOG.error("The language model {} is missing; articles that are not plainly English get no language",
                            MODEL);
                    return null;
                }
                ThreadSafeLanguageDetectorME d = new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(in));
                LOG.info("Language model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                return d;
            } catch (IOException | RuntimeException e) {
                LOG.error("The language model {} could not be loaded; articles that are not plainly English get no "
                        + "language", MODEL, e);
                return null;
            }
        }
    }
}

package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.core.ingest.ArticleLoader;
import org.parallax.core.ingest.IngestException;
import org.parallax.core.text.Sentence;
import org.parallax.core.text.TextSplitter;

/**
 * Writes N realistic news articles for benchmarks: varied outlets, dates, stories, and sentences with figures,
 * quotes and attributions — written from templates and recombined from the seeds' sentences with their numbers
 * and names varied. Deterministic: the same N and seed give the same files, byte for byte.
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR N [SEED]} (files go into OUT_DIR/NNNNNN.txt, 100 per sub-folder).
 */
public final class CorpusGenerator {

    private static final String[] OUTLETS = {"The Courier", "Daily Planet", "Morning Star", "The Ledger",
        "Evening Herald", "Northern Post", "The Chronicle", "Harbour Times", "City Gazette", "The Observer Online",
        "Valley News", "The Dispatch", "Coastal Record", "The Sentinel", "Metro Daily", "The Examiner",
        "Capital Report", "River Press", "The Tribune", "World Desk"};
    private static final String[] WIRES = {"AFP", "AP", "Reuters", "UPI", "dpa", null, null, null};
    private static final String[] PLACES = {"Brussels", "Kyiv", "Seoul", "Washington", "Berlin", "Tokyo", "Warsaw",
        "Geneva", "Nairobi", "Lima", "Oslo", "Manila"};
    private static final String[] FIRST = {"Anna", "Mark", "Olena", "James", "Min-jun", "Sofia", "Pedro", "Ingrid",
        "Tomasz", "Aisha", "Kenji", "Laura", "Dmytro", "Claire", "Samuel"};
    private static final String[] LAST = {"Berg", "Novak", "Kim", "Ortega", "Schulz", "Tanaka", "Kowalski", "Moreau",
        "Okafor", "Lindqvist", "Petrenko", "Rossi", "Haddad", "Silva", "Brennan"};
    private static final String[] ROLES = {"Defence Minister", "spokesman", "spokeswoman", "Foreign Minister",
        "Prime Minister", "governor", "mayor", "army chief", "central bank governor", "health minister"};
    private static final String[] ORGS = {"the defence ministry", "the United Nations", "the World Bank",
        "the health ministry", "the central bank", "the Red Cross", "the statistics office", "NATO",
        "the European Commission", "the interior ministry"};
    private static final String[] CUES = {"said", "told reporters", "said in a statement", "wrote on social media",
        "told a press conference", "added", "warned", "confirmed"};
    private static final String[] QUALIFIERS = {"", "", "", "at least ", "more than ", "up to ", "about ", "nearly ",
        "some ", "an estimated ", "as many as ", "fewer than "};
    private static final String[][] SUBJECTS = {
        {"troops", "soldiers"}, {"people", "residents"}, {"refugees", "displaced people"}, {"homes", "buildings"},
        {"jobs", "workers"}, {"drones", "missiles"}, {"tonnes of grain", "tonnes of aid"}, {"patients", "cases"}};
    private static final String[] TOPICS = {"floods", "the border talks", "the budget", "the ceasefire",
        "the election", "the outbreak", "the drought", "the strike", "the summit", "the harvest"};
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(?![\\d\u2019'])|\\d+(?![\\d\u2019'])");

    private final Random random;
    private final List<String> seedSentences;

    public CorpusGenerator(long seed, List<String> seedSentences) {
        this.random = new Random(seed);
        this.seedSentences = List.copyOf(seedSentences);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator OUT_DIR N [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long bytes = new CorpusGenerator(seed, seedSentences(Path.of(System.getProperty("parallax.seeds", "seeds"))))
                .write(out, n);
        System.out.printf("wrote %d articles (%,d bytes) to %s%n", n, bytes, out);
    }

    /** Sentences of the seed articles' bodies (as Parallax imports them), for recombination. */
    static List<String> seedSentences(Path seeds) throws IOException {
        List<String> out = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader();
        TextSplitter splitter = new TextSplitter();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String body;
                try {
                    body = loader.load(p).body();
                } catch (IngestException e) {
                    throw new IOException(e.getMessage(), e);
                }
                for (Sentence s : splitter.sentences(body)) {
                    String text = s.span().of(body).strip();
                    if (text.length() > 60 && text.length() < 400) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }

    /** Writes {@code n} articles under {@code dir}; returns the bytes written. */
    public long write(Path dir, int n) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Path folder = dir.resolve(String.format(Locale.ROOT, "%04d", i / 100));
            Files.createDirectories(folder);
            byte[] text = article(i).getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format(Locale.ROOT, "%06d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    /** One article: headline, byline, dateline, 6–14 paragraphs, some page furniture. */
    String article(int index) {
        String topic = pick(TOPICS);
        String place = pick(PLACES);
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
        String wire = pick(WIRES);
        StringBuilder b = new StringBuilder();
        b.append(pick(OUTLETS).toUpperCase(Locale.ROOT)).append("\n\n");
        b.append(capitalise(topic)).append(": ").append(headline()).append(" (").append(index).append(")\n");
        b.append("by ").append(person()).append('\n');
        b.append(place).append(wire == null ? "" : " (" + wire + ")").append(' ')
                .append(date.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH))).append("\n\n");
        int paragraphs = 8 + random.nextInt(11);
        for (int p = 0; p < paragraphs; p++) {
            b.append(paragraph(topic)).append("\n\n");
        }
        b.append("Related Links\nSubscribe to our daily newsletter\n\u00A9 ").append(date.getYear())
                .append(" All rights reserved.\n");
        return b.toString();
    }

    /**
     * One paragraph. Most are narrative (written here, or the seeds' sentences varied), as in real reports; the
     * mix is set so the figures, quotes and attributions per 1,000 characters come close to the seeds' (the
     * scale benchmark prints both densities).
     */
    private String paragraph(String topic) {
        int kind = random.nextInt(13);
        if (kind < 4) {
            return narrative(topic) + " " + narrative(topic) + (random.nextBoolean() ? " " + narrative(topic) : "");
        }
        if (kind < 6) {
            return variedSeedSentence() + " " + narrative(topic);
        }
        if (kind < 8) {
            return figureSentence(topic) + " " + narrative(topic);
        }
        if (kind < 11) {
            return quoteParagraph(topic);
        }
        return attributionSentence(topic) + " " + narrative(topic);
    }

    private static final String[] ADJECTIVES = {"tense", "quiet", "crowded", "damaged", "remote", "northern",
        "coastal", "rural", "industrial", "historic", "flooded", "busy", "temporary", "neighbouring", "disputed",
        "overnight", "regional", "long-awaited", "uneasy", "fragile"};
    private static final String[] NOUNS = {"bridge", "railway station", "market", "harbour", "school", "hospital",
        "power plant", "checkpoint", "warehouse", "airport", "parliament", "embassy", "stadium", "highway",
        "reservoir", "factory", "courthouse", "ferry terminal", "border crossing", "city hall"};
    private static final String[] ACTIONS = {"reopened", "closed", "inspected", "evacuated", "repaired", "visited",
        "guarded", "expanded", "searched", "cleared", "rebuilt", "shut down"};
    private static final String[] MOODS = {"cautious optimism", "frustration", "anger", "relief", "confusion",
        "fatigue", "quiet defiance", "growing impatience", "unease", "hope"};
    private static final String[] TIMES = {"on Monday", "on Tuesday", "late on Wednesday", "early on Thursday",
        "on Friday", "over the weekend", "last month", "earlier this week", "in the spring", "before dawn"};

    /** A sentence of plain reporting, without figures, quotes or attributions. */
    private String narrative(String topic) {
        return switch (random.nextInt(8)) {
            case 0 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS) + " in " + pick(PLACES) + " was " + pick(ACTIONS)
                    + " " + pick(TIMES) + ", as " + topic + " dominated the news.";
            case 1 -> "Residents of the " + pick(ADJECTIVES) + " district described a mood of " + pick(MOODS)
                    + " as officials " + pick(ACTIONS) + " the " + pick(NOUNS) + ".";
            case 2 -> capitalise(pick(TIMES)) + ", crews " + pick(ACTIONS) + " the " + pick(NOUNS) + " near "
                    + pick(PLACES) + " while traffic was diverted around the " + pick(ADJECTIVES) + " " + pick(NOUNS) + ".";
            case 3 -> capitalise(topic) + " has drawn " + pick(MOODS) + " from businesses along the " + pick(ADJECTIVES)
                    + " waterfront, where the " + pick(NOUNS) + " remains " + pick(new String[] {"open", "closed",
                        "under repair", "busy", "empty"}) + ".";
            case 4 -> "Talks between " + pick(ORGS) + " and " + pick(ORGS) + " continued " + pick(TIMES)
                    + " in " + pick(PLACES) + ", with no date set for the next round.";
            case 5 -> "Local television showed queues outside the " + pick(NOUNS) + " and a " + pick(ADJECTIVES)
                    + " " + pick(NOUNS) + " lit up after dark.";
            case 6 -> person() + ", who runs a small business next to the " + pick(NOUNS) + ", has followed "
                    + topic + " closely since it began.";
            default -> "The " + pick(NOUNS) + " in " + pick(PLACES) + " has become a symbol of " + topic
                    + " for many, and a source of " + pick(MOODS) + " for others.";
        };
    }

    private String figureSentence(String topic) {
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String figure = pick(QUALIFIERS) + number() + " " + subject[random.nextInt(subject.length)];
        if (random.nextInt(6) == 0) {
            int low = 1000 * (1 + random.nextInt(20));
            figure = String.format(Locale.ROOT, "%,d to %,d %s", low, low + 1000 * (1 + random.nextInt(10)), subject[0]);
        }
        return capitalise(figure) + " were affected by " + topic + " in " + pick(PLACES) + ", according to "
                + pick(ORGS) + ".";
    }

    private String quoteParagraph(String topic) {
        String speaker = pick(ROLES) + " " + person();
        return "\u201CWe will not accept " + topic + " costing " + number() + " " + SUBJECTS[random.nextInt(SUBJECTS.length)][0]
                + ",\u201D " + speaker + " " + pick(CUES) + ". \u201CThe next weeks will decide.\u201D";
    }

    private String attributionSentence(String topic) {
        return capitalise(pick(ORGS)) + " " + pick(CUES) + " that " + topic + " had cost about " + number()
                + " million dollars, while " + person() + " put the figure at " + number() + " million.";
    }

    /** A seed sentence with its numbers and some names varied. */
    private String variedSeedSentence() {
        if (seedSentences.isEmpty()) {
            return "";
        }
        String s = seedSentences.get(random.nextInt(seedSentences.size()));
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String digits = m.group().replace(",", "");
            long v = digits.length() > 12 ? 1 : Long.parseLong(digits);
            boolean year = v >= 1900 && v <= 2100 && !m.group().contains(",");
            long varied = year ? v : Math.max(1, Math.round(v * (0.5 + random.nextDouble())));
            m.appendReplacement(out, year ? m.group() : String.format(Locale.ROOT, m.group().contains(",") ? "%,d" : "%d", varied));
        }
        m.appendTail(out);
        return out.toString().replace("Zelensky", pick(LAST)).replace("Rutte", pick(LAST));
    }

    private String headline() {
        return pick(new String[] {"officials give new figures", "toll rises", "talks stall", "numbers disputed",
            "minister defends plan", "agencies differ on count"});
    }

    private String number() {
        int scale = random.nextInt(4);
        int v = switch (scale) {
            case 0 -> 2 + random.nextInt(98);
            case 1 -> 100 + random.nextInt(900);
            case 2 -> 1000 * (1 + random.nextInt(50));
            default -> 10_000 + 500 * random.nextInt(400);
        };
        return String.format(Locale.ROOT, "%,d", v);
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package org.parallax.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Small made-up news articles with figures, quotes and attributions, written as files for import tests. */
final class Corpus {

    private static final String[] PLACES = {"Bergen", "Tromsø", "Odense", "Turku", "Aarhus", "Malmö", "Tartu",
        "Gdańsk", "Riga", "Kaunas", "Espoo", "Uppsala", "Lund", "Oulu", "Vaasa", "Pori"};
    private static final String[] TOPICS = {"budget", "bridge", "school plan", "harbour project", "bus network",
        "housing scheme", "flood defence", "library reform"};

    private Corpus() {
    }

    /** One article, different for each {@code n} (its body, so its id, is unique). */
    static String article(int n, Random random) {
        String place = PLACES[n % PLACES.length];
        String topic = TOPICS[(n / PLACES.length) % TOPICS.length];
        int money = 3 + random.nextInt(900);
        int jobs = 10 + random.nextInt(5000);
        return String.format(Locale.ROOT, """
                %s council backs %s number %d

                The council of %s approved a %s worth %d million euros on Tuesday, officials said in report %d.

                \u201CThis plan protects %d jobs,\u201D the mayor of %s told reporters after the vote.

                About %d people signed a petition against it, according to the regional audit office.
                """, place, topic, n, place, topic, money, n, jobs, place, 100 + random.nextInt(20000));
    }

    /** Writes {@code count} distinct articles as .txt files, plus {@code copies} files repeating earlier bodies. */
    static List<Path> write(Path folder, int count, int copies, long seed) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = article(i, random);
            bodies.add(text);
            Path p = folder.resolve(String.format(Locale.ROOT, "article-%04d.txt", i));
            Files.writeString(p, text, StandardCharsets.UTF_8);
            files.add(p);
        }
        for (int i = 0; i < copies; i++) {
            Path p = folder.resolve(String.format(Locale.ROOT, "copy-%04d.txt", i));
            Files.writeString(p, bodies.get(random.nextInt(bodies.size())), StandardCharsets.UTF_8);
            files.add(p);
        }
        return files;
    }
}

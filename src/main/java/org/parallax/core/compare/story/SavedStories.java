package org.parallax.core.compare.story;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A library's stories kept between runs, so that opening a large library does not group it again: the desktop
 * app reads them at start and updates them with the articles that came or went since ({@link Stories#update},
 * {@link Stories#updateInSteps}). They are derived data: a file that is missing, unreadable, of another format or
 * of another library is ignored (the stories are grouped again), never an error.
 *
 * <p>One JSON file per library in a cache folder, named by a hash of the library's location (a folder's absolute
 * path or a shared library's address):
 * <pre>{"format": 1, "library": "/home/me/.local/share/parallax/library",
 *  "stories": [{"ids": ["ab12…", "cd34…"], "title": "Troops in Kursk", "names": ["Kursk"],
 *               "first": "2024-10-31", "last": "2024-11-04", "outlets": ["Reuters", "BBC"]}, …]}</pre>
 */
public final class SavedStories {

    private static final Logger LOG = LoggerFactory.getLogger(SavedStories.class);
    /** The file's format; a file of another one is ignored. */
    static final int FORMAT = 1;

    private final Path file;
    private final String library;

    /**
     * @param directory the cache folder holding saved stories (created when first written)
     * @param library   the library's location, as the app names it
     */
    public SavedStories(Path directory, String library) {
        this.library = Objects.requireNonNull(library);
        this.file = directory.resolve(fileName(library));
    }

    /** The file these stories are kept in. */
    public Path file() {
        return file;
    }

    static String fileName(String library) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(library.getBytes(StandardCharsets.UTF_8));
            return "stories-" + HexFormat.of().formatHex(hash, 0, 12) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The saved stories, or empty when there are none usable (none saved, unreadable, another format or library). */
    public Optional<List<Stories.Story>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Saved saved = mapper().readValue(file.toFile(), Saved.class);
            if (saved.format() != FORMAT || !library.equals(saved.library()) || saved.stories() == null) {
                LOG.info("Ignoring the saved stories in {}: format {} of library {}", file, saved.format(), saved.library());
                return Optional.empty();
            }
            List<Stories.Story> out = new ArrayList<>(saved.stories().size());
            for (SavedStory s : saved.stories()) {
                if (s.ids() == null || s.ids().isEmpty()) {
                    continue;
                }
                out.add(new Stories.Story(s.ids(), s.title(), orEmpty(s.names()), date(s.first()), date(s.last()),
                        orEmpty(s.outlets())));
            }
            return Optional.of(List.copyOf(out));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the saved stories in {}: they cannot be read", file, e);
            return Optional.empty();
        }
    }

    /** Keeps these stories, replacing what was kept (written to a new file first, then moved over the old one). */
    public void write(List<Stories.Story> stories) throws IOException {
        List<SavedStory> out = new ArrayList<>(stories.size());
        for (Stories.Story s : stories) {
            out.add(new SavedStory(s.ids(), s.title(), s.names(), text(s.first()), text(s.last()), s.outlets()));
        }
        Files.createDirectories(file.getParent());
        Path written = Files.createTempFile(file.getParent(), ".stories-", ".json.part");
        try {
            mapper().writeValue(written.toFile(), new Saved(FORMAT, library, out));
            try {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** Forgets the saved stories (the next start groups the library again). */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot remove the saved stories {}", file, e);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The file's content. */
    record Saved(int format, String library, List<SavedStory> stories) {
    }

    /** One story in the file: {@link Stories.Story} with ISO dates. */
    record SavedStory(List<String> ids, String title, List<String> names, String first, String last,
                      List<String> outlets) {
    }
}

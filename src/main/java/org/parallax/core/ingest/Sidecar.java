package org.parallax.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

/**
 * User-writable metadata beside an article file: {@code NAME.meta.json} next to {@code NAME.txt},
 * {@code NAME.md} or {@code NAME.html}. What it says wins over what is inferred from the file.
 *
 * <p>Its fields, all optional strings; unknown fields are ignored, {@code null} or missing means "not said":
 * <pre>{@code
 * {
 *   "title":     "Ukraine's Zelensky says North Korea may send up to 100,000 troops to Russia",
 *   "outlet":    "SpaceWar.com",
 *   "byline":    "Thomas Maresca",
 *   "wire":      "UPI",
 *   "dateline":  "Washington DC",
 *   "published": "2024-11-20",
 *   "url":       "https://www.spacewar.com/..."
 * }
 * }</pre>
 * {@code published} is an ISO date, {@code YYYY-MM-DD}; a month ({@code YYYY-MM}) or a year alone imports the
 * article without a date and with a warning. The url is stored only, never fetched.
 */
public final class Sidecar {

    public static final String SUFFIX = ".meta.json";

    /** A month ("2023-09") or a year ("2023") with nothing more. */
    private static final java.util.regex.Pattern PARTIAL_DATE = java.util.regex.Pattern.compile(
            "(?:19|20|21)\\d{2}(?:-(?:0[1-9]|1[0-2]))?");

    /** Made on first use: most articles have no sidecar, and databind is some 370 classes to load. */
    private static final class Json {

        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        private Json() {
        }
    }

    private Sidecar() {
    }

    /** {@code foo.txt} → {@code foo.meta.json} in the same folder. */
    public static Path pathFor(Path articleFile) {
        String name = articleFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return articleFile.resolveSibling(stem + SUFFIX);
    }

    /** True if {@code file} is a sidecar by its name. */
    public static boolean isSidecar(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    /**
     * The sidecar's metadata, or empty if there is no sidecar.
     *
     * @throws IngestException ({@link Reason#UNREADABLE}) if the sidecar exists but cannot be read, is not
     *                         a JSON object, or has a field of the wrong kind or a bad date
     */
    public static Optional<Metadata> read(Path articleFile) throws IngestException {
        return read(articleFile, new java.util.ArrayList<>());
    }

    /**
     * As {@link #read(Path)}, adding to {@code warnings} what was wrong without costing the article: a
     * {@code published} of only a month ({@code "2023-09"}) or a year ({@code "2023"}) is kept as no date, with
     * a warning that names it (the library stores whole dates only).
     */
    public static Optional<Metadata> read(Path articleFile, java.util.List<String> warnings) throws IngestException {
        Path sidecar = pathFor(articleFile);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readAllBytes(sidecar));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AccessDeniedException e) {
            throw new IngestException(Reason.UNREADABLE, sidecar + " cannot be read: permission denied.", e);
        } catch (JsonProcessingException e) {
            throw new IngestException(Reason.UNREADABLE, sidecar + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").", e);
        } catch (IOException e) {
            throw new IngestException(Reason.UNREADABLE, sidecar + " cannot be read: " + e.getMessage() + ".", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Optional.of(Metadata.EMPTY);
        }
        if (!root.isObject()) {
            throw new IngestException(Reason.UNREADABLE, sidecar + " must hold a JSON object such as {\"outlet\": \"…\"}.");
        }
        String published = text(root, "published", sidecar);
        LocalDate date = null;
        if (published != null && PARTIAL_DATE.matcher(published).matches()) {
            warnings.add(sidecar.getFileName() + ": \"published\" gives only " + (published.length() == 4 ? "the year"
                    : "the month") + " (" + published + "); the article is imported without a date. Write"
                    + " YYYY-MM-DD to date it.");
            published = null;
        }
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new IngestException(Reason.UNREADABLE, sidecar + ": \"published\" must be a date written"
                        + " YYYY-MM-DD, not \"" + published + "\".", e);
            }
        }
        return Optional.of(new Metadata(text(root, "title", sidecar), text(root, "outlet", sidecar),
                text(root, "byline", sidecar), text(root, "wire", sidecar), text(root, "dateline", sidecar), date,
                text(root, "url", sidecar)));
    }

    /** Writes {@code m}'s non-null fields to the sidecar of {@code articleFile} (UTF-8, indented). */
    public static void write(Path articleFile, Metadata m) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        put(root, "title", m.title());
        put(root, "outlet", m.outlet());
        put(root, "byline", m.byline());
        put(root, "wire", m.wire());
        put(root, "dateline", m.dateline());
        put(root, "published", m.published() == null ? null : m.published().toString());
        put(root, "url", m.url());
        Files.write(pathFor(articleFile), Json.MAPPER.writeValueAsBytes(root));
    }

    private static void put(ObjectNode root, String field, String value) {
        if (value != null) {
            root.put(field, value);
        }
    }

    private static String text(JsonNode root, String field, Path sidecar) throws IngestException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new IngestException(Reason.UNREADABLE, sidecar + ": \"" + field + "\" must be a string.");
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}

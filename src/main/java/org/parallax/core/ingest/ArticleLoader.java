package org.parallax.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.parallax.core.article.Article;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;
import org.parallax.core.text.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a file, or pasted text, into an {@link Article}: decoded ({@link TextDecoder}), read according to its
 * format (plain text, Markdown, HTML), its body separated from page furniture ({@link BodySplitter}) and its
 * metadata inferred ({@link HeaderInference}, HTML markup, Markdown front matter), with a sidecar
 * ({@link Sidecar}) taking precedence over everything inferred, and its language detected ({@link Languages}).
 * PDF, Word .docx, e-mail and MHTML files are read by their own readers (docs/formats.md).
 *
 * <p>The body is the faithful article text: paragraphs separated by exactly one blank line ({@code "\n\n"}),
 * each line trimmed, runs of spaces, tabs and no-break spaces folded to one space; quotes, dashes and all other
 * characters as written. Furniture lines are returned in {@link Article#furniture()}, in page order (header,
 * lines set aside inside the body, trailer, then what an HTML page had outside its article).
 *
 * <p>Nothing is ever fetched: HTML is parsed from the file's bytes, links and images are not resolved.
 * Instances are stateless and may be shared between threads.
 */
public final class ArticleLoader {

    /** Larger files are refused by name ({@link Reason#TOO_LARGE}), never read nor truncated. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /**
     * E-mail and saved pages may be larger: they are parsed as a stream, and an attachment over
     * {@link #MAX_FILE_BYTES} is left out with a note instead of costing the message.
     */
    public static final long MAX_MIME_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * The most body text an article may have, in characters: about 150,000 words, ten times the longest
     * long-read. More is not an article (a book, a data dump, a hostile file) and would make extraction and
     * comparison slow for everyone; it is refused by name, never cut.
     */
    public static final int MAX_BODY_CHARS = 1_000_000;

    /** An HTML page without a prose paragraph needs this many words of text to count as an article. */
    private static final int MIN_HTML_WORDS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(ArticleLoader.class);

    public ArticleLoader() {
    }

    /**
     * Reads {@code file} and its sidecar {@code NAME.meta.json}, if present.
     *
     * @throws IngestException with a message naming the file, if it cannot become an article
     */
    public Article load(Path file) throws IngestException {
        return read(file).article();
    }

    /**
     * Reads {@code file} and its sidecar, as {@link #load}, with the notes of what was left out of the article
     * without refusing it (an e-mail attachment that could not be read).
     *
     * @throws IngestException with a message naming the file, if it cannot become an article
     */
    public Loaded read(Path file) throws IngestException {
        String name = file.toString();
        Optional<Format> format = Format.ofFileName(file.getFileName() == null ? "" : file.getFileName().toString());
        if (ArticleFiles.isSavedPageFolder(file)) {
            throw new IngestException(Reason.UNSUPPORTED, name + " holds the images, styles and scripts a browser "
                    + "saved with a web page, not an article; the page itself is imported from its .html file.");
        }
        if (Files.isDirectory(file)) {
            throw new IngestException(Reason.UNSUPPORTED, name + " is a folder, not an article file.");
        }
        if (format.isEmpty()) {
            throw new IngestException(Reason.UNSUPPORTED, name + " is not a format Parallax reads"
                    + " (it reads " + Format.allExtensions() + ").");
        }
        Page page = switch (format.get()) {
            case EMAIL, MHTML -> readMime(file, name, format.get());
            default -> page(readBytes(file, name, MAX_FILE_BYTES), format.get(), name);
        };
        List<String> warnings = new ArrayList<>();
        Metadata sidecar = Sidecar.read(file, warnings).orElse(Metadata.EMPTY);
        Article article = build(page, format.get(), sidecar, name);
        if (article != null && !warnings.isEmpty()) {
            warnings.forEach(w -> LOG.warn("{}: {}", name, w));
            article = article.withWarnings(warnings);
        }
        if (article == null) {
            throw new IngestException(Reason.NO_TEXT, name + " holds no article text.");
        }
        if (article.body().length() > MAX_BODY_CHARS) {
            throw new IngestException(Reason.TOO_LARGE, String.format(Locale.ROOT, "%s holds %,d characters of text, "
                    + "more than an article can have (the limit is %,d); Parallax refuses it rather than cut it.",
                    name, article.body().length(), MAX_BODY_CHARS));
        }
        if (LOG.isDebugEnabled()) {  // counting words is a pass over the body: only when it is logged
            LOG.debug("Loaded {}: {} words, {} furniture lines", name, article.wordCount(), article.furniture().size());
        }
        return new Loaded(article, page.notes());
    }

    /**
     * An article and what was left out of it without refusing it.
     *
     * @param article the article
     * @param notes   one sentence each, naming the file: parts not read (empty for most files)
     */
    public record Loaded(Article article, List<String> notes) {

        public Loaded {
            notes = List.copyOf(notes);
        }
    }

    /** What the reader of {@code format} makes of a file's bytes (also an e-mail's attachment). */
    static Page page(byte[] bytes, Format format, String name) throws IngestException {
        return switch (format) {
            case PDF -> PdfReader.read(bytes, name);
            case DOCX -> DocxReader.read(bytes, name);
            case EMAIL, MHTML -> EmailReader.read(new java.io.ByteArrayInputStream(bytes), name, format);
            default -> textPage(TextDecoder.decode(bytes, name, format == Format.HTML), format);
        };
    }

    /** MIME files are parsed as a stream: an e-mail may carry large attachments that are never all in memory. */
    private static Page readMime(Path file, String name, Format format) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > MAX_MIME_FILE_BYTES) {
                throw new IngestException(Reason.TOO_LARGE, name + " is too large to import (" + megabytes(size)
                        + "; the limit for e-mail and saved pages is " + megabytes(MAX_MIME_FILE_BYTES) + ").");
            }
            if (size == 0) {
                throw new IngestException(Reason.EMPTY, name + " is empty.");
            }
            try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                return EmailReader.read(in, name, format);
            }
        } catch (NoSuchFileException e) {
            throw new IngestException(Reason.UNREADABLE, name + " no longer exists.", e);
        } catch (AccessDeniedException e) {
            throw new IngestException(Reason.UNREADABLE, name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new IngestException(Reason.UNREADABLE, name + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * An article from pasted text. Text that starts like an HTML document ({@code <!doctype} or
     * {@code <html}) is read as HTML, anything else as plain text.
     *
     * @param given  metadata the user gave; its non-null fields win over inferred ones (may be null)
     * @param source where the text came from, as shown to the user (e.g. "pasted text")
     * @throws IllegalArgumentException if the text holds no article text (blank, or an HTML page without any)
     */
    public Article fromText(String text, Metadata given, String source) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The pasted text is empty.");
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        Format format = head.startsWith("<!doctype html") || head.startsWith("<html") ? Format.HTML : Format.TEXT;
        Article article = build(text, format, given, source);
        if (article == null) {
            throw new IllegalArgumentException("The pasted text holds no article text.");
        }
        if (article.body().length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "The pasted text holds %,d characters, "
                    + "more than an article can have (the limit is %,d).", article.body().length(), MAX_BODY_CHARS));
        }
        return article;
    }

    private static byte[] readBytes(Path file, String name, long limit) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > limit) {
                throw new IngestException(Reason.TOO_LARGE, name + " is too large to import (" + megabytes(size)
                        + "; the limit is " + megabytes(limit) + ").");
            }
            if (size == 0) {
                throw new IngestException(Reason.EMPTY, name + " is empty.");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > limit) {
                throw new IngestException(Reason.TOO_LARGE, name + " is too large to import (it grew while read).");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IngestException(Reason.UNREADABLE, name + " no longer exists.", e);
        } catch (AccessDeniedException e) {
            throw new IngestException(Reason.UNREADABLE, name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new IngestException(Reason.UNREADABLE, name + " cannot be read (" + e.getMessage() + ").", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(Reason.TOO_LARGE, name + " is too large to import into the memory available.");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The article, or null if there is no body text. */
    private static Article build(String text, Format format, Metadata given, String source) {
        return build(textPage(text, format), format, given, source);
    }

    private static Page textPage(String text, Format format) {
        return switch (format) {
            case TEXT -> PlainTextReader.read(text);
            case MARKDOWN -> MarkdownReader.read(text);
            case HTML -> HtmlReader.read(text);
            default -> throw new IllegalArgumentException(format + " is not a text format");
        };
    }

    /** The article, or null if there is no body text. */
    private static Article build(Page page, Format format, Metadata given, String source) {
        BodySplitter.Split split = BodySplitter.split(page.blocks(), page.metadata().title());
        String body = String.join("\n\n", split.body()).strip();
        if (body.isEmpty() || (format == Format.HTML || format == Format.MHTML) && !split.prose() && Lines.words(body) < MIN_HTML_WORDS) {
            return null;
        }
        HeaderInference.Inferred inferred = HeaderInference.infer(split);
        Metadata metadata = inferred.metadata().overriddenBy(page.metadata()).overriddenBy(given);
        List<String> furniture = new ArrayList<>(split.before());
        furniture.addAll(split.inside());
        furniture.addAll(split.after());
        furniture.addAll(page.outside());
        String dek = inferred.dek();
        if (dek != null && dek.equals(metadata.title())) {
            dek = null;
        }
        return Article.of(metadata, body, furniture, source, format).withDek(dek)
                .withLanguage(Languages.detect(metadata.title(), body));
    }
}

package org.parallax.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.dom.field.UnstructuredField;
import org.apache.james.mime4j.field.DefaultFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.parallax.core.article.Format;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

/**
 * MIME files, parsed as a stream with Apache mime4j ({@link MimeConfig#PERMISSIVE}): e-mail (.eml) and web pages
 * saved as one file (.mhtml).
 *
 * <p>An e-mail's article is its text (the first text/plain part, else the first text/html part) followed by the
 * text of each attachment in a format Parallax reads (PDF, .docx, text, HTML, Markdown); the subject is the
 * title, the Date header's day (in the sender's time zone) the publication date and the From header's display
 * name (else its address) the byline. Other attachments are passed over; an attachment that cannot be read or
 * is larger than {@link ArticleLoader#MAX_FILE_BYTES} is left out with a note, and the message is imported.
 *
 * <p>An MHTML page is its first text/html part, read as HTML; the Subject header is its title when the page
 * names none, and its Snapshot-Content-Location its address.
 *
 * <p>Bounded: the file's size is limited by the caller; a text part is read to at most
 * {@link ArticleLoader#MAX_FILE_BYTES}, an attachment too, at most {@value #MAX_ATTACHMENTS} attachments are read,
 * and only one attachment is held in memory at a time.
 */
final class EmailReader {

    static final int MAX_ATTACHMENTS = 20;

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private EmailReader() {
    }

    static Page read(InputStream in, String name, Format format) throws IngestException {
        boolean page = format == Format.MHTML;
        Handler handler = new Handler(name, page);
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE, DecodeMonitor.SILENT,
                new DefaultBodyDescriptorBuilder());
        parser.setContentDecoding(true);
        parser.setContentHandler(handler);
        try {
            parser.parse(in);
        } catch (MimeException | RuntimeException e) {
            throw new IngestException(Reason.DAMAGED, name + " is not a readable " + (page ? "saved web page" : "e-mail")
                    + " (malformed MIME: " + oneLine(e) + ").", e);
        } catch (IOException e) {
            throw new IngestException(Reason.UNREADABLE, name + " cannot be read (" + oneLine(e) + ").", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(Reason.TOO_LARGE, name + " is too large to read into the memory available.");
        }
        if (!handler.headerSeen && handler.plain == null && handler.html == null) {
            throw new IngestException(Reason.DAMAGED, name + " is not " + (page ? "a saved web page" : "an e-mail")
                    + ": it has no MIME header.");
        }
        return page ? handler.page() : handler.message();
    }

    /** Collects the top header's fields, the message's text and the attachments' pages as the parser streams. */
    private static final class Handler extends AbstractContentHandler {

        private final String name;
        private final boolean page;
        private boolean headerSeen;
        private boolean topHeaderDone;
        private String subject;
        private String from;
        private LocalDate date;
        private String location;
        private String plain;
        private String html;
        /** The text before the first boundary of a multipart: the text of a message whose boundary never comes. */
        private String preamble;
        private int attachmentsRead;
        private final List<Page> attachments = new ArrayList<>();
        private final List<String> attachmentNames = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Handler(String name, boolean page) {
            this.name = name;
            this.page = page;
        }

        @Override
        public void startHeader() {
            headerSeen = true;
        }

        @Override
        public void endHeader() {
            topHeaderDone = true;
        }

        @Override
        public void field(Field raw) {
            if (topHeaderDone) {
                return;
            }
            String field = raw.getName() == null ? "" : raw.getName().toLowerCase(Locale.ROOT);
            switch (field) {
                case "subject" -> subject = blankToNull(parsed(raw) instanceof UnstructuredField u ? u.getValue() : raw.getBody());
                case "from" -> from = sender(parsed(raw));
                case "date" -> date = date(raw);
                case "snapshot-content-location", "content-location" -> {
                    if (location == null) {
                        location = blankToNull(raw.getBody());
                    }
                }
                default -> { }
            }
        }

        @Override
        public void preamble(InputStream in) throws IOException {
            if (preamble == null) {
                Optional<byte[]> bytes = readAtMost(in, ArticleLoader.MAX_FILE_BYTES);
                preamble = bytes.map(b -> decode(b, null, false)).orElse(null);
            }
        }

        @Override
        public void body(BodyDescriptor bd, InputStream in) throws IOException {
            MaximalBodyDescriptor d = bd instanceof MaximalBodyDescriptor m ? m : null;
            String mime = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
            String file = d == null ? null : blankToNull(d.getContentDispositionFilename());
            if (file == null && d != null) {
                file = blankToNull(d.getContentTypeParameters().get("name"));
            }
            boolean attachment = file != null
                    || d != null && "attachment".equalsIgnoreCase(d.getContentDispositionType());
            if (!attachment && (mime.equals("text/plain") || mime.equals("text/html"))) {
                if (mime.equals("text/plain") && plain == null || mime.equals("text/html") && html == null) {
                    Optional<byte[]> bytes = readAtMost(in, ArticleLoader.MAX_FILE_BYTES);
                    if (bytes.isEmpty()) {
                        notes.add("A text part of " + name + " is larger than the limit and was left out.");
                        return;
                    }
                    String text = decode(bytes.get(), bd.getCharset(), mime.equals("text/html"));
                    if (mime.equals("text/plain")) {
                        plain = text;
                    } else {
                        html = text;
                    }
                }
                return;
            }
            if (page || file == null) {
                return;
            }
            Optional<Format> format = Format.ofFileName(file);
            if (format.isEmpty() || format.get() == Format.EMAIL || format.get() == Format.MHTML) {
                return;
            }
            if (attachmentsRead >= MAX_ATTACHMENTS) {
                notes.add("Attachment " + file + " of " + name + " was left out: only the first " + MAX_ATTACHMENTS
                        + " attachments are read.");
                return;
            }
            attachmentsRead++;
            Optional<byte[]> bytes = readAtMost(in, ArticleLoader.MAX_FILE_BYTES);
            if (bytes.isEmpty()) {
                notes.add("Attachment " + file + " of " + name + " was left out: it is larger than "
                        + ArticleLoader.MAX_FILE_BYTES / (1024 * 1024) + " MB.");
                return;
            }
            try {
                attachments.add(ArticleLoader.page(bytes.get(), format.get(), "attachment " + file));
                attachmentNames.add(file);
            } catch (IngestException e) {
                notes.add("Attachment " + file + " of " + name + " was left out: " + e.getMessage());
            }
        }

        /** The e-mail: its text, then each attachment's, with its headers as metadata. */
        Page message() throws IngestException {
            List<Block> blocks = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            Metadata inner = Metadata.EMPTY;
            if (plain != null && !plain.isBlank()) {
                blocks.addAll(PlainTextReader.read(plain).blocks());
            } else if (html == null && preamble != null && !preamble.isBlank()) {
                blocks.addAll(PlainTextReader.read(preamble).blocks());
            } else if (html != null) {
                Page p = HtmlReader.read(html);
                blocks.addAll(p.blocks());
                outside.addAll(p.outside());
                inner = p.metadata();
            }
            for (int i = 0; i < attachments.size(); i++) {
                Page a = attachments.get(i);
                blocks.addAll(a.blocks());
                outside.add("Attachment: " + attachmentNames.get(i));
                outside.addAll(a.outside());
            }
            Metadata headers = new Metadata(subject, null, from, null, null, date, null);
            return new Page(blocks, inner.overriddenBy(headers), outside, notes);
        }

        /** The saved web page: its HTML, with the subject as a fallback title and the saved address. */
        Page page() throws IngestException {
            if (html == null) {
                throw new IngestException(Reason.NO_TEXT, name + " holds no web page (no text/html part).");
            }
            Page p = HtmlReader.read(html);
            Metadata fallback = new Metadata(subject, null, null, null, null, null, location);
            return new Page(p.blocks(), fallback.overriddenBy(p.metadata()), p.outside(), notes);
        }

        private static ParsedField parsed(Field raw) {
            try {
                return raw instanceof ParsedField p ? p : DefaultFieldParser.getParser().parse(raw, DecodeMonitor.SILENT);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static String sender(ParsedField field) {
            if (field instanceof MailboxListField list && list.getMailboxList() != null
                    && !list.getMailboxList().isEmpty()) {
                Mailbox m = list.getMailboxList().get(0);
                String person = blankToNull(m.getName());
                return person != null ? person : blankToNull(m.getAddress());
            }
            return null;
        }

        /** The day of the Date header in the sender's own time zone (as written), else in UTC. */
        private static LocalDate date(Field raw) {
            String value = raw.getBody() == null ? "" : raw.getBody().replaceAll("\\([^)]*\\)", "").trim()
                    .replaceAll("\\s+", " ");
            try {
                return java.time.ZonedDateTime.parse(value, RFC_1123).toLocalDate();
            } catch (DateTimeParseException e) {
                ParsedField p = parsed(raw);
                if (p instanceof DateTimeField d && d.getDate() != null) {
                    return d.getDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
                }
                return null;
            }
        }
    }

    /** The stream's bytes, or empty (and the rest skipped) when there are more than {@code limit}. */
    private static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                while (in.read(buf) > 0) {
                    // drain: the parser goes on after this part
                }
                return Optional.empty();
            }
            out.write(buf, 0, n);
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * A text part in its declared charset, else as the text decoder guesses it. US-ASCII counts as undeclared:
     * it is what MIME assumes when a part names none, and mail that says nothing is often UTF-8 or Latin-1.
     */
    private static String decode(byte[] bytes, String charset, boolean html) {
        if (charset != null && !charset.trim().equalsIgnoreCase("us-ascii")) {
            try {
                return new String(bytes, Charset.forName(charset.trim()));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // fall through: guess
            }
        }
        try {
            return TextDecoder.decode(bytes, "a text part", html);
        } catch (IngestException e) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : Lines.clean(s);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = Lines.clean(m.replace('\n', ' '));
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}

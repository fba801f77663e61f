package org.parallax.core.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

/**
 * PDF: the text layer, read with Apache PDFBox, in reading order, one block a paragraph (the lines of a
 * paragraph joined again). The document's title property is taken as the title when it looks like one (not a
 * file name such as "Microsoft Word - release.docx"). Nothing else of the PDF is trusted as metadata: its
 * dates are when the file was made and its author is often a user name.
 *
 * <p>Bounded: at most {@value #MAX_PAGES} pages are read; decoding is held to {@value #MAX_MEMORY_MB} MB of
 * memory (a stream that inflates beyond is refused as damaged); text beyond twice an article's limit and a
 * read longer than {@value #MAX_SECONDS} s stop the read with a message. Encrypted PDFs that need a password,
 * damaged files and PDFs without a text layer (scans) are refused with a message saying which.
 */
final class PdfReader {

    static final int MAX_PAGES = 2_000;
    static final long MAX_MEMORY_MB = 256;
    static final long MAX_SECONDS = 60;

    private PdfReader() {
    }

    static Page read(byte[] bytes, String name) throws IngestException {
        String text;
        Metadata metadata;
        int pages;
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_MB * 1024 * 1024).streamCache)) {
            pages = doc.getNumberOfPages();
            metadata = metadata(doc.getDocumentInformation());
            BoundedStripper stripper = new BoundedStripper(name);
            stripper.setSortByPosition(false);
            stripper.setAddMoreFormatting(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("\n");
            stripper.setParagraphEnd("");
            stripper.setPageEnd("\n");
            stripper.setEndPage(Math.min(pages, MAX_PAGES));
            StringWriter out = new StringWriter();
            stripper.writeText(doc, out);
            text = out.toString();
        } catch (InvalidPasswordException e) {
            throw new IngestException(Reason.ENCRYPTED, name + " is a PDF protected by a password; Parallax cannot "
                    + "read it. Save a copy without the password and import that.", e);
        } catch (Stopped e) {
            throw e.failure;
        } catch (IOException | RuntimeException e) {
            throw new IngestException(Reason.DAMAGED, name + " is not a readable PDF (damaged or incomplete: "
                    + oneLine(e.getMessage()) + ").", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(Reason.TOO_LARGE, name + " is too large to read into the memory available.");
        } catch (StackOverflowError e) {
            throw new IngestException(Reason.DAMAGED, name + " is not a readable PDF (its structure nests too deeply).");
        }
        List<Block> blocks = paragraphs(text);
        if (blocks.isEmpty()) {
            throw new IngestException(Reason.NO_TEXT, name + " has no text layer (" + pages + (pages == 1 ? " page" : " pages")
                    + " of images, such as a scan): no text; OCR is not supported.");
        }
        return new Page(blocks, metadata, List.of());
    }

    /** The text's paragraphs (separated by blank lines), each one block with its lines joined by a space. */
    static List<Block> paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : Lines.split(text)) {
            String line = Lines.clean(raw);
            if (line.isEmpty()) {
                flush(paragraph, blocks);
                continue;
            }
            if (paragraph.length() > 0) {
                char last = paragraph.charAt(paragraph.length() - 1);
                // a word broken at the line's end ("pro-" / "duction") keeps its hyphen but no space
                boolean broken = last == '-' && paragraph.length() > 1
                        && Character.isLetter(paragraph.charAt(paragraph.length() - 2))
                        && Character.isLowerCase(line.codePointAt(0));
                if (!broken) {
                    paragraph.append(' ');
                }
            }
            paragraph.append(line);
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        String s = Lines.clean(paragraph.toString());
        if (!s.isEmpty() && s.codePoints().anyMatch(Character::isLetterOrDigit)) {
            blocks.add(Block.of(s));
        }
        paragraph.setLength(0);
    }

    private static Metadata metadata(PDDocumentInformation info) {
        if (info == null) {
            return Metadata.EMPTY;
        }
        String title = info.getTitle();
        return looksLikeTitle(title) ? Metadata.EMPTY.withTitle(Lines.clean(title)) : Metadata.EMPTY;
    }

    /** Not blank, a few words, not a file name or the name of the program that made the PDF. */
    static boolean looksLikeTitle(String title) {
        if (title == null) {
            return false;
        }
        String t = Lines.clean(title);
        String lower = t.toLowerCase(Locale.ROOT);
        return Lines.words(t) >= 2 && t.length() <= 300
                && !lower.matches(".*\\.(docx?|pdf|txt|rtf|odt|pptx?|indd|qxp|html?)$")
                && !lower.startsWith("microsoft word") && !lower.startsWith("untitled");
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail";
        }
        String m = Lines.clean(message.replace('\n', ' '));
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** Thrown out of PDFBox's text loop to stop a read that went over a bound. */
    private static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;
        final transient IngestException failure;

        Stopped(IngestException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    /** A text stripper that stops when the text or the time goes over a bound, or the thread is interrupted. */
    private static final class BoundedStripper extends PDFTextStripper {

        private final String name;
        private final long deadline = System.nanoTime() + MAX_SECONDS * 1_000_000_000L;
        private long written;

        BoundedStripper(String name) {
            this.name = name;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            check();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text) throws IOException {
            written += text.length();
            check();
            super.writeString(text);
        }

        private void check() throws Stopped {
            if (Thread.currentThread().isInterrupted()) {
                throw new Stopped(new IngestException(Reason.UNREADABLE, name + " was not read: the import stopped."));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new Stopped(new IngestException(Reason.DAMAGED, name + " took longer than " + MAX_SECONDS
                        + " s to read; Parallax gave up on it (the PDF may be damaged or built to be slow)."));
            }
            if (written > 2L * ArticleLoader.MAX_BODY_CHARS) {
                throw new Stopped(new IngestException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                        "%s holds more than %,d characters of text, more than an article can have; Parallax refuses "
                                + "it rather than cut it.", name, ArticleLoader.MAX_BODY_CHARS)));
            }
        }
    }
}

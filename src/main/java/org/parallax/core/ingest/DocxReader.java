package org.parallax.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.parallax.core.article.Metadata;
import org.parallax.core.ingest.IngestException.Reason;

/**
 * Word .docx: the document's text as Apache POI's {@link XWPFWordExtractor} gives it (paragraphs, table cells,
 * headers and footers), one block a paragraph; the title property becomes the title when it looks like one.
 *
 * <p>Bounded by POI's zip guards, set here once: an entry may expand to at most {@value #MAX_ENTRY_MB} MB and
 * never more than a hundred times its compressed size (a zip bomb is refused), the text to at most
 * {@value #MAX_TEXT_CHARS} characters. A file that is not a zip, an old binary .doc renamed .docx, or an
 * encrypted document are refused with a message saying which.
 */
final class DocxReader {

    static final long MAX_ENTRY_MB = 100;
    static final long MAX_TEXT_CHARS = 10L * ArticleLoader.MAX_BODY_CHARS;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024 * 1024);
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    private DocxReader() {
    }

    static Page read(byte[] bytes, String name) throws IngestException {
        if (ole2(bytes)) {
            throw new IngestException(Reason.UNSUPPORTED, name + " is an old Word .doc file or an encrypted document, "
                    + "not a .docx; open it in Word or LibreOffice, save it as .docx without a password, and import that.");
        }
        if (!zip(bytes)) {
            throw new IngestException(Reason.DAMAGED, name + " is not a Word document: it is not a zip archive, as "
                    + "every .docx is (damaged, or another kind of file named .docx).");
        }
        String text;
        String title;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
            title = doc.getProperties() == null || doc.getProperties().getCoreProperties() == null
                    ? null : doc.getProperties().getCoreProperties().getTitle();
        } catch (EncryptedDocumentException e) {
            throw new IngestException(Reason.ENCRYPTED, name + " is a Word document protected by a password; Parallax "
                    + "cannot read it. Save a copy without the password and import that.", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new IngestException(Reason.UNSUPPORTED, name + " is an old Word .doc file, not a .docx; save it as "
                    + ".docx and import that.", e);
        } catch (NotOfficeXmlFileException e) {
            throw new IngestException(Reason.DAMAGED, name + " is a zip archive but not a Word document.", e);
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new IngestException(Reason.DAMAGED, name + " expands to far more than its size when unzipped "
                        + "(a zip bomb, or a damaged file); Parallax refuses it.", e);
            }
            throw new IngestException(Reason.DAMAGED, name + " is not a readable Word document (damaged or incomplete: "
                    + oneLine(e) + ").", e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(Reason.TOO_LARGE, name + " is too large to read into the memory available.");
        }
        List<Block> blocks = new ArrayList<>();
        for (String raw : Lines.split(text)) {
            String line = Lines.clean(raw);
            if (!line.isEmpty()) {
                blocks.add(Block.of(line));
            }
        }
        Metadata metadata = PdfReader.looksLikeTitle(title) ? Metadata.EMPTY.withTitle(Lines.clean(title)) : Metadata.EMPTY;
        return new Page(blocks, metadata, List.of());
    }

    private static boolean zip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5 || b[2] == 7);
    }

    private static boolean ole2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("MAX_ENTRY_SIZE") || m.contains("max entry size")
                    || m.contains("exceeds the maximum") || m.contains("MAX_FILE_COUNT"))) {
                return true;
            }
        }
        return false;
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

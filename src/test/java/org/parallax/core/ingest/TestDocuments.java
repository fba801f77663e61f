package org.parallax.core.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents made by the tests themselves, with the libraries Parallax reads them with: PDFs (PDFBox), Word
 * .docx (POI), e-mails and MHTML pages (written as MIME text), and their broken variants. Public for the
 * reliability and index tests.
 */
public final class TestDocuments {

    /** Three paragraphs of made-up news prose, each a few sentences, with figures and a quote. */
    public static final List<String> STORY = List.of(
            "The city council said on Tuesday that the new tram line would open in the spring, two years later than"
                    + " planned, after a review of the contracts found that the work had been underestimated.",
            "The delay added about 12 million euros to the cost of the project, according to the regional audit"
                    + " office, which put the total at 140 million euros in a report published this week.",
            "\"We have learned from this,\" the mayor told reporters at the depot, adding that 35 new drivers had"
                    + " already been hired and that the trams would run every six minutes at peak hours.");

    private TestDocuments() {
    }

    /** A PDF with a text layer: the paragraphs as lines of at most 80 characters, a blank line between. */
    public static byte[] pdf(String title, List<String> paragraphs) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(14);
                cs.newLineAtOffset(56, 780);
                for (String paragraph : paragraphs) {
                    for (String line : wrap(paragraph, 80)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.newLine();
                }
                cs.endText();
            }
            if (title != null) {
                doc.getDocumentInformation().setTitle(title);
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #pdf} protected by a user password: it cannot be opened without it. */
    public static byte[] encryptedPdf() {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf("Locked", STORY))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "scanned" PDF: two pages holding only an image, no text layer. */
    public static byte[] scannedPdf() {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                for (int y = 0; y < 100; y++) {
                    image.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xffffff : 0x202020);
                }
            }
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 56, 500, 400, 200);
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document: a title property and one paragraph a string. */
    public static byte[] docx(String title, List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A .docx with one more entry that inflates {@code megabytes} MB of spaces from a few kilobytes: a zip bomb
     * as far as the ratio of its sizes goes.
     */
    public static byte[] zipBombDocx(int megabytes) {
        byte[] real = docx("Bomb", STORY);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(real));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("word/padding.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(spaces);
            }
            out.closeEntry();
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An attachment of an e-mail: its file name, MIME type and bytes. */
    public record Attachment(String name, String type, byte[] bytes) {
    }

    /**
     * An e-mail: headers, a text/plain body (UTF-8, quoted-printable-free: 8bit) and attachments in base64.
     */
    public static byte[] eml(String from, String date, String subject, String text, List<Attachment> attachments) {
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(from).append("\r\n");
        m.append("To: desk@example.org\r\n");
        m.append("Date: ").append(date).append("\r\n");
        m.append("Subject: ").append(subject).append("\r\n");
        m.append("MIME-Version: 1.0\r\n");
        String boundary = "==boundary-42==";
        m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        m.append("This is a multi-part message in MIME format.\r\n");
        m.append("--").append(boundary).append("\r\n");
        m.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        m.append(text.replace("\n", "\r\n")).append("\r\n");
        for (Attachment a : attachments) {
            m.append("--").append(boundary).append("\r\n");
            m.append("Content-Type: ").append(a.type()).append("; name=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Disposition: attachment; filename=\"").append(a.name()).append("\"\r\n");
            m.append("Content-Transfer-Encoding: base64\r\n\r\n");
            m.append(Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(a.bytes()));
            m.append("\r\n");
        }
        m.append("--").append(boundary).append("--\r\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A web page saved as MHTML (multipart/related: the HTML, quoted-printable, and an image). */
    public static byte[] mhtml(String subject, String url, String html) {
        String boundary = "----MultipartBoundary--abc123----";
        String qp = html.replace("=", "=3D");
        String m = "From: <Saved by Blink>\r\n"
                + "Snapshot-Content-Location: " + url + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Tue, 5 Nov 2024 10:00:00 -0000\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + url + "\r\n\r\n"
                + qp + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: https://example.org/logo.png\r\n\r\n"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
                + "--" + boundary + "--\r\n";
        return m.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}

package org.parallax.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.parallax.core.compare.Comparison;

/**
 * Writes a comparison report as JSON, Markdown, self-contained HTML or CSV. The CLI ({@code parallax compare})
 * and the desktop app's Export write the same reports through this class.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void write(Comparison comparison, ReportFormat format, Writer out) throws IOException {
        ReportData data = ReportData.of(comparison);
        switch (format) {
            case JSON -> {
                out.write(JSON.writeValueAsString(data));
                out.write('\n');
            }
            case MARKDOWN -> out.write(MarkdownReport.write(comparison, data));
            case HTML -> out.write(HtmlReport.write(comparison, data));
            case CSV -> out.write(CsvReport.write(data));
        }
        out.flush();
    }

    public static String toString(Comparison comparison, ReportFormat format) {
        StringWriter w = new StringWriter();
        try {
            write(comparison, format, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}

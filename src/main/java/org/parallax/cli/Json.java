package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import org.parallax.core.report.ReportData;

/** JSON output of the CLI: one shared, configured Jackson mapper; helpers for stable field values. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A number as JSON shows it best: whole numbers without ".0". */
    static Number number(Double d) {
        return ReportData.number(d);
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}

package org.parallax.core.index;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.parallax.core.article.Span;
import org.parallax.core.extract.Attribution;
import org.parallax.core.extract.Extraction;
import org.parallax.core.extract.Figure;
import org.parallax.core.extract.Quote;

/**
 * Reads and writes an {@link Extraction} as JSON, the form it is stored in the index.
 *
 * <p>Stored form (schema 2): {@code {"v":2,"figures":[[…],…],"quotes":[…],"attributions":[…]}}, each figure,
 * quote, attribution and span written as a JSON array of its record components in declaration order (no
 * property names, {@code null} where absent), and a text that is exactly the body's text under its span
 * ({@link Figure#text()}, {@link Quote#text()}, {@link Attribution#cueText()}) left out ({@code null}) and
 * taken from the body when read. With property names and copied texts the stored extraction was four times
 * the size of the body on dense articles. The form is written and read with Jackson's streaming generator
 * and parser (databind was a sixth of a search's time). New record components must be <em>appended</em> to
 * their record and to this codec; arrays shorter than the record (written by an older version) read as
 * null / 0 / false for the missing components, and longer ones (from a newer version) have their extra
 * elements ignored.
 *
 * <p>The older form (schema 1: objects with property names and every text) is still read, with databind,
 * tolerantly: unknown properties are ignored and missing ones become null / 0 / false, missing lists empty.
 */
final class ExtractionJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * The reader of the older, named form, made on first use: databind is some 370 classes, which neither an
     * import nor a library written by this version needs.
     */
    private static final class Named {

        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                .build();

        private Named() {
        }
    }

    private ExtractionJson() {
    }

    // ------------------------------------------------------------------------------------------ writing

    /** The stored form of {@code extraction}, whose spans point into {@code body}. */
    static String write(Extraction extraction, String body) throws IOException {
        Extraction e = extraction == null ? Extraction.EMPTY : extraction;
        StringWriter out = new StringWriter(64 + 96 * (e.figures().size() + e.quotes().size() + e.attributions().size()));
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", 2);
            g.writeArrayFieldStart("figures");
            for (Figure f : e.figures()) {
                g.writeStartArray();
                span(g, f.span());
                text(g, f.text(), f.span(), body);
                number(g, f.value());
                number(g, f.low());
                number(g, f.high());
                g.writeString(f.qualifier());
                g.writeString(f.unit());
                g.writeString(f.subject());
                g.writeString(f.subjectHead());
                g.writeNumber(f.attribution());
                g.writeString(f.dimension());
                number(g, f.canonicalValue());
                number(g, f.canonicalLow());
                number(g, f.canonicalHigh());
                g.writeString(f.currency());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("quotes");
            for (Quote q : e.quotes()) {
                g.writeStartArray();
                span(g, q.span());
                text(g, q.text(), q.span(), body);
                g.writeString(q.speaker());
                g.writeString(q.speakerRole());
                span(g, q.speakerSpan());
                g.writeNumber(q.attribution());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attributions");
            for (Attribution a : e.attributions()) {
                g.writeStartArray();
                span(g, a.cue());
                text(g, a.cueText(), a.cue(), body);
                g.writeString(a.source());
                span(g, a.sourceSpan());
                span(g, a.content());
                g.writeBoolean(a.anonymous());
                g.writeString(a.sourceRole());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void span(JsonGenerator g, Span span) throws IOException {
        if (span == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            g.writeNumber(span.start());
            g.writeNumber(span.end());
            g.writeEndArray();
        }
    }

    /** Null when {@code text} is the body's text under {@code span}, so it need not be stored. */
    private static void text(JsonGenerator g, String text, Span span, String body) throws IOException {
        g.writeString(text != null && text.equals(textOf(span, body)) ? null : text);
    }

    private static void number(JsonGenerator g, Double d) throws IOException {
        if (d == null) {
            g.writeNull();
        } else {
            g.writeNumber(d);
        }
    }

    // ------------------------------------------------------------------------------------------ reading

    /** The extraction stored as {@code json} (either form) for an article with this {@code body}. */
    static Extraction read(String json, String body) throws IOException {
        if (json == null || json.isBlank()) {
            return Extraction.EMPTY;
        }
        if (!json.startsWith("{\"v\":")) {
            Extraction e = Named.MAPPER.readValue(json, Extraction.class);
            return e == null ? Extraction.EMPTY : e;
        }
        List<Figure> figures = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value != JsonToken.START_ARRAY) {
                    p.skipChildren();
                    continue;
                }
                switch (field) {
                    case "figures" -> readAll(p, r -> figures.add(figure(r, body)));
                    case "quotes" -> readAll(p, r -> quotes.add(quote(r, body)));
                    case "attributions" -> readAll(p, r -> attributions.add(attribution(r, body)));
                    default -> p.skipChildren();
                }
            }
        }
        return new Extraction(figures, quotes, attributions);
    }

    private static Figure figure(Row r, String body) throws IOException {
        Span span = r.span();
        return new Figure(span, r.text(span, body), r.number(), r.number(), r.number(), r.string(), r.string(),
                r.string(), r.string(), r.integer(), r.string(), r.number(), r.number(), r.number(), r.string());
    }

    private static Quote quote(Row r, String body) throws IOException {
        Span span = r.span();
        return new Quote(span, r.text(span, body), r.string(), r.string(), r.span(), r.integer());
    }

    private static Attribution attribution(Row r, String body) throws IOException {
        Span cue = r.span();
        return new Attribution(cue, r.text(cue, body), r.string(), r.span(), r.span(), r.bool(), r.string());
    }

    @FunctionalInterface
    private interface RowReader {
        void read(Row row) throws IOException;
    }

    /** Reads each array of an array (the parser on its start), skipping anything that is not an array. */
    private static void readAll(JsonParser p, RowReader reader) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (t != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            Row row = new Row(p);
            reader.read(row);
            row.finish();
        }
    }

    /** One record's array, read element by element; past its end every element reads as absent. */
    private static final class Row {

        private final JsonParser p;
        private boolean ended;

        Row(JsonParser p) {
            this.p = p;
        }

        /** The next element's first token, or null past the end of the array. */
        private JsonToken next() throws IOException {
            if (ended) {
                return null;
            }
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY || t == null) {
                ended = true;
                return null;
            }
            return t;
        }

        String string() throws IOException {
            JsonToken t = next();
            if (t == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            skip(t);
            return null;
        }

        Double number() throws IOException {
            JsonToken t = next();
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                return p.getDoubleValue();
            }
            skip(t);
            return null;
        }

        int integer() throws IOException {
            JsonToken t = next();
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue();
            }
            skip(t);
            return 0;
        }

        boolean bool() throws IOException {
            JsonToken t = next();
            skip(t);
            return t == JsonToken.VALUE_TRUE;
        }

        Span span() throws IOException {
            JsonToken t = next();
            if (t != JsonToken.START_ARRAY) {
                skip(t);
                return null;
            }
            int[] v = new int[2];
            int n = 0;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
                if (e == JsonToken.VALUE_NUMBER_INT && n < 2) {
                    v[n] = p.getIntValue();
                }
                n++;
                p.skipChildren();
            }
            return n >= 2 && v[0] >= 0 && v[1] >= v[0] ? new Span(v[0], v[1]) : null;
        }

        /** A text: as stored, or when left out the body's text under {@code span}. */
        String text(Span span, String body) throws IOException {
            String stored = string();
            return stored != null ? stored : textOf(span, body);
        }

        private void skip(JsonToken t) throws IOException {
            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                p.skipChildren();
            }
        }

        /** Skips the elements a newer version appended, up to the end of this array. */
        void finish() throws IOException {
            while (next() != null) {
                p.skipChildren();
            }
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + expected + " but found " + actual);
        }
    }

    private static String textOf(Span span, String body) {
        return span == null || body == null || span.end() > body.length() ? null : span.of(body);
    }
}

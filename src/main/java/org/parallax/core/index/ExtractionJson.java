package org.parallax.core.index;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
 * property names), and a text that is exactly the body's text under its span ({@link Figure#text()},
 * {@link Quote#text()}, {@link Attribution#cueText()}) left out and taken from the body when read. This
 * keeps the stored extraction small: with property names and copied texts it was four times the size of the
 * body. New record components must therefore be <em>appended</em> to their record; arrays shorter than the
 * record (written by an older version) read as null / 0 / false for the missing components, and longer ones
 * (from a newer version) have their extra elements ignored.
 *
 * <p>The older form (schema 1: objects with property names and every text) is still read, tolerantly:
 * unknown properties are ignored and missing ones become null / 0 / false, missing lists empty.
 */
final class ExtractionJson {

    /** How the stored form starts; anything else is read as the older, named form. */
    private static final String COMPACT_PREFIX = "{\"v\":2,";

    private static final ObjectMapper NAMED = base().build();

    private static final ObjectMapper COMPACT = base()
            .withConfigOverride(Figure.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .withConfigOverride(Quote.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .withConfigOverride(Attribution.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .withConfigOverride(Span.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)))
            .build();

    private ExtractionJson() {
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                // only record components: no derived "range"/"vague" from isRange()/isVague()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)));
    }

    /** The stored form of {@code extraction}, whose spans point into {@code body}. */
    static String write(Extraction extraction, String body) throws IOException {
        Extraction e = extraction == null ? Extraction.EMPTY : extraction;
        String json = COMPACT.writeValueAsString(new Extraction(
                e.figures().stream().map(f -> withText(f, derived(f.text(), f.span(), body))).toList(),
                e.quotes().stream().map(q -> withText(q, derived(q.text(), q.span(), body))).toList(),
                e.attributions().stream().map(a -> withCueText(a, derived(a.cueText(), a.cue(), body))).toList()));
        return COMPACT_PREFIX + json.substring(1);
    }

    /** The extraction stored as {@code json} (either form) for an article with this {@code body}. */
    static Extraction read(String json, String body) throws IOException {
        if (json == null || json.isBlank()) {
            return Extraction.EMPTY;
        }
        if (!json.startsWith(COMPACT_PREFIX)) {
            Extraction e = NAMED.readValue(json, Extraction.class);
            return e == null ? Extraction.EMPTY : e;
        }
        Extraction e = COMPACT.readValue(json, Extraction.class);
        if (e == null) {
            return Extraction.EMPTY;
        }
        return new Extraction(
                e.figures().stream().map(f -> f.text() != null ? f : withText(f, textOf(f.span(), body))).toList(),
                e.quotes().stream().map(q -> q.text() != null ? q : withText(q, textOf(q.span(), body))).toList(),
                e.attributions().stream()
                        .map(a -> a.cueText() != null ? a : withCueText(a, textOf(a.cue(), body))).toList());
    }

    /** Null when {@code text} is the body's text under {@code span}, so it need not be stored. */
    private static String derived(String text, Span span, String body) {
        return text != null && text.equals(textOf(span, body)) ? null : text;
    }

    private static String textOf(Span span, String body) {
        return span == null || body == null || span.end() > body.length() ? null : span.of(body);
    }

    private static Figure withText(Figure f, String text) {
        return new Figure(f.span(), text, f.value(), f.low(), f.high(), f.qualifier(), f.unit(), f.subject(),
                f.subjectHead(), f.attribution(), f.dimension(), f.canonicalValue(), f.canonicalLow(),
                f.canonicalHigh(), f.currency());
    }

    private static Quote withText(Quote q, String text) {
        return new Quote(q.span(), text, q.speaker(), q.speakerRole(), q.speakerSpan(), q.attribution());
    }

    private static Attribution withCueText(Attribution a, String cueText) {
        return new Attribution(a.cue(), cueText, a.source(), a.sourceSpan(), a.content(), a.anonymous(),
                a.sourceRole());
    }
}

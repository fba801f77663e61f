package org.parallax.core.index;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.parallax.core.extract.Extraction;

/**
 * Reads and writes an {@link Extraction} as JSON, the form it is stored in the index. The extraction records
 * grow as the extractor improves, so reading is tolerant both ways: properties this version does not know
 * are ignored, properties missing from older JSON become null / 0 / false, and missing lists become empty.
 */
final class ExtractionJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // only record components: no derived "range"/"vague" from isRange()/isVague()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private ExtractionJson() {
    }

    static String write(Extraction extraction) throws IOException {
        return MAPPER.writeValueAsString(extraction == null ? Extraction.EMPTY : extraction);
    }

    static Extraction read(String json) throws IOException {
        if (json == null || json.isBlank()) {
            return Extraction.EMPTY;
        }
        Extraction e = MAPPER.readValue(json, Extraction.class);
        return e == null ? Extraction.EMPTY : e;
    }
}

package io.github.markfeed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads JSON for tests into maps, lists, strings, longs, booleans and nulls, and rejects what a
 * strict reader rejects: duplicate keys and content after the top-level value.
 */
public final class TestJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private TestJson() {}

    /** Reads any JSON value from text. */
    public static Object read(String text) throws IOException {
        return MAPPER.readValue(text, Object.class);
    }

    /** Reads a file whose top-level value must be an object. */
    public static Map<String, Object> readObject(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), OBJECT);
    }
}

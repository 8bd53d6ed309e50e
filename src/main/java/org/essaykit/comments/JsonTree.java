package org.essaykit.comments;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comment export's JSON as plain values, read strictly by Jackson's streaming parser: objects become
 * insertion-ordered maps, arrays lists, integers Long (Double past 64 bits), other numbers Double, null stays null.
 * Nesting and sizes are capped, as exports are untrusted.
 */
final class JsonTree {

    static final int MAX_DEPTH = 512;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    /** A syntax error, at its line and column. */
    static final class JsonException extends Exception {
        JsonException(String message) {
            super(message);
        }
    }

    private JsonTree() {
    }

    static Object parse(String text) throws JsonException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new JsonException("no value at all");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new JsonException("unexpected text after the value" + at(parser.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonException(e.getOriginalMessage() + at(e.getLocation()));
        } catch (IOException e) {
            throw new JsonException(e.getMessage());
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                yield Collections.unmodifiableMap(object);
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                yield Collections.unmodifiableList(array);
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getDoubleValue() : parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}

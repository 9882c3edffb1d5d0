package io.meridian.api.serving;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.meridian.api.problem.ApiException;
import io.meridian.api.problem.FieldError;
import io.meridian.api.problem.ProblemCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a predict body, {@code {"rows":[{…},…]}} or {@code {"row":{…}}}, into plain values. Unlike the
 * rest of the API it takes the literals NaN and Infinity, which Python's json and many numeric
 * clients write for missing or broken values, so that validation can name the field
 * ({@code field.not-finite}) instead of refusing the whole body as malformed.
 */
final class PredictRequestReader {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private PredictRequestReader() {
    }

    /** The rows, in order; null when the body has none (validation answers {@code field.not-empty}). */
    static List<Map<String, Object>> rows(String body) {
        return rows(body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The same, from the body's bytes as they arrived (no detour through a String). */
    static List<Map<String, Object>> rows(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body == null ? new byte[0] : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiException(ProblemCode.MALFORMED_REQUEST);
            }
            List<Map<String, Object>> rows = null;
            Map<String, Object> row = null;
            boolean sawRows = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "rows" -> {
                        sawRows = true;
                        rows = parser.currentToken() == JsonToken.VALUE_NULL ? null : rowList(parser);
                    }
                    case "row" -> row = parser.currentToken() == JsonToken.VALUE_NULL ? null : object(parser);
                    default -> throw new ApiException(ProblemCode.UNKNOWN_FIELD, Map.of("field", name));
                }
            }
            if (parser.nextToken() != null) {
                throw new ApiException(ProblemCode.MALFORMED_REQUEST);
            }
            if (sawRows && row != null) {
                throw ApiException.invalid(FieldError.of("row", "field.invalid"));
            }
            return row != null ? Collections.singletonList(row) : rows;
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemCode.MALFORMED_REQUEST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> rowList(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw ApiException.invalid(FieldError.of("rows", "field.wrong-type", "expected", "list"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                rows.add(null);
            } else if (parser.currentToken() == JsonToken.START_OBJECT) {
                rows.add(object(parser));
            } else {
                throw ApiException.invalid(FieldError.of("rows[" + rows.size() + "]", "field.invalid"));
            }
        }
        return rows;
    }

    /** The object the parser is at, its values as JSON reads them; returns past its end. */
    static Map<String, Object> object(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw ApiException.invalid(FieldError.of("row", "field.invalid"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            values.put(name, value(parser));
        }
        return values;
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            // NaN, ±Infinity and numbers beyond a double's range become non-finite doubles, refused by validation
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new ApiException(ProblemCode.MALFORMED_REQUEST);
        };
    }
}

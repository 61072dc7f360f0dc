package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the elements of one array inside a JSON document (e.g. {@code data}, {@code rows},
 * {@code _embedded.leads}) with Jackson's token parser: only one element is a tree at a time. Small fields at the top
 * level ({@code query}, {@code metricHeaders}, {@code metadata}) are kept as trees and offered to the element
 * handler as far as they have been read. A syntax error is reported with its line and column, and reading stops.
 */
public final class JsonArrays {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Receives each element with its 1-based index and the top-level fields read so far. */
    @FunctionalInterface
    public interface ElementHandler {
        void element(long index, JsonNode element, Map<String, JsonNode> topLevel);
    }

    private JsonArrays() {
    }

    /**
     * Reads the document; {@code path} is the dotted path of the array ("" for a top-level array).
     *
     * @return the top-level fields other than the array, for values that come after it
     */
    public static Map<String, JsonNode> stream(InputStream content, String path, RowSink sink,
                                               ElementHandler handler) throws IOException {
        Map<String, JsonNode> topLevel = new HashMap<>();
        List<String> segments = path.isEmpty() ? List.of() : List.of(path.split("\\."));
        try (JsonParser parser = MAPPER.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.reject(new RowProblem(0, null, "the file is empty: expected a JSON document with \"" + path
                        + "\""));
                return topLevel;
            }
            boolean found = walk(parser, segments, 0, topLevel, sink, handler, path);
            if (!found) {
                sink.reject(new RowProblem(0, path, "no \"" + path + "\" array in the document: expected "
                        + "the response of the API this preset reads"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null ? 0 : at.getLineNr();
            sink.reject(new RowProblem(line, null, "JSON syntax error at line " + line + ", column "
                    + (at == null ? 0 : at.getColumnNr()) + ": " + e.getOriginalMessage()
                    + "; nothing after this point was read"));
        }
        return topLevel;
    }

    private static boolean walk(JsonParser parser, List<String> segments, int depth, Map<String, JsonNode> topLevel,
                                RowSink sink, ElementHandler handler, String path) throws IOException {
        if (depth == segments.size()) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                sink.reject(new RowProblem(0, path, "\"" + path + "\" is not an array: expected [ … ]"));
                parser.skipChildren();
                return true;
            }
            long index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode element = parser.readValueAsTree();
                handler.element(++index, element, topLevel);
            }
            return true;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        boolean found = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals(segments.get(depth))) {
                found |= walk(parser, segments, depth + 1, topLevel, sink, handler, path);
            } else if (depth == 0) {
                topLevel.put(name, parser.readValueAsTree());
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    /** The text of a JSON value, null for null, a missing node or a "no data" token. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return Cells.text(node.isValueNode() ? node.asText() : node.toString());
    }
}

package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams the elements of one array inside a JSON document (e.g. {@code data}, {@code rows},
 * {@code _embedded.leads}) with Jackson's token parser: only one element is a tree at a time. Small fields at the top
 * level ({@code query}, {@code metricHeaders}, {@code metadata}) are kept as trees and offered to the element
 * handler as far as they have been read. A syntax error is reported with its line and column, and reading stops.
 * <p>
 * The documents come from anyone, so the parser is bounded: nesting no deeper than {@value #MAX_NESTING_DEPTH}, number
 * tokens no longer than {@value #MAX_NUMBER_LENGTH} characters (both refused as errors of the document), and a number
 * with a fraction or an exponent read as a {@code BigDecimal}: a {@code double} would turn {@code 1e400} into
 * Infinity and {@code 1e-400} into a silent zero, where a {@code BigDecimal} keeps what was written, at no cost
 * however large its exponent, for {@link LocaleNumber#storable} to refuse with a reason.
 */
public final class JsonArrays {

    /** Far deeper than any API response read here (five or six levels), far shallower than a hostile document. */
    static final int MAX_NESTING_DEPTH = 100;
    /** Jackson's default, said here: a number token of a thousand digits is read (and refused by size), not more. */
    static final int MAX_NUMBER_LENGTH = 1000;

    /** The bounds of every JSON document read from outside: files here, API responses in the pull clients. */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(READ_CONSTRAINTS)
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Receives each element with its 1-based index and the top-level fields read so far. */
    @FunctionalInterface
    public interface ElementHandler {
        void element(long index, JsonNode element, Map<String, JsonNode> topLevel);
    }

    /**
     * Reads one element straight from the parser, which stands on the element's first token; the reader leaves it
     * on the element's last token (for an object its {@code END_OBJECT}). For large files: no tree is made.
     */
    @FunctionalInterface
    public interface ElementReader {
        void element(long index, JsonParser parser, Map<String, JsonNode> topLevel) throws IOException;
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
        return read(content, path, sink, (index, parser, topLevel) ->
                handler.element(index, tree(parser), topLevel));
    }

    /**
     * Like {@link #stream}, with each element read from the token stream by {@code reader} instead of as a tree.
     * The bounds of the parser (nesting, number length) and the reporting of syntax errors are the same.
     */
    public static Map<String, JsonNode> read(InputStream content, String path, RowSink sink,
                                             ElementReader handler) throws IOException {
        Map<String, JsonNode> topLevel = new HashMap<>();
        List<String> segments = path.isEmpty() ? List.of() : List.of(path.split("\\."));
        try (JsonParser parser = MAPPER.createParser(content)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.EMPTY_JSON, path)));
                    return topLevel;
                }
                boolean found = walk(parser, segments, 0, topLevel, sink, handler, path);
                if (!found) {
                    sink.reject(new RowProblem(0, path, Message.of(FileProblemKind.NO_ARRAY, path)));
                }
            } catch (JsonProcessingException e) {
                // a broken limit (nesting, number length) comes without a location: where the parser stopped is it
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                long line = at == null ? 0 : Math.max(at.getLineNr(), 0);
                // where it breaks is what a person can use; the parser's own words are not
                sink.reject(new RowProblem(line, null, Message.of(FileProblemKind.JSON_SYNTAX, line,
                        at == null ? 0 : Math.max(at.getColumnNr(), 0))));
            }
        }
        return topLevel;
    }

    /**
     * The next value as a tree. A number token whose exponent is beyond an int ({@code 1.5e-2147483647}) is no
     * {@code BigDecimal} either: Jackson throws a bare {@link NumberFormatException} quoting the whole token, made
     * here an error of the document at the token.
     */
    static JsonNode tree(JsonParser parser) throws IOException {
        try {
            return parser.readValueAsTree();
        } catch (NumberFormatException e) {
            throw new JsonParseException(parser, "a number whose exponent is beyond what any number can hold");
        }
    }

    private static boolean walk(JsonParser parser, List<String> segments, int depth, Map<String, JsonNode> topLevel,
                                RowSink sink, ElementReader handler, String path) throws IOException {
        if (depth == segments.size()) {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                sink.reject(new RowProblem(0, path, Message.of(FileProblemKind.NOT_AN_ARRAY, path)));
                parser.skipChildren();
                return true;
            }
            long index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                handler.element(++index, parser, topLevel);
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
                topLevel.put(name, tree(parser));
            } else {
                parser.skipChildren();
            }
        }
        return found;
    }

    /**
     * The number a JSON value holds, as a value to store ({@link LocaleNumber#storable}): a number token as it was
     * written, a string by the locale rules with a decimal point; {@link LocaleNumber.Missing} for null, a missing
     * node or a "no data" token.
     */
    public static LocaleNumber.Result number(JsonNode node, BigDecimal multiplier) {
        if (node != null && node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                return new LocaleNumber.Malformed(Message.of(FileProblemKind.NOT_A_NUMBER_POINT,
                        InputProblem.excerpt(node.asText())));
            }
            return LocaleNumber.storable(node.decimalValue(), node.asText(), multiplier);
        }
        return LocaleNumber.parseStorable(text(node), LocaleNumber.DecimalMark.POINT, multiplier);
    }

    /**
     * A 64-bit fingerprint of a tree's whole content (kinds, names, values in order), for telling an exact repeat of a
     * record from a changed one without writing the record out as text. Recursion is bounded by the parser's
     * nesting limit.
     */
    public static long fingerprint(JsonNode node) {
        return fingerprint(node, 0xcbf29ce484222325L);
    }

    private static long fingerprint(JsonNode node, long seed) {
        long hash = mix(seed, node.getNodeType().ordinal());
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                hash = fingerprint(field.getValue(), mix(hash, field.getKey()));
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                hash = fingerprint(element, hash);
            }
        } else {
            hash = mix(hash, node.asText());
        }
        // the end of a container, so that [[1],2] and [[1,2]] differ
        return mix(hash, -1);
    }

    private static long mix(long hash, long value) {
        return (hash ^ value) * 0x100000001b3L;
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = mix(hash, text.charAt(i));
        }
        return mix(hash, text.length());
    }

    /** The text of a JSON value, null for null, a missing node or a "no data" token. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return Cells.text(node.isValueNode() ? node.asText() : node.toString());
    }
}

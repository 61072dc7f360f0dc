package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One amoCRM lead read from the token stream instead of as a tree: of a lead's few dozen tokens the preset needs
 * five fields and three tracking values, so only those become nodes (the rest is passed over), and the lead's whole
 * content is taken in as a 64-bit fingerprint on the way, for telling an exact repeat from a conflicting one. A
 * 40 MB export is read two to three times faster than tree by tree, with the same bounds: the parser refuses what is
 * nested too deep or too long a number, and a number with a fraction or an exponent, or any object or array where a
 * value is expected, is read as the tree it would have been (so a number no {@code BigDecimal} holds is an error of
 * the document, as in {@link JsonArrays}).
 * <p>
 * The fields are kept as the nodes a tree would have held, so {@link JsonDeal} reads them with the same rules and
 * the same messages as for any other CRM record. A field that repeats within the lead counts by its last value, as
 * in a tree.
 */
final class StreamedLead {

    private static final JsonNodeFactory NODES = JsonArrays.MAPPER.getNodeFactory();
    private static final long FNV_PRIME = 0x100000001b3L;

    /** A tracking field as far as the preset looks at it: its code, its name and its first value. */
    private record TrackingField(String code, String name, JsonNode value) {
    }

    private final ObjectNode fields = NODES.objectNode();
    private final List<TrackingField> tracking = new ArrayList<>(4);
    private JsonNode customFieldsTree;
    private long fingerprint;

    private StreamedLead() {
    }

    /** Reads the lead the parser stands on (any value: a lead that is no object has none of the fields). */
    static StreamedLead read(JsonParser parser) throws IOException {
        StreamedLead lead = new StreamedLead();
        lead.fingerprint = 0xcbf29ce484222325L;
        lead.take(parser);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            lead.skipValue(parser);
            return lead;
        }
        while (lead.next(parser) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            lead.next(parser);
            switch (name) {
                case "id", "status_id", "created_at", "closed_at", "price" -> lead.fields.set(name, lead.value(parser));
                case "custom_fields_values" -> lead.customFields(parser);
                default -> lead.skipValue(parser);
            }
        }
        return lead;
    }

    /** The field as a tree would hold it: a missing node when the lead has no such field. */
    JsonNode field(String name) {
        return fields.path(name);
    }

    /** The fields the preset reads, as one object node for {@link JsonDeal}. */
    JsonNode fields() {
        return fields;
    }

    long fingerprint() {
        return fingerprint;
    }

    /** A tracking field's first value by {@code field_code}, else by a field named like it ("utm_source"). */
    String tracking(String code) {
        if (customFieldsTree != null) {
            for (JsonNode field : customFieldsTree) {
                if (code.equalsIgnoreCase(field.path("field_code").asText())
                        || code.equalsIgnoreCase(field.path("field_name").asText())) {
                    return JsonArrays.text(field.path("values").path(0).path("value"));
                }
            }
            return null;
        }
        for (TrackingField field : tracking) {
            if (code.equalsIgnoreCase(field.code()) || code.equalsIgnoreCase(field.name())) {
                return JsonArrays.text(field.value());
            }
        }
        return null;
    }

    /**
     * {@code custom_fields_values}: an array of objects is read token by token; anything else (rare, and small) as
     * the tree it is, read as before.
     */
    private void customFields(JsonParser parser) throws IOException {
        tracking.clear();
        customFieldsTree = null;
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            customFieldsTree = value(parser);
            return;
        }
        while (next(parser) != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                skipValue(parser);
                tracking.add(new TrackingField(null, null, MissingNode.getInstance()));
                continue;
            }
            String code = null;
            String name = null;
            JsonNode first = MissingNode.getInstance();
            while (next(parser) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = next(parser);
                switch (field) {
                    case "field_code" -> code = token == JsonToken.VALUE_STRING ? parser.getText() : skipText(parser);
                    case "field_name" -> name = token == JsonToken.VALUE_STRING ? parser.getText() : skipText(parser);
                    case "values" -> first = firstValue(parser);
                    default -> skipValue(parser);
                }
            }
            tracking.add(new TrackingField(code, name, first));
        }
    }

    /** {@code values[0].value} of a tracking field, or a missing node. */
    private JsonNode firstValue(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            skipValue(parser);
            return MissingNode.getInstance();
        }
        JsonNode found = MissingNode.getInstance();
        boolean first = true;
        while (next(parser) != JsonToken.END_ARRAY) {
            if (first && parser.currentToken() == JsonToken.START_OBJECT) {
                while (next(parser) == JsonToken.FIELD_NAME) {
                    boolean isValue = parser.currentName().equals("value");
                    next(parser);
                    if (isValue) {
                        found = value(parser);
                    } else {
                        skipValue(parser);
                    }
                }
            } else {
                skipValue(parser);
            }
            first = false;
        }
        return found;
    }

    /** A value other than a string where a code or name is (its text cannot be a tracking code): passed over. */
    private String skipText(JsonParser parser) throws IOException {
        skipValue(parser);
        return null;
    }

    /** The value the parser stands on as the node a tree would hold; a container is read as a tree. */
    private JsonNode value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // a fraction or an exponent: rare in a CRM export, read by the tree's own rules (BigDecimal, its bounds)
            case VALUE_NUMBER_FLOAT -> JsonArrays.tree(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> {
                JsonNode tree = JsonArrays.tree(parser);
                mix(tree.toString());
                yield tree;
            }
        };
    }

    /** Passes over the value the parser stands on, taking its tokens into the fingerprint. */
    private void skipValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken t = next(parser);
            if (t == null) {
                return; // the parser reports the document's end where it expects more
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            }
        }
    }

    private JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != null) {
            take(parser);
        }
        return token;
    }

    /**
     * Takes the current token into the fingerprint: its kind, and what it says. A field name by its (cached) hash,
     * a whole number by its value (JSON writes no leading zeros, so the value is the text), anything else by its
     * text as written, without making a {@code String} of it.
     */
    private void take(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        long hash = (fingerprint ^ token.ordinal()) * FNV_PRIME;
        if (token == JsonToken.FIELD_NAME) {
            hash = (hash ^ parser.currentName().hashCode()) * FNV_PRIME;
        } else if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            hash = (hash ^ parser.getLongValue()) * FNV_PRIME;
        } else if (token.isScalarValue()) {
            char[] text = parser.getTextCharacters();
            int end = parser.getTextOffset() + parser.getTextLength();
            for (int i = parser.getTextOffset(); i < end; i++) {
                hash = (hash ^ text[i]) * FNV_PRIME;
            }
        }
        fingerprint = hash;
    }

    private void mix(String text) {
        long hash = fingerprint;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * FNV_PRIME;
        }
        fingerprint = hash;
    }
}

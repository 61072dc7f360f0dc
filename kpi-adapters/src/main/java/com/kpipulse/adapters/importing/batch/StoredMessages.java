package com.kpipulse.adapters.importing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.text.Message;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Message} as a store keeps it: its kind's key, and its arguments as JSON (a text as a string, a name in
 * both languages as {@code {"ru","en"}}, messages inside it as {@code {"messages":[{"kind","args","text"}]}}, each
 * with its English text). Read back, it is the same message, said in the reader's language; a key no kind has any
 * more, or a row stored before problems were data, reads as the English text it was stored with
 * ({@link ImportProblemKind#LEGACY}).
 */
final class StoredMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredMessages() {
    }

    static String args(Message message) {
        try {
            return JSON.writeValueAsString(arguments(message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of a stored row: kind and arguments when it has them, else its text as it was written. */
    static Message read(String kind, String args, String text) {
        if (kind == null || args == null) {
            return legacy(text);
        }
        try {
            return message(kind, JSON.readTree(args), text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return legacy(text);
        }
    }

    private static Message legacy(String text) {
        return Message.of(ImportProblemKind.LEGACY, text == null ? "" : text);
    }

    private static Message message(String kind, JsonNode args, String text) {
        if (!args.isArray()) {
            return legacy(text);
        }
        List<Message.Argument> read = new ArrayList<>();
        for (JsonNode arg : args) {
            read.add(argument(arg));
        }
        return Message.stored(kind, read).orElseGet(() -> legacy(text));
    }

    private static Message.Argument argument(JsonNode arg) {
        if (arg.isTextual()) {
            return new Message.Text(arg.asText());
        }
        if (arg.has("messages")) {
            List<Message> messages = new ArrayList<>();
            for (JsonNode nested : arg.path("messages")) {
                messages.add(message(nested.path("kind").asText(), nested.path("args"), nested.path("text").asText()));
            }
            return new Message.Nested(messages);
        }
        if (arg.has("ru") && arg.has("en")) {
            return new Message.Localized(LocalizedText.of(arg.path("ru").asText(), arg.path("en").asText()));
        }
        throw new IllegalArgumentException("not an argument of a stored message: " + arg);
    }

    private static ArrayNode arguments(Message message) {
        ArrayNode array = JSON.createArrayNode();
        for (Message.Argument arg : message.args()) {
            switch (arg) {
                case Message.Text text -> array.add(text.text());
                case Message.Localized localized -> array.addObject()
                        .put("ru", localized.text().ru()).put("en", localized.text().en());
                case Message.Nested nested -> {
                    ArrayNode messages = array.addObject().putArray("messages");
                    for (Message inner : nested.messages()) {
                        ObjectNode node = messages.addObject();
                        node.put("kind", inner.code());
                        node.set("args", arguments(inner));
                        node.put("text", inner.in(Locale.ENGLISH));
                    }
                }
            }
        }
        return array;
    }
}

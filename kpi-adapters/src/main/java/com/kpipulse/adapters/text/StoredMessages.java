package com.kpipulse.adapters.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.MessageKind;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Message} as a store keeps it: its kind's key, and its arguments as JSON (a text as a string, a name in
 * both languages as {@code {"ru","en"}}, messages inside it as {@code {"messages":[{"kind","args","text"}]}}, each
 * with its English text). Read back, it is the same message, said in the reader's language; a key no kind has any
 * more, or a row stored before messages were data, reads as the English text it was stored with, through the
 * caller's kind that says a text as it was written ({@code asWritten}, a kind whose sentence is {@code {0}}).
 */
public final class StoredMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredMessages() {
    }

    /** The message's arguments as the store keeps them. */
    public static String args(Message message) {
        try {
            return JSON.writeValueAsString(arguments(message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of a stored row: kind and arguments when it has them, else its text as it was written. */
    public static Message read(String kind, String args, String text, MessageKind asWritten) {
        if (kind == null || args == null) {
            return asWritten(text, asWritten);
        }
        try {
            return message(kind, JSON.readTree(args), text, asWritten);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return asWritten(text, asWritten);
        }
    }

    /** Messages as one JSON array of {@code {"kind","args","text"}}, for a store that keeps a list of them. */
    public static String list(List<Message> messages) {
        ArrayNode array = JSON.createArrayNode();
        messages.forEach(message -> array.add(node(message)));
        return array.toString();
    }

    /** The messages of {@link #list(List)} read back; an unreadable list is none. */
    public static List<Message> readList(String json, MessageKind asWritten) {
        if (json == null) {
            return List.of();
        }
        try {
            JsonNode array = JSON.readTree(json);
            List<Message> messages = new ArrayList<>();
            for (JsonNode node : array) {
                messages.add(message(node.path("kind").asText(), node.path("args"), node.path("text").asText(),
                        asWritten));
            }
            return messages;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Message asWritten(String text, MessageKind asWritten) {
        return Message.of(asWritten, text == null ? "" : text);
    }

    private static Message message(String kind, JsonNode args, String text, MessageKind asWritten) {
        if (!args.isArray()) {
            return asWritten(text, asWritten);
        }
        List<Message.Argument> read = new ArrayList<>();
        for (JsonNode arg : args) {
            read.add(argument(arg, asWritten));
        }
        return Message.stored(kind, read).orElseGet(() -> asWritten(text, asWritten));
    }

    private static ObjectNode node(Message message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", message.code());
        node.set("args", arguments(message));
        node.put("text", message.in(Locale.ENGLISH));
        return node;
    }

    private static Message.Argument argument(JsonNode arg, MessageKind asWritten) {
        if (arg.isTextual()) {
            return new Message.Text(arg.asText());
        }
        if (arg.has("messages")) {
            List<Message> messages = new ArrayList<>();
            for (JsonNode nested : arg.path("messages")) {
                messages.add(message(nested.path("kind").asText(), nested.path("args"), nested.path("text").asText(),
                        asWritten));
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
                    nested.messages().forEach(inner -> messages.add(node(inner)));
                }
            }
        }
        return array;
    }
}

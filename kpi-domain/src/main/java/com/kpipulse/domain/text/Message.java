package com.kpipulse.domain.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something to tell a person, as data: a kind and its arguments (already bounded and formatted as text), rendered in
 * the reader's language only when it is read. An API can give its stable key and both languages.
 */
public record Message(MessageKind kind, List<String> args) {

    public Message {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static Message of(MessageKind kind, Object... args) {
        return new Message(kind, Arrays.stream(args).map(String::valueOf).toList());
    }

    public String in(Locale locale) {
        return Texts.render(kind.key(), locale, args.toArray());
    }

    public String russian() {
        return in(Texts.RUSSIAN);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }
}

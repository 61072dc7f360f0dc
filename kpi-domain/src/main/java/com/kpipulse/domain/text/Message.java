package com.kpipulse.domain.text;

import com.kpipulse.domain.LocalizedText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Something to tell a person, as data: a kind and its arguments, rendered in the reader's language only when it is
 * read ({@link #in(Locale)}). An API gives its stable {@link #code()} and both languages; a store keeps the kind's key
 * and the arguments, so a problem written today reads in the language of whoever opens it tomorrow.
 *
 * @param args what fills the kind's sentence, in order ({@code {0}}, {@code {1}}, …)
 */
public record Message(MessageKind kind, List<Argument> args) {

    /** What fills one place of a sentence. */
    public sealed interface Argument {

        /** The argument as the reader's language writes it. */
        String in(Locale locale);
    }

    /**
     * Text every language writes the same: a number, a code, a day as {@code 2024-01-15}, a quoted input (bounded
     * by its writer: {@link com.kpipulse.domain.input.InputProblem#excerpt}).
     */
    public record Text(String text) implements Argument {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String in(Locale locale) {
            return text;
        }
    }

    /** A name or a figure each language writes its own way («Выручка» / "Revenue", «1 234,5 ₽» / "RUB 1,234.50"). */
    public record Localized(LocalizedText text) implements Argument {

        public Localized {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String in(Locale locale) {
            return text.in(locale);
        }
    }

    /** Messages said inside this one, in the same language, joined by "; " (a cause, a list of findings). */
    public record Nested(List<Message> messages) implements Argument {

        public Nested {
            messages = List.copyOf(messages);
        }

        @Override
        public String in(Locale locale) {
            return messages.stream().map(message -> message.in(locale)).collect(Collectors.joining("; "));
        }
    }

    public Message {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    /**
     * A message of {@code kind}. Each argument becomes a {@link Text} (a {@code BigDecimal} written plain, never
     * {@code 1E+3}), except a {@link LocalizedText} ({@link Localized}), a {@link Message} or a collection of them
     * ({@link Nested}) and an {@link Argument} as it is.
     */
    public static Message of(MessageKind kind, Object... args) {
        List<Argument> arguments = new ArrayList<>(args.length);
        for (Object arg : args) {
            arguments.add(argument(arg));
        }
        return new Message(kind, arguments);
    }

    /**
     * A message read back from a store by its kind's key, or empty when no kind has that key any more (then the
     * store shows what it kept as it is).
     */
    public static Optional<Message> stored(String key, List<Argument> args) {
        return key != null && Texts.knows(key) ? Optional.of(new Message(new StoredKind(key), args)) : Optional.empty();
    }

    private static Argument argument(Object arg) {
        return switch (arg) {
            case Argument argument -> argument;
            case LocalizedText text -> new Localized(text);
            case Message message -> new Nested(List.of(message));
            case Collection<?> messages when messages.stream().allMatch(Message.class::isInstance) ->
                    new Nested(messages.stream().map(Message.class::cast).toList());
            case BigDecimal number -> new Text(number.toPlainString());
            case null -> new Text("");
            default -> new Text(String.valueOf(arg));
        };
    }

    /** The stable code an API gives: the kind's key, e.g. {@code import.not_a_calendar_date}. */
    public String code() {
        return kind.key();
    }

    public String in(Locale locale) {
        Object[] filled = new Object[args.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = args.get(i).in(locale);
        }
        return Texts.render(kind.key(), locale, filled);
    }

    public String russian() {
        return in(Texts.RUSSIAN);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** English, for logs and failure messages of tests; people read {@link #in(Locale)}. */
    @Override
    public String toString() {
        return english();
    }

    /** The kind of a message read back from a store: known by its key only. */
    private record StoredKind(String key) implements MessageKind {
    }
}

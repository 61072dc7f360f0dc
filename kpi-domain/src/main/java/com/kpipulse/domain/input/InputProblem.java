package com.kpipulse.domain.input;

import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with one value: a kind and its arguments (already bounded: a quoted input is an {@link #excerpt}),
 * rendered in the reader's language only when somebody reads it.
 */
public record InputProblem(InputProblemKind kind, List<String> args) {

    /** How much of an input a message quotes: enough to recognise it, never the whole of a huge one. */
    public static final int EXCERPT = 40;

    public InputProblem {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static InputProblem of(InputProblemKind kind, Object... args) {
        return new InputProblem(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public String message(Locale locale) {
        return toMessage().in(locale);
    }

    /** The problem as a message of the product, to be rendered late in the reader's language. */
    public Message toMessage() {
        return Message.of(kind, args.toArray());
    }

    /** English, for the logs and for callers that still speak one language. */
    public String english() {
        return message(Locale.ENGLISH);
    }

    public String russian() {
        return message(Locale.forLanguageTag("ru"));
    }

    /**
     * The start of {@code text} for a message: at most {@value #EXCERPT} characters, control characters shown as
     * {@code ?}, and an ellipsis when cut.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), EXCERPT);
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder shown = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            shown.append(Character.isISOControl(c) || Character.isSurrogate(c) && !pairedAt(text, i) ? '?' : c);
        }
        if (end < text.length()) {
            shown.append('…');
        }
        return shown.toString();
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}

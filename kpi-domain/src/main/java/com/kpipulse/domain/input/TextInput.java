package com.kpipulse.domain.input;

import java.util.Optional;

/**
 * The one check every text a person or a file sends passes before it is stored: its length first (so a megabyte
 * costs nothing to refuse), then characters that are not text: NUL and other control characters (line breaks and
 * tabs only where the text may have several lines) and unpaired UTF-16 surrogates, which no encoding can store.
 */
public final class TextInput {

    /** Names: a campaign, a channel, a KPI, a goal's title. */
    public static final int NAME = 300;
    /** Codes: a measure, a KPI code, a source system. */
    public static final int CODE = 64;
    /** Longer texts: a note, an explanation, a hypothesis. */
    public static final int NOTE = 2000;
    /** Formulas. */
    public static final int FORMULA = 1000;

    /** Whether the text may span lines. */
    public enum Lines {
        ONE, MANY
    }

    private TextInput() {
    }

    /** What is wrong with {@code text} (null passes: whether a value is required is the caller's rule). */
    public static Optional<InputProblem> check(String text, int maxLength, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            return Optional.of(InputProblem.of(InputProblemKind.TEXT_TOO_LONG, text.length(), maxLength));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                if (lines == Lines.MANY && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                return Optional.of(InputProblem.of(InputProblemKind.CONTROL_CHARACTER, (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(InputProblem.of(InputProblemKind.LONE_SURROGATE, i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(InputProblem.of(InputProblemKind.LONE_SURROGATE, i + 1));
            }
        }
        return Optional.empty();
    }

    /** {@link #check} for a one-line text. */
    public static Optional<InputProblem> line(String text, int maxLength) {
        return check(text, maxLength, Lines.ONE);
    }
}

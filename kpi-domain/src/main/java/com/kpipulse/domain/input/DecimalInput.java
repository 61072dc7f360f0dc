package com.kpipulse.domain.input;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a decimal number as an API or a form sends it ({@code 1234.5}, {@code -0.25}, {@code 1.2E+3}) without ever
 * expanding it: the text is refused by its length before it is parsed, and the number by its size (digits before
 * the point, and a value so small the store would keep it as zero) before anything computes with it. {@code NaN},
 * {@code Infinity}, hexadecimal and grouped forms are not numbers here; files with locale forms have their own
 * reader, which ends in {@link #checkRange}.
 */
public final class DecimalInput {

    /** The longest text read as a number: 15 digits, 6 decimals, a sign, a point and an exponent fit many times. */
    public static final int MAX_CHARACTERS = 64;
    /** Values stay below 10^15 (a quadrillion roubles or visits): anything larger is a typo or a unit mix-up. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The store keeps six decimal places; a non-zero value smaller than their last one would become zero. */
    public static final int STORED_SCALE = 6;

    /** The outcome of reading one number. */
    public sealed interface Result {
    }

    public record Parsed(BigDecimal value) implements Result {
    }

    public record Refused(InputProblem problem) implements Result {
    }

    private DecimalInput() {
    }

    /** Reads {@code text} (surrounding spaces ignored); a missing or blank text is {@link InputProblemKind#REQUIRED}. */
    public static Result parse(String text) {
        if (text == null) {
            return new Refused(InputProblem.of(InputProblemKind.REQUIRED));
        }
        if (text.length() > MAX_CHARACTERS * 4) {
            return new Refused(InputProblem.of(InputProblemKind.NUMBER_TOO_LONG, InputProblem.excerpt(text),
                    text.length(), MAX_CHARACTERS));
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return new Refused(InputProblem.of(InputProblemKind.REQUIRED));
        }
        if (s.length() > MAX_CHARACTERS) {
            return new Refused(InputProblem.of(InputProblemKind.NUMBER_TOO_LONG, InputProblem.excerpt(s), s.length(),
                    MAX_CHARACTERS));
        }
        if (!wellFormed(s)) {
            return new Refused(InputProblem.of(InputProblemKind.NOT_A_NUMBER, InputProblem.excerpt(s)));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) { // an exponent beyond an int
            boolean tiny = s.indexOf("e-") > 0 || s.indexOf("E-") > 0;
            return new Refused(tiny
                    ? InputProblem.of(InputProblemKind.NUMBER_TOO_SMALL, InputProblem.excerpt(s), STORED_SCALE)
                    : InputProblem.of(InputProblemKind.NUMBER_TOO_LARGE, InputProblem.excerpt(s), MAX_INTEGER_DIGITS));
        }
        return checkRange(value, s).<Result>map(Refused::new).orElseGet(() -> new Parsed(value));
    }

    /**
     * Whether a number, however it was read, fits the store: at most {@value #MAX_INTEGER_DIGITS} digits before the
     * point, and not a non-zero value below 10^-{@value #STORED_SCALE}. Looks only at the digit count and the scale,
     * so a number like {@code 1E+999999999} costs nothing to refuse.
     *
     * @param asWritten how the input wrote it, for the message
     */
    public static Optional<InputProblem> checkRange(BigDecimal value, String asWritten) {
        InputProblemKind refused = outOfRange(value);
        return refused == null ? Optional.empty() : Optional.of(problem(refused, asWritten));
    }

    /**
     * {@link #checkRange(BigDecimal, String)} quoting the number in its shortest form (never expanded), written out
     * only when it is refused: every imported value passes here.
     */
    public static Optional<InputProblem> checkRange(BigDecimal value) {
        InputProblemKind refused = outOfRange(value);
        return refused == null ? Optional.empty() : Optional.of(problem(refused, value.toString()));
    }

    /** Why the store cannot keep the value as it is, or null when it can. */
    private static InputProblemKind outOfRange(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        long magnitude = (long) value.precision() - value.scale(); // |value| < 10^magnitude, >= 10^(magnitude-1)
        if (magnitude > MAX_INTEGER_DIGITS) {
            return InputProblemKind.NUMBER_TOO_LARGE;
        }
        if (magnitude < -STORED_SCALE + 1) {
            return InputProblemKind.NUMBER_TOO_SMALL;
        }
        return null;
    }

    private static InputProblem problem(InputProblemKind refused, String asWritten) {
        return InputProblem.of(refused, InputProblem.excerpt(asWritten),
                refused == InputProblemKind.NUMBER_TOO_LARGE ? MAX_INTEGER_DIGITS : STORED_SCALE);
    }

    /** Sign, digits, an optional fraction, an optional exponent: the JSON number grammar, leading zeros allowed. */
    private static boolean wellFormed(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

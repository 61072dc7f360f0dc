package com.kpipulse.domain.measure;

import java.util.Objects;

/** The stable id of a base measure, in lower_snake_case (e.g. {@code marketing_spend}). */
public record MeasureCode(String value) {

    public MeasureCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("A measure code is lower_snake_case, got '" + value + "'");
        }
    }

    /**
     * Whether the text is lower_snake_case, {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}: checked character by character,
     * since the analysis checks every measure of every sum it builds.
     */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.isEmpty() || !lowerLetter(candidate.charAt(0))) {
            return false;
        }
        char previous = candidate.charAt(0);
        for (int i = 1; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '_' ? previous == '_' : !lowerLetter(c) && !digit(c)) {
                return false;
            }
            previous = c;
        }
        return previous != '_';
    }

    private static boolean lowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return value;
    }
}

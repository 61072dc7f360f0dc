package com.kpipulse.domain.measure;

import java.util.Objects;
import java.util.regex.Pattern;

/** The stable id of a base measure, in lower_snake_case (e.g. {@code marketing_spend}). */
public record MeasureCode(String value) {

    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public MeasureCode {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("A measure code is lower_snake_case, got '" + value + "'");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && LOWER_SNAKE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.kpipulse.application.importing.pull;

import java.util.Objects;

/**
 * An API token in clear, held only for the length of one pull. It never shows its value in {@code toString}, so a
 * token that ends up in a log line or an exception message by accident is still not disclosed.
 */
public record AccessToken(String value) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token cannot be blank");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}

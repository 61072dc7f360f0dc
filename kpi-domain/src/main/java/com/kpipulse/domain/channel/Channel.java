package com.kpipulse.domain.channel;

import com.kpipulse.domain.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/**
 * A marketing channel the department works with: its code, its name people read, whether it is bought, and whether
 * it is a social network or messenger (the SMM specialist's channels: her filter and her table per network).
 */
public record Channel(String code, LocalizedText name, boolean paid, boolean social) {

    public Channel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Channel «" + code + "» must be lower_snake_case, e.g. yandex_direct");
        }
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}

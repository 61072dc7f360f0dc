package com.kpipulse.domain.channel;

import com.kpipulse.domain.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/**
 * A marketing channel the department works with: its code (what values, rules and links carry), the name people read,
 * whether it is bought (paid) or earned (organic), and whether it is a social network (the SMM specialist's channels).
 */
public record Channel(String code, LocalizedText name, boolean paid, boolean social) {

    /** What a channel code looks like: lower_snake_case, as values and mapping rules store it. */
    public static final String CODE_FORM = "[a-z][a-z0-9_]*";

    public Channel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!isCode(code)) {
            throw new IllegalArgumentException("Channel «" + code + "» must be lower_snake_case, e.g. yandex_direct");
        }
    }

    /** Whether {@code text} has the form of a channel code. */
    public static boolean isCode(String text) {
        return text != null && text.matches(CODE_FORM);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}

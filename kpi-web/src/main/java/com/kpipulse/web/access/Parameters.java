package com.kpipulse.web.access;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Names;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.period.Grain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Query parameters pages share ({@code day}, {@code grain}, {@code channel}), read strictly: a value that is there
 * but cannot be used is an {@link InvalidInput} (400 with the reason), never silently replaced by a default.
 */
public final class Parameters {

    private Parameters() {
    }

    /** A day in the planning window, or empty when the parameter is absent. */
    public static Optional<LocalDate> day(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return switch (DateWindow.parsePlanned(text)) {
            case DateWindow.Parsed parsed -> Optional.of(parsed.day());
            case DateWindow.Refused refused -> throw InvalidInput.of(field, refused.problem());
        };
    }

    /** WEEK, MONTH or QUARTER (any case); {@code fallback} when absent. */
    public static Grain grain(String text, Grain fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "WEEK" -> Grain.WEEK;
            case "MONTH" -> Grain.MONTH;
            case "QUARTER" -> Grain.QUARTER;
            default -> throw InvalidInput.of("grain", "NOT_A_GRAIN",
                    Bundles.both(AppMessages.class, texts -> texts.problem_not_a_grain(InputProblem.excerpt(text))));
        };
    }

    /** A channel of the (stored) catalog, or empty when absent. */
    public static Optional<String> channel(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip();
        ChannelCatalog catalog = Names.channels();
        if (!catalog.contains(code)) {
            String known = String.join(", ", catalog.codes());
            throw InvalidInput.of("channel", "NO_SUCH_CHANNEL", Bundles.both(AppMessages.class,
                    texts -> texts.problem_no_such_channel(InputProblem.excerpt(code), known)));
        }
        return Optional.of(code);
    }

    /** A one-line text of at most {@code max} characters, or an {@link InvalidInput}. */
    public static String line(String field, String text, int max) {
        TextInput.line(text, max).ifPresent(problem -> {
            throw InvalidInput.of(field, problem);
        });
        return text;
    }
}

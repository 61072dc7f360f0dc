package com.kpipulse.application.setup;

import com.kpipulse.domain.input.InputProblem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with what an admin typed into a setup form or sent to a setup API (the channel catalog and mapping,
 * scorecard compositions, values by hand, company settings): which row ({@link #WHOLE} for the form as a whole),
 * which field, what kind, and its arguments. Data, not a sentence: pages render it through their message bundles in
 * the reader's language next to the field it names; {@link #english()} is for the API's one-language {@code errors}
 * and the logs.
 *
 * @param row   the 0-based row of a form with rows (a rule, a channel, a KPI of a scorecard), or {@link #WHOLE}
 * @param field the field's name as the form and the API call it ({@code sourcePattern}, {@code channel}, …)
 * @param input for {@link Kind#INPUT}: what is wrong with the text, number or date as such; else null
 */
public record SetupProblem(int row, String field, Kind kind, List<String> args, InputProblem input) {

    /** The row of a problem about the form as a whole, or of a form without rows. */
    public static final int WHOLE = -1;

    /** What can be wrong; the arguments each kind takes are named in its English sentence. */
    public enum Kind {
        /** A field that must be filled is empty. */
        REQUIRED("a value is required"),
        /** The text, number or date itself cannot be used ({@link SetupProblem#input()} says why). */
        INPUT("{0}"),
        /** Not one of the choices the form offers: {0} what was sent. */
        NOT_A_CHOICE("«{0}» is not one of the choices offered"),
        /** {0} the text: not lower_snake_case. */
        NOT_A_CODE("«{0}» is not a code: expected lower-case latin letters, digits and _, e.g. yandex_direct"),
        /** {0} the value, {1} the row (1-based) where it first appears. */
        REPEATED("«{0}» is already listed in row {1}"),
        /** {0} the channel: not in the channel catalog. */
        UNKNOWN_CHANNEL("there is no channel «{0}» in the channel catalog"),
        /** {0} the measure code. */
        UNKNOWN_MEASURE("there is no base measure «{0}»"),
        /** {0} the KPI code. */
        UNKNOWN_KPI("there is no KPI «{0}» in the catalog"),
        /** {0} the pattern: a wildcard alone would match every source. */
        PATTERN_MATCHES_ALL("«{0}» would match every source: write the start of the source before *"),
        /** {0} the channel, {1} how many mapping rules name it. */
        CHANNEL_HAS_RULES("«{0}» cannot be removed: {1} rules of the channel mapping name it"),
        /** {0} the channel: values are stored for it. */
        CHANNEL_HAS_VALUES("«{0}» cannot be removed: values are stored for it"),
        /** A list that needs at least one element is empty. */
        EMPTY("add at least one row"),
        /** {0} how many were sent, {1} the most allowed. */
        TOO_MANY("{0} rows are too many: at most {1}"),
        /** {0} the text: not an ISO 4217 code. */
        NOT_A_CURRENCY("«{0}» is not a currency: expected an ISO code such as RUB, USD, EUR"),
        /** {0} the text: not an IANA time zone. */
        NOT_A_ZONE("«{0}» is not a time zone: expected a name such as Europe/Moscow"),
        /** {0} the day: a week starts on a Monday. */
        WEEK_START("a week starts on a Monday, {0} is not one"),
        /** {0} the day: a month starts on its first day. */
        MONTH_START("a month starts on its first day, not {0}"),
        /** {0} the value: the measure cannot be negative. */
        NEGATIVE("{0} is negative: this measure cannot be below zero"),
        /** The measure is money and needs a currency. */
        CURRENCY_REQUIRED("this measure is money: choose its currency"),
        /** A value by hand that is no longer stored (removed by somebody else). */
        GONE("this value is no longer stored: somebody removed or changed it");

        private final String english;

        Kind(String english) {
            this.english = english;
        }
    }

    public SetupProblem {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
        if ((kind == Kind.INPUT) != (input != null)) {
            throw new IllegalArgumentException("an INPUT problem and only it carries an InputProblem");
        }
    }

    public static SetupProblem of(int row, String field, Kind kind, Object... args) {
        return new SetupProblem(row, field, kind, java.util.Arrays.stream(args).map(String::valueOf).toList(), null);
    }

    public static SetupProblem input(int row, String field, InputProblem problem) {
        return new SetupProblem(row, field, Kind.INPUT, List.of(), problem);
    }

    /** The sentence in English, for the API's one-language {@code errors} and the logs; pages use their bundles. */
    public String english() {
        return kind == Kind.INPUT ? input.english()
                : new MessageFormat(kind.english.replace("'", "''"), Locale.ENGLISH).format(args.toArray());
    }
}

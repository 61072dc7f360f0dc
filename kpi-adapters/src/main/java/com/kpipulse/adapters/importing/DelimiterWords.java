package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * A delimiter named inside a sentence about a delimited file, in the case each language needs there ("разделён
 * табуляцией" / "separated by tabs", "с запятой внутри" / "with a comma inside"): under {@code delimiter.<kind>} in the
 * texts bundle.
 */
public enum DelimiterWords implements MessageKind {
    SEPARATED_BY_TABS,
    SEPARATED_BY_SEMICOLONS,
    SEPARATED_BY_COMMAS,
    /** {0} the delimiter. */
    SEPARATED_BY_OTHER,
    CONTAINING_TAB,
    CONTAINING_SEMICOLON,
    CONTAINING_COMMA,
    /** {0} the delimiter. */
    CONTAINING_OTHER;

    @Override
    public String key() {
        return "delimiter." + name().toLowerCase(Locale.ROOT);
    }
}

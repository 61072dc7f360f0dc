package com.kpipulse.application.importing;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What a preview says before a file is imported that would not stop it, but that its importer should know: the
 * stored values it would replace, and dates so old they are more likely a wrong file than a late one. Sentences under
 * {@code import_warning.<kind>}.
 */
public enum ImportWarningKind implements MessageKind {
    /** {0} how many stored values the file would change, {1} and {2} the first and last day of them (ISO days). */
    REPLACES_VALUES,
    /** {0} the file's first day, {1} its last day, {2} the day a year before today (ISO days). */
    OLD_VALUES;

    @Override
    public String key() {
        return "import_warning." + name().toLowerCase(Locale.ROOT);
    }
}

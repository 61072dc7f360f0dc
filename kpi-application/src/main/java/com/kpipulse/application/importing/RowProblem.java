package com.kpipulse.application.importing;

import com.kpipulse.application.measure.Contradiction;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.Texts;

import java.util.Locale;
import java.util.Objects;

/**
 * A part of the input that cannot be imported, with a reason a person can act on: a kind and its arguments, said in
 * the language of whoever reads the report (the preview, a stored report opened a year later, the API in both).
 *
 * @param line    1-based line number in the file (0 when the problem concerns the whole file)
 * @param column  the column header as written in the file (or JSON field path, or the option's name), or null
 * @param message what is wrong and what was expected, e.g. «"12,5О" is not a number: expected digits with a decimal
 *                comma» / «"12,5О" — не число: …»
 */
public record RowProblem(long line, String column, Message message) {

    public RowProblem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem of the file as a whole (line 0, no column). */
    public static RowProblem ofFile(Message message) {
        return new RowProblem(0, null, message);
    }

    /**
     * Rows that contradict each other, said at the later line: both lines, the measure by its name, the period, the
     * dimensions ("—" for none) and the two values.
     */
    public static RowProblem of(Contradiction contradiction) {
        Period period = Period.of(contradiction.grain(), contradiction.periodStart());
        return new RowProblem(contradiction.lastLine(), null, Message.of(ImportProblemKind.CONTRADICTION,
                contradiction.lastLine(), contradiction.firstLine(), measureName(contradiction.measure()),
                LocalizedText.of(period.label(Texts.RUSSIAN), period.label(Locale.ENGLISH)),
                orDash(contradiction.channel()), orDash(contradiction.campaign()), orDash(contradiction.source()),
                contradiction.lowest(), contradiction.highest()));
    }

    private static String orDash(String dimension) {
        return dimension.isEmpty() ? "—" : InputProblem.excerpt(dimension);
    }

    /** The measure's name in both languages; its code when the catalog has none. */
    private static Object measureName(String code) {
        return MeasureCatalog.standard().find(code).<Object>map(m -> LocalizedText.of(m.nameRu(), m.nameEn()))
                .orElse(code);
    }
}

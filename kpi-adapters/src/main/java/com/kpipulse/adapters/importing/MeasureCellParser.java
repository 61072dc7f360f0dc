package com.kpipulse.adapters.importing;

import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value cells of a measure table: amounts in the file's decimal mark, scaled where the spec says so, and
 * average visit durations. A cell that holds no value gives null; one that cannot be a value gives null and a problem
 * on its row, naming its column.
 */
final class MeasureCellParser {

    /** {@code h:mm:ss} or {@code mm:ss}; at most nine digits of hours, so they always fit a {@code long}. */
    private static final Pattern DURATION = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,2}):(\\d{2})(?:[.,]\\d+)?");

    private final LocaleNumber.DecimalMark mark;

    MeasureCellParser(LocaleNumber.DecimalMark mark) {
        this.mark = mark;
    }

    /** The amount in the measure's cell, times its multiplier; a percentage is no amount. */
    BigDecimal amount(TableRow row, MeasureTableLayout.Measure measure) {
        int column = measure.column();
        LocaleNumber.Result read = measure.scaled()
                ? LocaleNumber.parseStorable(row.cell(column), mark, measure.multiplier())
                : LocaleNumber.parseStorable(row.cell(column), mark);
        return switch (read) {
            case LocaleNumber.Missing missing -> null;
            case LocaleNumber.Malformed malformed -> {
                row.problem(column, malformed.reason());
                yield null;
            }
            case LocaleNumber.Value v when v.percent() -> {
                row.problem(column, Message.of(FileProblemKind.PERCENTAGE_NOT_AMOUNT,
                        InputProblem.excerpt(row.cell(column)), BaseMeasures.name(measure.code())));
                yield null;
            }
            case LocaleNumber.Value v -> v.number();
        };
    }

    /** A duration in seconds, written {@code 0:01:23} or as a number of seconds. */
    BigDecimal seconds(TableRow row, int column) {
        String cell = row.cell(column);
        if (Cells.isNull(cell)) {
            return null;
        }
        if (cell.length() <= LocaleNumber.MAX_CHARACTERS) {
            // a longer cell is refused by its length below, before a pattern runs over it
            Matcher d = DURATION.matcher(cell.strip());
            if (d.matches()) {
                long hours = d.group(1) == null ? 0 : Long.parseLong(d.group(1));
                return BigDecimal.valueOf(hours * 3600 + Long.parseLong(d.group(2)) * 60
                        + Long.parseLong(d.group(3)));
            }
        }
        return switch (LocaleNumber.parseStorable(cell, mark)) {
            case LocaleNumber.Value v when !v.percent() -> v.number();
            case LocaleNumber.Malformed m when m.kind() != InputProblemKind.NOT_A_NUMBER -> {
                row.problem(column, m.reason());
                yield null;
            }
            default -> {
                row.problem(column, Message.of(FileProblemKind.NOT_A_DURATION, InputProblem.excerpt(cell)));
                yield null;
            }
        };
    }

    /**
     * An average duration per visit times the visits, in whole seconds; null (and a problem) when the total is more
     * than the store keeps, though each of the two fits.
     */
    static BigDecimal totalSeconds(TableRow row, int column, BigDecimal average, BigDecimal visits) {
        BigDecimal total = average.multiply(visits).setScale(0, RoundingMode.HALF_UP);
        Optional<InputProblem> outside = DecimalInput.checkRange(total);
        if (outside.isPresent()) {
            row.problem(column, Message.of(FileProblemKind.VISIT_TIME_TOO_LARGE, outside.get().toMessage()));
            return null;
        }
        return total;
    }
}

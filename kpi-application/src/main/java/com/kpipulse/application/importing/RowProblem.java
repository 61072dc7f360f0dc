package com.kpipulse.application.importing;

import com.kpipulse.domain.text.Message;

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
}

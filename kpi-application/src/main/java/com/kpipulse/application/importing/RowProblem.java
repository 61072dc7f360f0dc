package com.kpipulse.application.importing;

/**
 * A part of the input that cannot be imported, with a reason a person can act on.
 *
 * @param line    1-based line number in the file (0 when the problem concerns the whole file)
 * @param column  the column header as written in the file (or JSON field path), or null
 * @param message what is wrong and what was expected, e.g. "«12,5О» is not a number: expected digits with a decimal comma"
 */
public record RowProblem(long line, String column, String message) {
}

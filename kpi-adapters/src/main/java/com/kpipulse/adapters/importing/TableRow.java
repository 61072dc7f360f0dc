package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * One data row of a table with its header. Reading a cell that is not what the column promises records a problem
 * (naming the column as the file writes it) and returns null, so a preset reads every cell and reports all of a
 * row's problems together.
 */
public final class TableRow {

    private final long line;
    private final List<String> cells;
    private final HeaderIndex header;
    private List<RowProblem> problems = List.of();

    public TableRow(long line, List<String> cells, HeaderIndex header) {
        this(line, header, List.copyOf(cells));
    }

    private TableRow(long line, HeaderIndex header, List<String> cells) {
        this.line = line;
        this.cells = cells;
        this.header = header;
    }

    /** A row over {@code cells} as they are, for a reader that hands each list out once and never changes it. */
    static TableRow of(long line, List<String> cells, HeaderIndex header) {
        return new TableRow(line, header, Collections.unmodifiableList(cells));
    }

    public long line() {
        return line;
    }

    public HeaderIndex header() {
        return header;
    }

    public List<String> cells() {
        return cells;
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The trimmed text under {@code key}, null when the column is absent or holds a "no data" token. */
    public String text(String key) {
        OptionalInt i = header.index(key);
        return i.isPresent() ? text(i.getAsInt()) : null;
    }

    /** The trimmed text of column {@code column}, null when it holds a "no data" token. */
    public String text(int column) {
        return Cells.text(cell(column));
    }

    /** The date under {@code key}, read by {@code dates}; a missing or unreadable date is a problem. */
    public LocalDate date(String key, FlexibleDate dates) {
        OptionalInt i = header.index(key);
        if (i.isEmpty()) {
            return null;
        }
        return date(i.getAsInt(), dates);
    }

    public LocalDate date(int column, FlexibleDate dates) {
        return switch (dates.parse(cell(column))) {
            case FlexibleDate.Value v -> v.date();
            case FlexibleDate.Missing m -> {
                problem(column, Message.of(FileProblemKind.EMPTY_DATE));
                yield null;
            }
            case FlexibleDate.Malformed m -> {
                problem(column, m.reason());
                yield null;
            }
        };
    }

    /**
     * The number in column {@code column}, null when the cell is empty, unreadable or outside the range the store
     * keeps (then a problem).
     */
    public BigDecimal number(int column, LocaleNumber.DecimalMark mark) {
        return switch (LocaleNumber.parseStorable(cell(column), mark)) {
            case LocaleNumber.Value v -> v.number();
            case LocaleNumber.Missing m -> null;
            case LocaleNumber.Malformed m -> {
                problem(column, m.reason());
                yield null;
            }
        };
    }

    public void problem(int column, Message message) {
        add(new RowProblem(line, header.name(column), message));
    }

    public void problem(Message message) {
        add(new RowProblem(line, null, message));
    }

    /** Most rows have no problem: the list is made for the first one. */
    private void add(RowProblem problem) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(problem);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }
}

package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.text.Message;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The first sheet of an XLSX workbook read as a table: rows streamed from the sheet XML, header found like in
 * {@link DelimitedTable}, cells turned into the text a CSV would hold (numbers plain, dates ISO). Line numbers are
 * the sheet's row numbers.
 * <p>
 * A workbook is as hostile as any file. A number cell is written out only when it is no longer than a cell could be
 * ({@code 1E+9999999} stays as it is, for the number reader to refuse with its reason); a number cell the workbook
 * reader cannot parse ({@code NaN}) reaches the presets as its raw text instead of stopping the sheet; a sheet whose
 * XML breaks off is reported after the last row read.
 */
public final class XlsxTable implements Closeable {

    private final SpooledFile file;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final HeaderIndex header;
    private final RowSink sink;
    private final CellTexts texts;
    private long lastLine;

    private XlsxTable(SpooledFile file, ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> rows,
                      HeaderIndex header, RowSink sink, CellTexts texts) {
        this.file = file;
        this.workbook = workbook;
        this.texts = texts;
        this.stream = stream;
        this.rows = rows;
        this.header = header;
        this.sink = sink;
        this.lastLine = header.line();
    }

    /**
     * Opens the first sheet and finds its header; when the bytes are no workbook, the sheet is empty or no row has
     * the required columns, the problem goes to {@code sink} and the result is empty. The upload is read from a
     * temporary copy ({@link SpooledFile}), deleted when the table is closed.
     */
    public static Optional<XlsxTable> open(InputStream content, ColumnSpec spec, RowSink sink) throws IOException {
        SpooledFile file = SpooledFile.of(content);
        Optional<XlsxTable> table = Optional.empty();
        try {
            table = open(file, spec, sink);
            return table;
        } finally {
            if (table.isEmpty()) {
                file.close();
            }
        }
    }

    private static Optional<XlsxTable> open(SpooledFile file, ColumnSpec spec, RowSink sink) throws IOException {
        ReadableWorkbook workbook;
        try {
            // a number cell that is no number becomes an error cell keeping its raw text, not an exception
            workbook = new ReadableWorkbook(file.path().toFile(), new ReadingOptions(true, true));
        } catch (IOException | ExcelReaderException | IllegalArgumentException e) {
            // the reader's own words name its internals, not what the person can do
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.NOT_XLSX)));
            return Optional.empty();
        }
        Stream<Row> stream = workbook.getFirstSheet().openStream();
        Iterator<Row> rows = stream.iterator();
        HeaderIndex closest = null;
        int seen = 0;
        boolean anyText = false;
        CellTexts texts = new CellTexts();
        try {
            while (seen < DelimitedTable.HEADER_SEARCH_LINES && rows.hasNext()) {
                Row row = rows.next();
                seen++;
                List<String> cells = texts.cells(row);
                if (firstNonBlank(cells) == null) {
                    continue;
                }
                anyText = true;
                HeaderIndex index = spec.index(row.getRowNum(), cells);
                if (spec.missing(index).isEmpty()) {
                    return Optional.of(new XlsxTable(file, workbook, stream, rows, index, sink, texts));
                }
                if (closest == null || index.positions().size() > closest.positions().size()) {
                    closest = index;
                }
            }
        } catch (ExcelReaderException e) {
            stream.close();
            workbook.close();
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.SHEET_BROKEN_BEFORE_HEADER)));
            return Optional.empty();
        }
        stream.close();
        workbook.close();
        if (!anyText) {
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.EMPTY_SHEET, spec.describeRequired())));
        } else {
            sink.reject(new RowProblem(closest.line(), null, Message.of(FileProblemKind.MISSING_COLUMN_IN_SHEET,
                    String.join(", ", spec.missing(closest)))));
        }
        return Optional.empty();
    }

    public HeaderIndex header() {
        return header;
    }

    /** The next data row, or null at the end of the sheet (or where its XML breaks off, then reported). */
    public TableRow next() {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                lastLine = row.getRowNum();
                List<String> cells = texts.cells(row);
                String first = firstNonBlank(cells);
                if (first == null || Cells.isTotalsLabel(first)) {
                    continue;
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return TableRow.of(row.getRowNum(), cells, header);
            }
        } catch (ExcelReaderException e) {
            sink.reject(new RowProblem(lastLine + 1, null, Message.of(FileProblemKind.SHEET_BROKEN_AFTER, lastLine)));
        }
        return null;
    }

    /** The first cell that is not blank, or null for a blank row. */
    private static String firstNonBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    /**
     * Turns cells into text for one sheet. A sheet repeats itself from row to row: the same few number formats (each
     * told a date format or not once, not by a pattern per cell) and the same dates (each serial day turned into its
     * ISO text once, the same {@code String} then handed out again, as {@link RepeatedCells} does for CSV).
     */
    private static final class CellTexts {

        /** Enough for the distinct days of any report; past it the cache starts again rather than grow. */
        private static final int MAX_DATES = 4096;

        private final Map<String, Boolean> dateFormats = new HashMap<>();
        private final Map<String, String> dates = new HashMap<>();

        /** The row's cells as text, in a list the caller may extend. */
        List<String> cells(Row row) {
            int count = row.getCellCount();
            List<String> cells = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                cells.add(text(row.getCell(i)));
            }
            return cells;
        }

        private String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            return switch (cell.getType()) {
                case NUMBER -> number(cell);
                case STRING, BOOLEAN -> cell.getText();
                // an error cell of the workbook ("#DIV/0!") has its text; one the reader made of a bad value has none
                case ERROR -> cell.getValue() != null || cell.getRawValue() == null ? cell.getText() : cell.getRawValue();
                case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
                case EMPTY -> "";
            };
        }

        /**
         * A number cell as a CSV would hold it: a date for a date format, else plain digits, unless that would be
         * longer than a number cell may be: then the raw value as the workbook wrote it, refused later by its length
         * or size.
         */
        private String number(Cell cell) {
            String raw = cell.getRawValue();
            if (raw == null || raw.length() > LocaleNumber.MAX_CHARACTERS) {
                return raw == null ? "" : raw;
            }
            if (isDateFormat(cell)) {
                return date(cell, raw);
            }
            if (isPlain(raw)) {
                return raw; // what toPlainString would give again, without a BigDecimal for it
            }
            BigDecimal value = cell.asNumber();
            if (value == null) {
                return raw;
            }
            long magnitude = (long) value.precision() - value.scale();
            return value.signum() != 0 && Math.abs(magnitude) > LocaleNumber.MAX_CHARACTERS ? raw : value.toPlainString();
        }

        private String date(Cell cell, String raw) {
            String known = dates.get(raw);
            if (known != null) {
                return known;
            }
            String text;
            try {
                text = cell.asDate().toLocalDate().toString();
            } catch (RuntimeException e) {
                text = raw; // a serial day no calendar has (1E+300): not a date, said by the date reader
            }
            if (dates.size() >= MAX_DATES) {
                dates.clear();
            }
            dates.put(raw, text);
            return text;
        }

        private boolean isDateFormat(Cell cell) {
            Integer id = cell.getDataFormatId();
            if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
                return true;
            }
            String format = cell.getDataFormatString();
            if (format == null) {
                return false;
            }
            // a workbook holds a handful of formats, named by the workbook (so bounded by its size)
            return dateFormats.computeIfAbsent(format, CellTexts::isDatePattern);
        }

        private static boolean isDatePattern(String format) {
            String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
            return !plain.equals("general") && plain.matches(".*[dy].*");
        }

        /**
         * Whether {@code raw} is a number written the way {@link BigDecimal#toPlainString()} writes it back: an
         * optional minus, digits without a leading zero (or a single zero before a fraction), an optional fraction,
         * no exponent. Such a number is its own plain text.
         */
        static boolean isPlain(String raw) {
            int i = raw.startsWith("-") ? 1 : 0;
            int length = raw.length();
            if (i >= length) {
                return false;
            }
            char first = raw.charAt(i);
            if (first == '0') {
                // "0" and "0.5" are plain; "-0" and "-0.5" are not what BigDecimal writes for them ("0", "-0.5" is)
                if (i == 1 || length > 1 && raw.charAt(1) != '.') {
                    return length == 1;
                }
            } else if (first < '1' || first > '9') {
                return false;
            }
            boolean point = false;
            for (int j = i + 1; j < length; j++) {
                char c = raw.charAt(j);
                if (c == '.' && !point && j + 1 < length) {
                    point = true;
                } else if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        try (file; workbook; stream) {
            // closed in turn: the sheet's stream, the workbook, then the temporary copy
        }
    }
}

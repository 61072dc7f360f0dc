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
import java.util.Iterator;
import java.util.List;
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

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final HeaderIndex header;
    private final RowSink sink;
    private long lastLine;

    private XlsxTable(ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> rows, HeaderIndex header,
                      RowSink sink) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = rows;
        this.header = header;
        this.sink = sink;
        this.lastLine = header.line();
    }

    public static Optional<XlsxTable> open(InputStream content, ColumnSpec spec, RowSink sink) throws IOException {
        ReadableWorkbook workbook;
        try {
            // a number cell that is no number becomes an error cell keeping its raw text, not an exception
            workbook = new ReadableWorkbook(content, new ReadingOptions(true, true));
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
        try {
            while (seen < DelimitedTable.HEADER_SEARCH_LINES && rows.hasNext()) {
                Row row = rows.next();
                seen++;
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                anyText = true;
                HeaderIndex index = spec.index(row.getRowNum(), cells);
                if (spec.missing(index).isEmpty()) {
                    return Optional.of(new XlsxTable(workbook, stream, rows, index, sink));
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
                List<String> cells = cells(row);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (cells.stream().filter(c -> !c.isBlank()).findFirst().map(Cells::isTotalsLabel).orElse(false)) {
                    continue;
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return new TableRow(row.getRowNum(), cells, header);
            }
        } catch (ExcelReaderException e) {
            sink.reject(new RowProblem(lastLine + 1, null, Message.of(FileProblemKind.SHEET_BROKEN_AFTER, lastLine)));
        }
        return null;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    private static String text(Cell cell) {
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
     * A number cell as a CSV would hold it: a date for a date format, else plain digits, unless that would be longer
     * than a number cell may be: then the raw value as the workbook wrote it, refused later by its length or size.
     */
    private static String number(Cell cell) {
        String raw = cell.getRawValue();
        if (raw == null || raw.length() > LocaleNumber.MAX_CHARACTERS) {
            return raw == null ? "" : raw;
        }
        if (isDateFormat(cell)) {
            try {
                return cell.asDate().toLocalDate().toString();
            } catch (RuntimeException e) {
                return raw; // a serial day no calendar has (1E+300): not a date, said by the date reader
            }
        }
        BigDecimal value = cell.asNumber();
        if (value == null) {
            return raw;
        }
        long magnitude = (long) value.precision() - value.scale();
        return value.signum() != 0 && Math.abs(magnitude) > LocaleNumber.MAX_CHARACTERS ? raw : value.toPlainString();
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return !plain.equals("general") && plain.matches(".*[dy].*");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}

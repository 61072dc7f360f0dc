package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
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
 */
public final class XlsxTable implements Closeable {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final HeaderIndex header;

    private XlsxTable(ReadableWorkbook workbook, Stream<Row> stream, Iterator<Row> rows, HeaderIndex header) {
        this.workbook = workbook;
        this.stream = stream;
        this.rows = rows;
        this.header = header;
    }

    public static Optional<XlsxTable> open(InputStream content, ColumnSpec spec, RowSink sink) throws IOException {
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(content, new ReadingOptions(true, false));
        } catch (IOException | ExcelReaderException | IllegalArgumentException e) {
            sink.reject(new RowProblem(0, null, "the file is not a readable XLSX workbook: " + e.getMessage()));
            return Optional.empty();
        }
        Stream<Row> stream = workbook.getFirstSheet().openStream();
        Iterator<Row> rows = stream.iterator();
        HeaderIndex closest = null;
        int seen = 0;
        boolean anyText = false;
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
                return Optional.of(new XlsxTable(workbook, stream, rows, index));
            }
            if (closest == null || index.positions().size() > closest.positions().size()) {
                closest = index;
            }
        }
        stream.close();
        workbook.close();
        if (!anyText) {
            sink.reject(new RowProblem(0, null, "the first sheet is empty: expected a header row with the columns "
                    + spec.describeRequired()));
        } else {
            sink.reject(new RowProblem(closest.line(), null, "missing required column "
                    + String.join(", ", spec.missing(closest)) + ": this row looks like the header but lacks it"));
        }
        return Optional.empty();
    }

    public HeaderIndex header() {
        return header;
    }

    /** The next data row, or null at the end of the sheet. */
    public TableRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
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
            case NUMBER -> isDateFormat(cell) ? cell.asDate().toLocalDate().toString()
                    : new BigDecimal(cell.getRawValue()).toPlainString();
            case STRING, BOOLEAN, ERROR -> cell.getText();
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
        };
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

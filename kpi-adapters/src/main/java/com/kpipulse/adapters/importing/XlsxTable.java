package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.text.Message;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The first sheet of an XLSX workbook read as a table: rows streamed from the sheet XML ({@link SheetRows}), header
 * found like in {@link DelimitedTable}, cells turned into the text a CSV would hold (numbers plain, dates ISO). Line
 * numbers are the sheet's row numbers.
 * <p>
 * A workbook is as hostile as any file. Its parts are bounded before and while they are inflated and read without
 * a DTD ({@link XlsxPackage}): such a workbook is refused as a whole with the reason. A number cell is written out
 * only when it is no longer than a cell could be ({@code 1E+9999999} stays as it is, for the number reader to refuse
 * with its reason); a number cell that is no number ({@code NaN}) reaches the presets as its raw text; a cell longer
 * than a spreadsheet's cell is refused at its row and column and its row is not read; a sheet whose XML breaks off
 * is reported after the last row read.
 */
public final class XlsxTable implements Closeable {

    private final SpooledFile file;
    private final XlsxPackage workbook;
    private final InputStream sheet;
    private final SheetRows rows;
    private final HeaderIndex header;
    private final RowSink sink;
    private long lastLine;

    private XlsxTable(SpooledFile file, XlsxPackage workbook, InputStream sheet, SheetRows rows, HeaderIndex header,
                      RowSink sink) {
        this.file = file;
        this.workbook = workbook;
        this.sheet = sheet;
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
        XlsxPackage workbook;
        InputStream sheet;
        try {
            workbook = XlsxPackage.open(file.path());
        } catch (XlsxRefused e) {
            sink.reject(RowProblem.ofFile(e.reason()));
            return Optional.empty();
        }
        try {
            sheet = workbook.sheet();
        } catch (XlsxRefused e) {
            workbook.close();
            sink.reject(RowProblem.ofFile(e.reason()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.NOT_XLSX)));
            return Optional.empty();
        }
        SheetRows rows = new SheetRows(new XmlBytes(sheet), workbook);
        HeaderIndex closest = null;
        int seen = 0;
        boolean anyText = false;
        boolean kept = false;
        try {
            try {
                while (seen < DelimitedTable.HEADER_SEARCH_LINES && rows.next()) {
                    seen++;
                    List<String> cells = rows.cells();
                    if (rows.tooLongColumn() >= 0) {
                        sink.reject(new RowProblem(rows.line(), columnName(rows.tooLongColumn()), tooLong()));
                        continue;
                    }
                    if (firstNonBlank(cells) == null) {
                        continue;
                    }
                    anyText = true;
                    HeaderIndex index = spec.index(rows.line(), cells);
                    if (spec.missing(index).isEmpty()) {
                        kept = true;
                        return Optional.of(new XlsxTable(file, workbook, sheet, rows, index, sink));
                    }
                    if (closest == null || index.positions().size() > closest.positions().size()) {
                        closest = index;
                    }
                }
            } catch (XlsxRefused e) {
                sink.reject(RowProblem.ofFile(e.reason()));
                return Optional.empty();
            } catch (XmlBytes.Broken e) {
                sink.reject(RowProblem.ofFile(e.dtd() ? Message.of(FileProblemKind.XLSX_DTD)
                        : Message.of(FileProblemKind.SHEET_BROKEN_BEFORE_HEADER)));
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                // inflating failed: the bytes of the sheet are damaged
                sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.SHEET_BROKEN_BEFORE_HEADER)));
                return Optional.empty();
            }
            if (!anyText) {
                sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.EMPTY_SHEET, spec.describeRequired())));
            } else {
                sink.reject(new RowProblem(closest.line(), null, Message.of(FileProblemKind.MISSING_COLUMN_IN_SHEET,
                        String.join(", ", spec.missing(closest)))));
            }
            return Optional.empty();
        } finally {
            if (!kept) {
                try (workbook; sheet) {
                    // the sheet's stream, then the workbook
                }
            }
        }
    }

    public HeaderIndex header() {
        return header;
    }

    /** The next data row, or null at the end of the sheet (or where it breaks off, then reported). */
    public TableRow next() {
        try {
            while (rows.next()) {
                lastLine = rows.line();
                List<String> cells = rows.cells();
                if (rows.tooLongColumn() >= 0) {
                    sink.reject(new RowProblem(lastLine, header.name(rows.tooLongColumn()), tooLong()));
                    continue;
                }
                String first = firstNonBlank(cells);
                if (first == null || Cells.isTotalsLabel(first)) {
                    continue;
                }
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                return TableRow.of(lastLine, cells, header);
            }
        } catch (XlsxRefused e) {
            sink.reject(new RowProblem(lastLine + 1, null, e.reason()));
        } catch (XmlBytes.Broken e) {
            sink.reject(new RowProblem(lastLine + 1, null, e.dtd() ? Message.of(FileProblemKind.XLSX_DTD)
                    : Message.of(FileProblemKind.SHEET_BROKEN_AFTER, lastLine)));
        } catch (IOException | RuntimeException e) {
            sink.reject(new RowProblem(lastLine + 1, null, Message.of(FileProblemKind.SHEET_BROKEN_AFTER, lastLine)));
        }
        return null;
    }

    private static Message tooLong() {
        return Message.of(FileProblemKind.XLSX_CELL_TOO_LONG, XlsxPackage.MAX_CELL_CHARS);
    }

    /** A column before the header is found, named as the spreadsheet names it: A, B, …, AA. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
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

    @Override
    public void close() throws IOException {
        try (file; workbook; sheet) {
            // closed in turn: the sheet's stream, the workbook, then the temporary copy
        }
    }
}

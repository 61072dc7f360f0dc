package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.text.Message;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A delimited text report opened for reading: encoding sniffed, header row found among the first lines by the
 * columns it must have (title lines, report-name lines and {@code #} comment blocks before it go to a preamble
 * consumer), delimiter taken from the header line. Data rows then come one at a time; blank lines, comment lines and
 * totals rows are skipped, and a line that cannot be a row of this table (wrong number of fields, another delimiter,
 * undecodable bytes) is reported to the sink and skipped.
 */
public final class DelimitedTable implements Closeable {

    static final int HEADER_SEARCH_LINES = 60;

    private final DelimitedTextReader reader;
    private final HeaderIndex header;
    private final char delimiter;
    private final Charset charset;
    private final RowSink sink;

    private DelimitedTable(DelimitedTextReader reader, HeaderIndex header, char delimiter, Charset charset,
                           RowSink sink) {
        this.reader = reader;
        this.header = header;
        this.delimiter = delimiter;
        this.charset = charset;
        this.sink = sink;
    }

    /**
     * Opens {@code content} and finds the header. When the bytes are not text, the file is empty or no line has the
     * required columns, the problem goes to {@code sink} and the result is empty.
     */
    public static Optional<DelimitedTable> open(InputStream content, ColumnSpec spec, RowSink sink,
                                                Consumer<DelimitedTextReader.TextLine> preamble) throws IOException {
        return switch (TextSniffer.open(content)) {
            case TextSniffer.NotText notText -> {
                sink.reject(RowProblem.ofFile(notText.reason()));
                yield Optional.empty();
            }
            case TextSniffer.Text text -> findHeader(new DelimitedTextReader(text.reader()), text.charset(), spec,
                    sink, preamble);
        };
    }

    public static Optional<DelimitedTable> open(InputStream content, ColumnSpec spec, RowSink sink)
            throws IOException {
        return open(content, spec, sink, line -> {
        });
    }

    private static Optional<DelimitedTable> findHeader(DelimitedTextReader reader, Charset charset, ColumnSpec spec,
                                                       RowSink sink,
                                                       Consumer<DelimitedTextReader.TextLine> preamble)
            throws IOException {
        HeaderIndex closest = null;
        int closestScore = 0;
        boolean anyText = false;
        DelimitedTextReader.TextLine line;
        int seen = 0;
        while (seen < HEADER_SEARCH_LINES && (line = reader.nextLine()) != null) {
            seen++;
            if (line.text().isBlank() || line.text().startsWith("#")) {
                anyText |= !line.text().isBlank();
                preamble.accept(line);
                continue;
            }
            anyText = true;
            for (char delimiter : DelimitedTextReader.CANDIDATE_DELIMITERS) {
                List<String> cells = DelimitedTextReader.split(line.text(), delimiter);
                if (cells.size() < 2 && delimiter != ',') {
                    continue;
                }
                HeaderIndex index = spec.index(line.number(), cells);
                if (spec.missing(index).isEmpty()) {
                    return Optional.of(new DelimitedTable(reader, index, delimiter, charset, sink));
                }
                if (index.positions().size() > closestScore) {
                    closestScore = index.positions().size();
                    closest = index;
                }
            }
            preamble.accept(line);
        }
        if (!anyText) {
            sink.reject(RowProblem.ofFile(Message.of(FileProblemKind.EMPTY_TABLE, spec.describeRequired())));
        } else if (closest != null) {
            sink.reject(new RowProblem(closest.line(), null, Message.of(FileProblemKind.MISSING_COLUMN,
                    String.join(", ", spec.missing(closest)))));
        } else {
            sink.reject(RowProblem.ofFile(Message.of(charset.equals(TextSniffer.WINDOWS_1251)
                    ? FileProblemKind.NO_HEADER_WINDOWS_1251 : FileProblemKind.NO_HEADER, HEADER_SEARCH_LINES,
                    spec.describeRequired())));
        }
        return Optional.empty();
    }

    public HeaderIndex header() {
        return header;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The decimal mark numbers of this table are taken to have: a point beside a comma delimiter, else a comma. */
    public LocaleNumber.DecimalMark decimalMark() {
        return delimiter == ',' ? LocaleNumber.DecimalMark.POINT : LocaleNumber.DecimalMark.COMMA;
    }

    public Charset charset() {
        return charset;
    }

    /** The next data row, or null at the end of the file. */
    public TableRow next() throws IOException {
        DelimitedTextReader.TextRecord record;
        while ((record = reader.nextRecord(delimiter)) != null) {
            List<String> fields = record.fields();
            if (record.isBlank() || isComment(record)) {
                continue;
            }
            if (isTotals(fields)) {
                continue;
            }
            if (record.contains('\uFFFD')) {
                sink.reject(new RowProblem(record.line(), null, Message.of(FileProblemKind.UNDECODABLE_BYTES,
                        charset.displayName())));
                continue;
            }
            if (record.unclosedQuote()) {
                sink.reject(new RowProblem(record.line(), null, Message.of(FileProblemKind.UNCLOSED_QUOTE)));
                continue;
            }
            if (fields.size() == header.size() + 1 && fields.get(fields.size() - 1).isBlank()) {
                fields = fields.subList(0, header.size());
            }
            if (fields.size() != header.size()) {
                sink.reject(new RowProblem(record.line(), null, fieldCountProblem(record, fields.size())));
                continue;
            }
            return TableRow.of(record.line(), fields, header);
        }
        return null;
    }

    /**
     * A {@code #} line that does not have the table's shape is a comment (GA4 writes a comment block before each
     * table); a full row whose first value starts with {@code #} is data (the Fivetran Google Ads sample has an id
     * "#ERROR!").
     */
    private boolean isComment(DelimitedTextReader.TextRecord record) {
        return record.startsWith('#') && record.fields().size() != header.size();
    }

    /** Whether the first value of the row that is not blank is a totals label. */
    private static boolean isTotals(List<String> fields) {
        for (String field : fields) {
            if (!field.isBlank()) {
                return Cells.isTotalsLabel(field);
            }
        }
        return false;
    }

    private Message fieldCountProblem(DelimitedTextReader.TextRecord record, int found) {
        for (char other : DelimitedTextReader.CANDIDATE_DELIMITERS) {
            if (other != delimiter && DelimitedTextReader.split(record.raw(), other).size() == header.size()) {
                return Message.of(FileProblemKind.MIXED_DELIMITERS, separatedBy(delimiter), separatedBy(other));
            }
        }
        if (found < header.size()) {
            return Message.of(FileProblemKind.TRUNCATED_LINE, found, header.size());
        }
        return Message.of(FileProblemKind.TOO_MANY_FIELDS, found, header.size(), containing(delimiter));
    }

    /** "Separated by tabs" / «разделён табуляцией»: the delimiter's name in each language. */
    static Message separatedBy(char delimiter) {
        return switch (delimiter) {
            case '\t' -> Message.of(DelimiterWords.SEPARATED_BY_TABS);
            case ';' -> Message.of(DelimiterWords.SEPARATED_BY_SEMICOLONS);
            case ',' -> Message.of(DelimiterWords.SEPARATED_BY_COMMAS);
            default -> Message.of(DelimiterWords.SEPARATED_BY_OTHER, delimiter);
        };
    }

    /** "A value containing a comma" / «значение с запятой внутри». */
    static Message containing(char delimiter) {
        return switch (delimiter) {
            case '\t' -> Message.of(DelimiterWords.CONTAINING_TAB);
            case ';' -> Message.of(DelimiterWords.CONTAINING_SEMICOLON);
            case ',' -> Message.of(DelimiterWords.CONTAINING_COMMA);
            default -> Message.of(DelimiterWords.CONTAINING_OTHER, delimiter);
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

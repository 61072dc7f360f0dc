package com.kpipulse.adapters.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text (CSV, semicolon CSV, TSV) from a character stream, one physical line or one record at a time.
 * A record follows RFC 4180 quoting: a field in double quotes may hold the delimiter, doubled quotes and line breaks.
 * Line numbers are 1-based physical lines; a record reports the line it starts on.
 * <p>
 * The text is read in large blocks into a buffer and scanned there: files of millions of rows spend their time in
 * this loop. A record without any double quote (nearly all of them) is cut into fields straight from the buffer;
 * anything else is read character by character by the full quoting rules. Cells that repeat from row to row (dates,
 * channel and campaign names) come out as the same {@code String} instance, see {@link RepeatedCells}.
 */
public final class DelimitedTextReader implements Closeable {

    /** Delimiters tried, in order of preference, when the header line is sniffed. */
    public static final List<Character> CANDIDATE_DELIMITERS = List.of(';', '\t', ',');

    static final int BUFFER_CHARS = 64 * 1024;

    private final Reader reader;
    private final char[] buffer = new char[BUFFER_CHARS];
    private final RepeatedCells repeated = new RepeatedCells();
    private int position;
    private int limit;
    private boolean endOfInput;
    private long nextLine = 1;
    private int lastFieldCount = 8;

    public DelimitedTextReader(Reader reader) {
        this.reader = reader;
    }

    /** One physical line without its terminator. */
    public record TextLine(long number, String text) {
    }

    /**
     * One record: its fields, the raw text it was read from (for diagnostics), and whether a quote was left open at the
     * end of the input.
     */
    public static final class TextRecord {

        private final long line;
        private final List<String> fields;
        private final boolean unclosedQuote;
        private final char delimiter;
        private String raw;

        TextRecord(long line, List<String> fields, String raw, boolean unclosedQuote, char delimiter) {
            this.line = line;
            this.fields = fields;
            this.raw = raw;
            this.unclosedQuote = unclosedQuote;
            this.delimiter = delimiter;
        }

        public long line() {
            return line;
        }

        public List<String> fields() {
            return fields;
        }

        public boolean unclosedQuote() {
            return unclosedQuote;
        }

        /**
         * The text the record was read from, without its line break. A record without quotes keeps no copy of it: its
         * text is exactly its fields joined by the delimiter, rebuilt here when a message needs it.
         */
        public String raw() {
            if (raw == null) {
                raw = String.join(String.valueOf(delimiter), fields);
            }
            return raw;
        }

        /** Whether the raw text starts with {@code c}. */
        public boolean startsWith(char c) {
            String text = raw != null ? raw : fields.get(0);
            return !text.isEmpty() && text.charAt(0) == c;
        }

        /** Whether the raw text holds {@code c} (a delimiter never is one). */
        public boolean contains(char c) {
            if (raw != null) {
                return raw.indexOf(c) >= 0;
            }
            for (String field : fields) {
                if (field.indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }

        public boolean isBlank() {
            for (String field : fields) {
                if (!field.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The next physical line, or null at the end of the input. */
    public TextLine nextLine() throws IOException {
        if (!hasMore()) {
            return null;
        }
        long number = nextLine;
        StringBuilder spill = null;
        while (true) {
            int start = position;
            int end = lineEnd(start);
            if (end < limit) {
                String text = spill == null ? new String(buffer, start, end - start)
                        : spill.append(buffer, start, end - start).toString();
                position = end + 1;
                consumeLineEnd(buffer[end]);
                return new TextLine(number, text);
            }
            // the line goes on past the buffer: keep what we have and read on
            if (spill == null) {
                spill = new StringBuilder();
            }
            spill.append(buffer, start, end - start);
            position = limit;
            if (!fill()) {
                return new TextLine(number, spill.toString());
            }
        }
    }

    private int lineEnd(int from) {
        int i = from;
        while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
            i++;
        }
        return i;
    }

    /** The next record split on {@code delimiter}, or null at the end of the input. */
    public TextRecord nextRecord(char delimiter) throws IOException {
        if (!hasMore()) {
            return null;
        }
        TextRecord plain = plainRecord(delimiter);
        return plain != null ? plain : quotedRecord(delimiter);
    }

    /**
     * The fast path: a record with no double quote, cut into fields where it lies in the buffer. Null, with nothing
     * consumed, when the record has a quote or does not fit in the buffer; the full rules then read it.
     */
    private TextRecord plainRecord(char delimiter) throws IOException {
        while (true) {
            List<String> fields = new ArrayList<>(lastFieldCount);
            int fieldStart = position;
            for (int i = position; i < limit; i++) {
                char c = buffer[i];
                if (c == delimiter) {
                    fields.add(repeated.cell(fields.size(), buffer, fieldStart, i));
                    fieldStart = i + 1;
                } else if (c == '\n' || c == '\r') {
                    fields.add(repeated.cell(fields.size(), buffer, fieldStart, i));
                    long start = nextLine;
                    position = i + 1;
                    consumeLineEnd(c);
                    return plain(start, fields, delimiter);
                } else if (c == '"') {
                    return null;
                }
            }
            if (endOfInput) {
                // the last record of a file without a final line break
                fields.add(repeated.cell(fields.size(), buffer, fieldStart, limit));
                position = limit;
                return plain(nextLine, fields, delimiter);
            }
            if (!moreAfterUnread() && !endOfInput) {
                return null;
            }
            // scans the record again from its start, which moved to the front of the buffer
        }
    }

    private TextRecord plain(long start, List<String> fields, char delimiter) {
        lastFieldCount = fields.size();
        return new TextRecord(start, fields, null, false, delimiter);
    }

    /** A record read character by character: quoted fields, doubled quotes, line breaks inside quotes. */
    private TextRecord quotedRecord(char delimiter) throws IOException {
        int c = read();
        long start = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return new TextRecord(start, fields, raw.toString(), quoted, delimiter);
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        position++;
                        field.append('"');
                        raw.append("\"\"");
                    } else {
                        quoted = false;
                        raw.append('"');
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        countLine(c);
                    }
                    field.append((char) c);
                    raw.append((char) c);
                }
            } else if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
                fields.add(field.toString());
                return new TextRecord(start, fields, raw.toString(), false, delimiter);
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                raw.append((char) c);
            } else if (c == '"' && !fieldStarted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldStarted = true;
                raw.append('"');
            } else {
                field.append((char) c);
                raw.append((char) c);
                if (c != ' ') {
                    fieldStarted = true;
                }
            }
            c = read();
        }
    }

    /** Splits one line on {@code delimiter}, honouring quotes within the line. */
    public static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private boolean hasMore() throws IOException {
        return position < limit || fill();
    }

    private int read() throws IOException {
        return hasMore() ? buffer[position++] : -1;
    }

    /** The next character without consuming it, or -1 at the end of the input. */
    private int peek() throws IOException {
        return hasMore() ? buffer[position] : -1;
    }

    /** Replaces the consumed buffer with the next block of text; false at the end of the input. */
    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        return moreAfterUnread();
    }

    /**
     * Moves the unread characters to the front of the buffer and reads more after them. False when nothing more came:
     * at the end of the input ({@link #endOfInput}) or when the unread characters already fill the buffer.
     */
    private boolean moreAfterUnread() throws IOException {
        int unread = limit - position;
        if (unread == buffer.length || endOfInput) {
            return false;
        }
        System.arraycopy(buffer, position, buffer, 0, unread);
        position = 0;
        limit = unread;
        int read;
        do {
            read = reader.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** Counts the line break {@code c} just consumed; a CR LF pair counts once. */
    private void consumeLineEnd(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        if (c != -1) {
            nextLine++;
        }
    }

    /** Counts a line break inside a quoted field; a CR LF pair counts once (the LF is then read as part of it). */
    private void countLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            return;
        }
        nextLine++;
    }
}

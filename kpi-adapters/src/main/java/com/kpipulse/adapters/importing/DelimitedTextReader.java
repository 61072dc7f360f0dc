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
 */
public final class DelimitedTextReader implements Closeable {

    /** Delimiters tried, in order of preference, when the header line is sniffed. */
    public static final List<Character> CANDIDATE_DELIMITERS = List.of(';', '\t', ',');

    private final Reader reader;
    private long nextLine = 1;
    private int pushedBack = -2;

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
    public record TextRecord(long line, List<String> fields, String raw, boolean unclosedQuote) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The next physical line, or null at the end of the input. */
    public TextLine nextLine() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long number = nextLine;
        StringBuilder text = new StringBuilder();
        while (c != -1 && c != '\n' && c != '\r') {
            text.append((char) c);
            c = read();
        }
        consumeLineEnd(c);
        return new TextLine(number, text.toString());
    }

    /** The next record split on {@code delimiter}, or null at the end of the input. */
    public TextRecord nextRecord(char delimiter) throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        long start = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (c == -1) {
                fields.add(field.toString());
                return new TextRecord(start, fields, raw.toString(), quoted);
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                        raw.append("\"\"");
                    } else {
                        quoted = false;
                        raw.append('"');
                        c = next;
                        continue;
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
                return new TextRecord(start, fields, raw.toString(), false);
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

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    private void consumeLineEnd(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
        if (c != -1) {
            nextLine++;
        }
    }

    /** Counts a line break inside a quoted field; a CR LF pair counts once. */
    private void countLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next == '\n') {
                pushedBack = next;
                return;
            }
            pushedBack = next;
        }
        nextLine++;
    }
}

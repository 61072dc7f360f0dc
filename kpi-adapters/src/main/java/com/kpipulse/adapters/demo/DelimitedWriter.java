package com.kpipulse.adapters.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes a CSV or TSV report line by line, the way the exporting system spells it: a comma-separated file uses a
 * decimal point, a semicolon-separated one (Russian Excel, 1C) a decimal comma and dates as {@code dd.MM.yyyy}.
 */
final class DelimitedWriter implements Closeable {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final BufferedWriter out;
    private final char delimiter;

    private DelimitedWriter(BufferedWriter out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    static DelimitedWriter create(Path file, char delimiter) throws IOException {
        return new DelimitedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), delimiter);
    }

    /** One line; cells are strings or numbers already formatted with {@link #money} or {@link #date}. */
    DelimitedWriter line(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            String cell = cells[i] == null ? "" : cells[i].toString();
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0;
            out.write(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.write('\n');
        return this;
    }

    String money(long kopecks) {
        String plain = BigDecimal.valueOf(kopecks, 2).toPlainString();
        return delimiter == ';' ? plain.replace('.', ',') : plain;
    }

    String date(LocalDate day) {
        return delimiter == ';' ? RUSSIAN_DATE.format(day) : day.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

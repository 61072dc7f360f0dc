package com.kpipulse.adapters.importing;

import org.junit.jupiter.api.Test;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader scans large blocks of text: records and lines that cross from one block into the next, or are longer
 * than a block, must come out exactly as written, with their line numbers, whatever size the underlying reader hands
 * out at a time.
 */
class DelimitedTextIsReadInBlocksTest {

    private record Expected(long line, List<String> fields, String raw) {
    }

    /** A file of many records: plain ones, quoted ones holding a delimiter, a line break and quotes, blank lines. */
    private static final class File {
        final StringBuilder text = new StringBuilder();
        final List<Expected> records = new ArrayList<>();
        private long line = 1;

        File(int count) {
            for (int i = 0; i < count; i++) {
                List<String> fields = new ArrayList<>();
                String raw;
                int breaksInside = 0;
                if (isBlank(i, count)) {
                    fields.add("");
                    raw = "";
                } else {
                    fields.add("2024-06-%02d".formatted(1 + i % 28));
                    fields.add("bench_" + i % 20);
                    fields.add(Integer.toString(i * 7 % 10007));
                    raw = String.join(",", fields);
                    if (i % 97 == 0) {
                        fields.add("a,b\r\nc \"q\"");
                        raw += ",\"a,b\r\nc \"\"q\"\"\"";
                        breaksInside = 1;
                    }
                }
                records.add(new Expected(line, fields, raw));
                text.append(raw);
                if (i < count - 1) {
                    // a lone CR before a blank line would read as one CR LF break
                    text.append(i % 11 == 0 && !isBlank(i + 1, count) ? "\r" : i % 3 == 0 ? "\r\n" : "\n");
                }
                line += breaksInside + 1;
            }
        }

        /** Some lines are blank, never the last: a blank last line is no record at all. */
        private static boolean isBlank(int i, int count) {
            return i % 500 == 499 && i < count - 1;
        }
    }

    @Test
    void recordsCrossingBlocksComeOutWholeWithTheirLineNumbers() throws IOException {
        File file = new File(60_000);

        assertThat(readAll(new StringReader(file.text.toString()))).isEqualTo(file.records);
        assertThat(readAll(trickle(file.text.toString()))).isEqualTo(file.records);
    }

    @Test
    void aRecordLongerThanABlockIsReadWhole() throws IOException {
        String longCell = "x".repeat(3 * DelimitedTextReader.BUFFER_CHARS + 17);
        String text = "2024-06-01," + longCell + ",5\n2024-06-02,\"" + longCell + ";\"\"\",6\n2024-06-03,b,7";

        for (Reader reader : List.of(new StringReader(text), trickle(text))) {
            List<Expected> records = readAll(reader);

            assertThat(records).extracting(Expected::fields).containsExactly(
                    List.of("2024-06-01", longCell, "5"),
                    List.of("2024-06-02", longCell + ";\"", "6"),
                    List.of("2024-06-03", "b", "7"));
            assertThat(records).extracting(Expected::line).containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void linesAreReadAcrossBlocksAndPastABlockLong() throws IOException {
        String longLine = "y".repeat(2 * DelimitedTextReader.BUFFER_CHARS + 5);
        File file = new File(20_000);
        String text = longLine + "\r\n" + file.text + "\n\nlast";

        try (DelimitedTextReader reader = new DelimitedTextReader(trickle(text))) {
            List<DelimitedTextReader.TextLine> lines = new ArrayList<>();
            for (DelimitedTextReader.TextLine line = reader.nextLine(); line != null; line = reader.nextLine()) {
                lines.add(line);
            }

            List<String> expected = text.lines().toList();
            assertThat(lines).extracting(DelimitedTextReader.TextLine::text).isEqualTo(expected);
            assertThat(lines).extracting(DelimitedTextReader.TextLine::number)
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, expected.size()).boxed().toList());
        }
    }

    @Test
    void aCellRepeatedDownAColumnIsOneStringAndOtherCellsAreReadAsWritten() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("2024-06-01,bench_").append(i % 20).append(',').append(i).append('\n');
        }

        try (DelimitedTextReader reader = new DelimitedTextReader(trickle(text.toString()))) {
            List<List<String>> rows = new ArrayList<>();
            for (var record = reader.nextRecord(','); record != null; record = reader.nextRecord(',')) {
                rows.add(record.fields());
            }

            assertThat(rows).hasSize(20_000);
            assertThat(rows.get(19_999).get(0)).isSameAs(rows.get(0).get(0));
            assertThat(rows.get(19_999).get(1)).isEqualTo("bench_19").isSameAs(rows.get(19).get(1));
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).get(2)).isEqualTo(Integer.toString(i));
            }
        }
    }

    private static List<Expected> readAll(Reader text) throws IOException {
        List<Expected> records = new ArrayList<>();
        try (DelimitedTextReader reader = new DelimitedTextReader(text)) {
            for (var record = reader.nextRecord(','); record != null; record = reader.nextRecord(',')) {
                records.add(new Expected(record.line(), List.copyOf(record.fields()), record.raw()));
            }
        }
        return records;
    }

    /** A reader that hands out the text in uneven small pieces, as a network stream may. */
    private static Reader trickle(String text) {
        return new FilterReader(new StringReader(text)) {
            private int turn;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1 + (turn++ * 7919) % 5000));
            }
        };
    }
}

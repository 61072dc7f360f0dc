package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MetricaLogsTsvPresetAggregatesVisitsWhileStreamingTest {

    private final MetricaLogsTsvPreset preset = new MetricaLogsTsvPreset();

    @Test
    void countsVisitsGoalReachesPurchasesAndRevenuePerDayAndSource() {
        RecordingSink sink = Presets.read(preset, "metrica-logs-tsv/visits.tsv", Map.of(), Map.of("currency", "RUB"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::periodStart, ObservationRow::source,
                ObservationRow::value).containsExactly(
                tuple("visits", LocalDate.of(2024, 6, 1), "ad / yandex / cpc", new BigDecimal("2")),
                tuple("session_seconds", LocalDate.of(2024, 6, 1), "ad / yandex / cpc", new BigDecimal("150")),
                tuple("target_actions", LocalDate.of(2024, 6, 1), "ad / yandex / cpc", new BigDecimal("2")),
                tuple("orders", LocalDate.of(2024, 6, 1), "ad / yandex / cpc", new BigDecimal("0")),
                tuple("revenue", LocalDate.of(2024, 6, 1), "ad / yandex / cpc", new BigDecimal("0")),
                tuple("visits", LocalDate.of(2024, 6, 1), "organic", new BigDecimal("1")),
                tuple("session_seconds", LocalDate.of(2024, 6, 1), "organic", new BigDecimal("300")),
                tuple("target_actions", LocalDate.of(2024, 6, 1), "organic", new BigDecimal("1")),
                tuple("orders", LocalDate.of(2024, 6, 1), "organic", new BigDecimal("1")),
                tuple("revenue", LocalDate.of(2024, 6, 1), "organic", new BigDecimal("4500.5")),
                tuple("visits", LocalDate.of(2024, 6, 2), "ad / yandex / cpc", new BigDecimal("1")),
                tuple("session_seconds", LocalDate.of(2024, 6, 2), "ad / yandex / cpc", new BigDecimal("15")),
                tuple("target_actions", LocalDate.of(2024, 6, 2), "ad / yandex / cpc", new BigDecimal("1")),
                tuple("orders", LocalDate.of(2024, 6, 2), "ad / yandex / cpc", new BigDecimal("2")),
                tuple("revenue", LocalDate.of(2024, 6, 2), "ad / yandex / cpc", new BigDecimal("1250.25")));
        assertThat(sink.rows.get(0)).isEqualTo(new ObservationRow(2, "visits", LocalDate.of(2024, 6, 1), Grain.DAY,
                null, "brand", "ad / yandex / cpc", new BigDecimal("2"), null));
    }

    @Test
    void countsOnlyTheChosenGoals() {
        RecordingSink sink = Presets.read(preset, "metrica-logs-tsv/visits.tsv", Map.of(),
                Map.of("currency", "RUB", "goals", "269913316"));

        assertThat(sink.rows("target_actions")).extracting(r -> r.value().intValue()).containsExactly(0, 1, 0);
    }

    @Test
    void aBrokenArrayIsReportedOnItsLine() {
        RecordingSink sink = Presets.readText(preset, "ym:s:date\tym:s:goalsID\n2024-06-01\t[1,2\n2024-06-01\t[3]\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("ym:s:goalsID");
            assertThat(p.message().english()).contains("is not an array");
        });
        assertThat(sink.rows("visits")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualByComparingTo("1"));
    }

    @Test
    void threeHundredThousandGeneratedVisitsAreSummedIntoDaysAndSources() {
        int lines = 300_000;
        InputStream generated = new GeneratedVisits(lines);

        // how fast is for the import benchmark (docs/benchmarks.md); here: a large log streams through to day sums
        RecordingSink sink = Presets.read(preset, new ImportInput("visits.tsv", generated, Map.of(), Map.of(), Presets.COMPANY));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows("visits").stream().mapToInt(r -> r.value().intValue()).sum()).isEqualTo(lines);
        assertThat(sink.rows("visits")).hasSize(30 * 3);
    }

    /** Produces a Logs API file line by line; the whole file never exists in memory. */
    private static final class GeneratedVisits extends InputStream {

        private static final String[] SOURCES = {"ad", "organic", "direct"};
        private final int lines;
        private int produced = -1;
        private byte[] current = "ym:s:visitID\tym:s:date\tym:s:lastTrafficSource\tym:s:visitDuration\tym:s:goalsID\n"
                .getBytes(StandardCharsets.UTF_8);
        private int position;

        GeneratedVisits(int lines) {
            this.lines = lines;
        }

        @Override
        public int read() {
            if (position == current.length && !advance()) {
                return -1;
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (position == current.length && !advance()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        private boolean advance() {
            produced++;
            if (produced >= lines) {
                return false;
            }
            LocalDate day = LocalDate.of(2024, 6, 1).plusDays(produced % 30);
            current = (produced + "\t" + day + "\t" + SOURCES[produced / 30 % 3] + "\t" + (produced % 600) + "\t["
                    + (produced % 7 == 0 ? "42" : "") + "]\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }
}

package com.kpipulse.web.benchmark;

import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.measure.Written;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.TestChannels;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import throughput: the real pipeline (generic preset → checks → direct load, raw file kept) against a raw
 * {@code psql \copy} of the same rows into the same database, in one run: a million rows of new keys, then a
 * re-delivery of them (issue 17: the same million keys with 1 % of the values changed and 10,000 new keys, a rolling
 * window's ten more days), each between two bare copies of its own file. Not part of {@code ./kpi test}; run it with
 * {@code ./kpi bench}. Results go to the console and to {@code target/benchmarks/import.md}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportThroughputBenchmark {

    private static final int CHANNELS = 20;
    private static final int CAMPAIGNS = 50;
    private static final Map<String, String> MAPPING = Map.of("date", "date", "channel", "channel",
            "campaign", "campaign", "visits", "visits");

    @Inject
    ImportObservations imports;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void pipelineAgainstRawCopy() throws Exception {
        int rows = Integer.getInteger("kpi.bench.rows", 1_000_000);
        // the file's channels are channels of the catalog, as an import asks since the catalog is editable
        TestChannels.register(dataSource, IntStream.range(0, CHANNELS).mapToObj(c -> "bench_" + c)
                .toArray(String[]::new));
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        Path small = generate(dir.resolve("observations-small.csv"), rows / 4);
        Path large = generate(dir.resolve("observations.csv"), rows);
        Path again = generateAgain(dir.resolve("observations-again.csv"), rows);
        List<String> lines = new ArrayList<>();
        lines.add("| run | rows | seconds | rows/s | CPU seconds: client / database (of which not its sessions)"
                + " | peak heap used (MB) |");
        lines.add("|---|---:|---:|---:|---:|---:|");

        clean();
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            pipeline(small, "warm-up");                 // JIT and connection pool warm-up, not reported
            clean();
        }
        Result smallRun = pipeline(small, "pipeline, new keys");
        Result redelivery = pipeline(small, "pipeline, same file again (nothing changed)");
        clean();
        Result copy = rawCopy(large, "bench_copy", BARE_TABLE);
        Result largeRun = pipeline(large, "pipeline, new keys");
        Result secondCopy = rawCopy(large, "bench_copy", BARE_TABLE);
        Result againCopy = rawCopy(again, "bench_copy", BARE_TABLE);
        Result againRun = pipeline(again, "pipeline, re-delivery: 1 % changed, 1 % new keys");
        Result againSecondCopy = rawCopy(again, "bench_copy", BARE_TABLE);
        clean();

        for (Result result : List.of(smallRun, redelivery, largeRun, copy, secondCopy, againRun, againCopy,
                againSecondCopy)) {
            lines.add(result.row());
        }
        double reference = (copy.rowsPerSecond() + secondCopy.rowsPerSecond()) / 2;
        double againReference = (againCopy.rowsPerSecond() + againSecondCopy.rowsPerSecond()) / 2;
        lines.add("");
        lines.add(String.format(Locale.ROOT, "New keys at %.0f %% of raw COPY into a bare table (the mean of the two"
                        + " copies around it); peak heap %d MB for %,d rows vs %d MB for %,d rows.",
                largeRun.rowsPerSecond() / reference * 100, largeRun.peakHeapMb, rows, smallRun.peakHeapMb, rows / 4));
        lines.add(String.format(Locale.ROOT, "Re-delivery at %.0f %% of raw COPY of its file (the mean of the two"
                        + " copies around it): %s; peak heap %d MB.", againRun.rowsPerSecond() / againReference * 100,
                againRun.written.map(w -> String.format(Locale.ROOT, "%,d values added, %,d replaced, %,d unchanged",
                        w.added(), w.replaced(), w.unchanged())).orElse("nothing written"), againRun.peakHeapMb));
        lines.add("");
        lines.add("The database's CPU not of its sessions is its checkpointer, WAL and background writers, autovacuum,"
                + " and processes that ended meanwhile (for psql's runs, the backend that served it).");
        lines.add("JVM: " + BenchmarkJvm.describe() + ".");
        Files.write(dir.resolve("import.md"), lines);
        lines.forEach(System.out::println);
        assertThat(largeRun.rows).isEqualTo(rows);
        assertThat(againRun.written).contains(new Written(rows / 100, rows / 100, rows - rows / 100));
    }

    private static final String BARE_TABLE = "create table bench_copy (period_start date, channel text, campaign text,"
            + " value numeric)";

    private Result pipeline(Path file, String name) throws InterruptedException {
        HeapSampler heap = HeapSampler.start();
        CpuClock cpu = CpuClock.start();
        long started = System.nanoTime();
        ImportReport report = imports.importFile(new ImportCommand("generic", ImportContent.ofFile(file.getFileName().toString(), file),
                MAPPING, Map.of(), false, "benchmark"));
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuClock.Seconds used = cpu.stop();
        long peak = heap.stop();
        assertThat(report.status()).as("%s", report.errors()).isEqualTo(ImportStatus.COMMITTED);
        return new Result(name + " (" + file.getFileName() + ")", report.observations(), seconds, used, peak,
                report.written());
    }

    /** {@code psql \copy} when psql is installed (as on the reference machines), else the same COPY through PgJDBC. */
    private Result rawCopy(Path file, String table, String create) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + table);
            statement.execute(create);
        }
        long rows;
        String how;
        CpuClock cpu = CpuClock.start();
        long started = System.nanoTime();
        Path psql = Path.of("/usr/bin/psql");
        if (Files.isExecutable(psql)) {
            String url = jdbcUrl.replace("jdbc:postgresql://", "postgresql://kpi:kpi@");
            Process process = new ProcessBuilder(psql.toString(), url, "-v", "ON_ERROR_STOP=1", "-c",
                    "\\copy " + table + " (period_start, channel, campaign, value) from '" + file.toAbsolutePath()
                            + "' with (format csv, header true)")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
            rows = Long.parseLong(output.replaceAll("\\D", ""));
            how = "psql \\copy";
        } else {
            try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(file)) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy " + table + " (period_start, channel, campaign, value) from stdin with (format csv, header true)", reader);
            }
            how = "PgJDBC COPY (psql not installed)";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuClock.Seconds used = cpu.stop();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table " + table);
        }
        return new Result(how + " into " + table + " (" + file.getFileName() + ")", rows, seconds, used, -1, Optional.empty());
    }

    private void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value v using observation_series s where s.id = v.series_id"
                    + " and s.source_system = 'generic' and s.channel like 'bench_%'");
            statement.execute("select lo_unlink(content) from import_raw r join import_batch b on b.id = r.batch_id"
                    + " where b.imported_by = 'benchmark'");
            statement.execute("delete from import_batch where imported_by = 'benchmark'");
            statement.execute("vacuum analyze observation_value");
        }
    }

    private static Path generate(Path file, int rows) throws IOException {
        return generate(file, rows / (CHANNELS * CAMPAIGNS), false);
    }

    /**
     * The file of {@link #generate} delivered again as a rolling window is: its keys with one value in a hundred
     * changed (the 51st campaign row of every 100), and 1 % more rows of new keys (the days after its last).
     */
    private static Path generateAgain(Path file, int rows) throws IOException {
        return generate(file, rows / (CHANNELS * CAMPAIGNS) + rows / 100 / (CHANNELS * CAMPAIGNS), true);
    }

    private static Path generate(Path file, int days, boolean corrected) throws IOException {
        LocalDate first = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,channel,campaign,visits\n");
            for (int day = 0; day < days; day++) {
                String date = first.plusDays(day).toString();
                for (int channel = 0; channel < CHANNELS; channel++) {
                    for (int campaign = 0; campaign < CAMPAIGNS; campaign++) {
                        int value = (day * 7 + channel * 13 + campaign) % 1000;
                        if (corrected && (channel * CAMPAIGNS + campaign) % 100 == 50) {
                            value += 1000;
                        }
                        out.write(date + ",bench_" + channel + ",Campaign " + campaign + "," + value + "\n");
                    }
                }
            }
        }
        return file;
    }

    private record Result(String name, long rows, double seconds, CpuClock.Seconds cpu, long peakHeapMb,
                          Optional<Written> written) {
        double rowsPerSecond() {
            return rows / seconds;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.2f / %s | %s |", name, rows, seconds,
                    rowsPerSecond(), cpu.client(), cpu.server() < 0 ? "n/a" : String.format(Locale.ROOT,
                            "%.2f (%.2f)", cpu.server(), cpu.rest()),
                    peakHeapMb < 0 ? "n/a (other process)" : Long.toString(peakHeapMb));
        }
    }
}

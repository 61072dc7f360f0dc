package com.kpipulse.web.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.kpipulse.adapters.demo.DemoCompany;
import com.kpipulse.adapters.demo.DemoFile;
import com.kpipulse.adapters.importing.AmoCrmLeadsJsonPreset;
import com.kpipulse.adapters.importing.GenericPreset;
import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.TestChannels;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files people actually have (issue 17): an XLSX sheet through the generic preset beside the same rows as CSV, and
 * the demo's two-year amoCRM export (about 40 MB of JSON) through its preset beside a bare Jackson streaming pass
 * over the same bytes, each measured in one run beside its reference. Reading is timed into a counting sink (the
 * part the file format decides); the whole import through the pipeline into the test database as well. Not part of
 * {@code ./kpi test}; run it with {@code ./kpi bench}. Results go to the console and to
 * {@code target/benchmarks/files.md}.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FileFormatsBenchmark {

    private static final int CHANNELS = 20;
    private static final int CAMPAIGNS = 50;
    private static final Map<String, String> MAPPING = Map.of("date", "date", "channel", "channel",
            "campaign", "campaign", "visits", "visits");
    private static final Map<String, String> AMO_OPTIONS = Map.of("currency", "RUB", "timezone", "Europe/Moscow");
    private static final ImportInput.Company COMPANY = new ImportInput.Company(LocalDate.now(), "RUB",
            ZoneId.of("Europe/Moscow"));
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Each figure is the best of this many runs, the runs of a figure and of its reference taken in turn. */
    private static final int REPEATS = Integer.getInteger("kpi.bench.repeats", 3);

    @Inject
    ImportObservations imports;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void xlsxBesideCsvAndAmoCrmJsonBesideABareStreamingPass() throws Exception {
        int rows = Integer.getInteger("kpi.bench.fileRows", 200_000);
        Path dir = Files.createDirectories(Path.of("target", "benchmarks", "files"));
        Path smallCsv = csv(dir.resolve("sheet-small.csv"), rows / 4);
        Path smallXlsx = xlsx(dir.resolve("sheet-small.xlsx"), rows / 4);
        Path csv = csv(dir.resolve("sheet.csv"), rows);
        Path xlsx = xlsx(dir.resolve("sheet.xlsx"), rows);
        Path amo = amoCrm(dir.resolve("demo"));
        TestChannels.register(dataSource, java.util.stream.IntStream.range(0, CHANNELS).mapToObj(c -> "bench_" + c)
                .toArray(String[]::new));

        List<String> lines = new ArrayList<>();
        lines.add("| run | file | MB | values out (tokens for the bare pass) | seconds (best of " + REPEATS + ") | CPU seconds of that run | allocated MB | peak heap used (MB) |");
        lines.add("|---|---|---:|---:|---:|---:|---:|---:|");

        GenericPreset generic = new GenericPreset();
        read(generic, csv, MAPPING, Map.of());                  // warm-up, not reported
        read(generic, xlsx, MAPPING, Map.of());
        read(new AmoCrmLeadsJsonPreset(), amo, Map.of(), AMO_OPTIONS);
        bareJackson(amo);

        Result[] sheets = best(
                () -> read(generic, smallCsv, MAPPING, Map.of()).named("read, generic preset, CSV"),
                () -> read(generic, smallXlsx, MAPPING, Map.of()).named("read, generic preset, XLSX"),
                () -> read(generic, csv, MAPPING, Map.of()).named("read, generic preset, CSV"),
                () -> read(generic, xlsx, MAPPING, Map.of()).named("read, generic preset, XLSX"),
                () -> bareSheet(xlsx).named("bare inflating of the sheet XML (the reader's floor; bytes)"));
        long[] liveMidway = {
                liveHeapMidway(generic, smallCsv), liveHeapMidway(generic, smallXlsx),
                liveHeapMidway(generic, csv), liveHeapMidway(generic, xlsx)};
        clean();
        Result[] sheetImports = best(
                () -> importFile("generic", csv, MAPPING, Map.of()).named("import, generic preset, CSV"),
                () -> importFile("generic", xlsx, MAPPING, Map.of()).named("import, generic preset, XLSX"));
        Result[] json = best(
                () -> bareJackson(amo).named("bare Jackson streaming pass (reference)"),
                () -> read(new AmoCrmLeadsJsonPreset(), amo, Map.of(), AMO_OPTIONS).named("read, amoCRM preset"),
                () -> importFile("amocrm-leads-json", amo, Map.of(), AMO_OPTIONS).named("import, amoCRM preset"));
        clean();

        for (Result result : List.of(sheets)) {
            lines.add(result.row());
        }
        for (Result result : List.of(sheetImports)) {
            lines.add(result.row());
        }
        for (Result result : List.of(json)) {
            lines.add(result.row());
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "XLSX/CSV at %,d rows: reading %.1f×, importing %.1f× (target ≤ 2×);"
                        + " inflating the sheet alone takes %.0f %% of reading the XLSX."
                        + " Live heap halfway through the file (after a full collection there): CSV %d MB at %,d rows,"
                        + " %d MB at %,d rows; XLSX %d MB at %,d rows, %d MB at %,d rows.", rows,
                sheets[3].seconds / sheets[2].seconds, sheetImports[1].seconds / sheetImports[0].seconds,
                sheets[4].seconds / sheets[3].seconds * 100, liveMidway[0], rows / 4, liveMidway[2], rows,
                liveMidway[1], rows / 4, liveMidway[3], rows));
        lines.add(String.format(Locale.ROOT, "amoCRM %.1f MB: read %.2f s (%.1f× the bare pass), imported %.2f s"
                        + " (target ≤ 0.7 s). CPU of the reading thread: XLSX/CSV reading %.1f×, importing %.1f×;"
                        + " amoCRM read %.2f s, import %.2f s.", json[0].megabytes(), json[1].seconds,
                json[1].seconds / json[0].seconds, json[2].seconds, sheets[3].cpuSeconds / sheets[2].cpuSeconds,
                sheetImports[1].cpuSeconds / sheetImports[0].cpuSeconds, json[1].cpuSeconds, json[2].cpuSeconds));
        Files.write(dir.getParent().resolve("files.md"), lines);
        lines.forEach(System.out::println);
        assertThat(sheets[3].rows).isEqualTo(sheets[2].rows).isPositive();
        assertThat(json[1].rows).isPositive();
    }

    /** Runs each measurement {@link #REPEATS} times, in turn, and keeps the fastest run of each. */
    @SafeVarargs
    private static Result[] best(Callable<Result>... runs) throws Exception {
        Result[] best = new Result[runs.length];
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            for (int i = 0; i < runs.length; i++) {
                Result result = runs[i].call();
                if (best[i] == null || result.seconds < best[i].seconds) {
                    best[i] = result;
                }
            }
        }
        return best;
    }

    /** The preset reading the file into a sink that only counts: no checks, no store. */
    private static Result read(ImportPreset preset, Path file, Map<String, String> mapping,
                               Map<String, String> options) throws Exception {
        long[] counts = new long[2];
        RowSink sink = new RowSink() {
            @Override
            public void accept(ObservationRow row) {
                counts[0]++;
            }

            @Override
            public void reject(RowProblem problem) {
                counts[1]++;
            }
        };
        HeapSampler heap = HeapSampler.start();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            preset.read(new ImportInput(file.getFileName().toString(), in, mapping, options, COMPANY), sink);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        long bytes = THREADS.getCurrentThreadAllocatedBytes() - allocated;
        long peak = heap.stop();
        assertThat(counts[1]).as("problems reading %s", file).isZero();
        return new Result("", file, counts[0], seconds, cpuSeconds, bytes >> 20, peak);
    }

    /**
     * The heap still in use halfway through reading the file, after a full collection there: what the reader
     * holds while it reads (the peak heap of a timed run also counts garbage not yet collected). Flat memory means
     * the same figure for a file four times as long.
     */
    private static long liveHeapMidway(ImportPreset preset, Path file) throws Exception {
        long rows = read(preset, file, MAPPING, Map.of()).rows;
        long[] live = {-1};
        long[] seen = {0};
        RowSink sink = new RowSink() {
            @Override
            public void accept(ObservationRow row) {
                if (++seen[0] == rows / 2) {
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    live[0] = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
                }
            }

            @Override
            public void reject(RowProblem problem) {
            }
        };
        try (InputStream in = Files.newInputStream(file)) {
            preset.read(new ImportInput(file.getFileName().toString(), in, MAPPING, Map.of(), COMPANY), sink);
        }
        return live[0];
    }

    /** The reference: every token of the document, numbers and strings left unread, as Jackson streams it. */
    private static Result bareJackson(Path file) throws Exception {
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Result("", file, tokens, seconds, cpuSeconds,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) >> 20, -1);
    }

    /** The floor of any reader of the sheet: its XML inflated out of the ZIP, every byte, nothing made of them. */
    private static Result bareSheet(Path file) throws Exception {
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
             InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Result("", file, bytes, seconds, cpuSeconds,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) >> 20, -1);
    }

    /** The whole pipeline: preset, checks, direct load, raw file kept, batch recorded; the store cleaned after. */
    private Result importFile(String preset, Path file, Map<String, String> mapping, Map<String, String> options)
            throws Exception {
        HeapSampler heap = HeapSampler.start();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        ImportReport report = imports.importFile(new ImportCommand(preset,
                ImportContent.ofFile(file.getFileName().toString(), file), mapping, options, false, "benchmark"));
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        long peak = heap.stop();
        assertThat(report.status()).as("%s", report.errors()).isEqualTo(ImportStatus.COMMITTED);
        clean();
        return new Result("", file, report.observations(), seconds, cpuSeconds, -1, peak);
    }

    private void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation_value v using observation_series s where s.id = v.series_id"
                    + " and (s.source_system = 'generic' and s.channel like 'bench_%' or s.source_system = 'amocrm')");
            statement.execute("select lo_unlink(content) from import_raw r join import_batch b on b.id = r.batch_id"
                    + " where b.imported_by = 'benchmark'");
            statement.execute("delete from import_batch where imported_by = 'benchmark'");
        }
    }

    private static Path csv(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,channel,campaign,visits\n");
            for (int row = 0; row < rows; row++) {
                out.write(date(row) + "," + channel(row) + "," + campaign(row) + "," + visits(row) + "\n");
            }
        }
        return file;
    }

    /** The same rows as the CSV, as a spreadsheet program writes them: dates as date cells, numbers as numbers. */
    private static Path xlsx(Path file, int rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "KPI Pulse benchmark", "1.0");
            Worksheet sheet = workbook.newWorksheet("data");
            sheet.value(0, 0, "date");
            sheet.value(0, 1, "channel");
            sheet.value(0, 2, "campaign");
            sheet.value(0, 3, "visits");
            for (int row = 0; row < rows; row++) {
                sheet.value(row + 1, 0, date(row));
                sheet.style(row + 1, 0).format("yyyy-mm-dd").set();
                sheet.value(row + 1, 1, channel(row));
                sheet.value(row + 1, 2, campaign(row));
                sheet.value(row + 1, 3, visits(row));
                if (row % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static LocalDate date(int row) {
        return LocalDate.of(2024, 1, 1).plusDays(row / (CHANNELS * CAMPAIGNS));
    }

    private static String channel(int row) {
        return "bench_" + row / CAMPAIGNS % CHANNELS;
    }

    private static String campaign(int row) {
        return "Campaign " + row % CAMPAIGNS;
    }

    private static int visits(int row) {
        return row * 7 % 1000;
    }

    /** The demo company's amoCRM export, written by the same simulation as {@code ./kpi run}'s demo data. */
    private static Path amoCrm(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (DemoFile file : new DemoCompany(Clock.systemDefaultZone()).writeFiles(dir)) {
            if (!file.presetId().equals("amocrm-leads-json")) {
                Files.deleteIfExists(file.path());
            }
        }
        return dir.resolve("amocrm-leads.json");
    }

    /**
     * One measurement; {@code cpuSeconds} is the measuring thread's own CPU time, which other builds on a shared
     * machine do not inflate as they do the wall time (for an import it leaves out the database's work and the raw
     * file's compression on its own thread).
     */
    private record Result(String name, Path file, long rows, double seconds, double cpuSeconds, long allocatedMb,
                          long peakHeapMb) {

        Result named(String name) {
            return new Result(name, file, rows, seconds, cpuSeconds, allocatedMb, peakHeapMb);
        }

        double megabytes() {
            try {
                return Files.size(file) / 1e6;
            } catch (IOException e) {
                return -1;
            }
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %.1f | %,d | %.3f | %.3f | %s | %s |", name,
                    file.getFileName(), megabytes(), rows, seconds, cpuSeconds,
                    allocatedMb < 0 ? "n/a" : Long.toString(allocatedMb),
                    peakHeapMb < 0 ? "n/a" : Long.toString(peakHeapMb));
        }
    }
}

package com.kpipulse.localstack.drill;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16: the app is killed ({@code kill -9}) in the middle of a 1 M-row import. After the restart nothing of it is
 * visible, the batch shows as interrupted, and importing the file again succeeds with the right totals.
 * <p>
 * The kill comes while PostgreSQL reports the import's {@code COPY} into {@code observation_value} under way
 * ({@code pg_stat_progress_copy}) with a good part of the rows sent, so the values were being written when the
 * process died, not before or after.
 */
final class ImportKilledDrill implements FaultDrill {

    static final int ROWS = 1_000_000;
    private static final List<String> CHANNELS = List.of("yandex_direct", "vk_ads", "google_ads", "seo", "email");
    private static final int DAYS = 1_000;
    private static final int CAMPAIGNS = ROWS / (DAYS * CHANNELS.size());
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = FIRST_DAY.plusDays(DAYS - 1);
    /** The kill comes once this many rows went into the COPY: well inside the file. */
    private static final long KILL_AFTER_ROWS = 300_000;
    private static final String FILE_NAME = "drill-import-1m.csv";
    private static final Map<String, String> FIELDS = Map.of("preset", "generic",
            "mapping", "{\"date\":\"date\",\"channel\":\"channel\",\"campaign\":\"campaign\",\"visits\":\"visits\"}");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*\\{\\s*\"value\"\\s*:\\s*([-0-9.]+|null)");

    @Override
    public String name() {
        return "import-killed";
    }

    @Override
    public String purpose() {
        return "The app is killed with SIGKILL in the middle of a 1,000,000-row import (generic preset, through "
                + "POST /api/v1/imports); after the restart no value of it is visible, the batch is INTERRUPTED, and the "
                + "same file imported again is COMMITTED with 1,000,000 rows and values.";
    }

    @Override
    public void run(DrillStack stack, DrillReport report) throws Exception {
        AppClient client = new AppClient(stack);
        Path file = stack.home().resolve(FILE_NAME);
        long expectedSum = report.value("Generate " + String.format(Locale.ROOT, "%,d", ROWS) + " rows ("
                + DAYS + " days × " + CHANNELS.size() + " channels × " + CAMPAIGNS + " campaigns, measure visits)",
                () -> generate(file));
        report.note(String.format(Locale.ROOT, "%s: %.0f MB, visits add up to %,d", FILE_NAME,
                Files.size(file) / 1e6, expectedSum));
        String marketer = client.token("mark");
        String admin = client.token("ada");
        long pidBefore = stack.appPid();

        CompletableFuture<AppClient.Answer> upload = CompletableFuture.supplyAsync(() -> {
            try {
                return client.upload("/api/v1/imports", marketer, FIELDS, file, Duration.ofMinutes(10));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Running running = report.value("Upload the file as mark and wait until PostgreSQL shows the import's COPY "
                + "past " + String.format(Locale.ROOT, "%,d", KILL_AFTER_ROWS) + " rows", () -> awaitCopy(stack, upload));
        if (running == null) {
            report.check("the import was still running when the app was to be killed", false);
            report.note("The upload ended first: " + upload.join().kind());
            return;
        }
        report.note(String.format(Locale.ROOT, "batch %s RUNNING, COPY at %,d rows when the kill was sent",
                running.batch(), running.rowsCopied()));
        report.step("kill -9 the app (process " + pidBefore + ")", stack::killApp);
        AppClient.Answer cut = upload.join();
        report.check("the upload got no answer (" + (cut.answered() ? "HTTP " + cut.status() : cut.failure()) + ")",
                !cut.answered());

        report.check("right after the kill, no value of the batch is in the database (observation_load rows: "
                + loadsOf(stack, running.batch()) + ")", loadsOf(stack, running.batch()) == 0);
        Duration restart = report.value("Start the app again", stack::startApp);
        report.note("restarted in " + DrillReport.seconds(restart) + ", process " + stack.appPid());

        String status = report.value("Read GET /api/v1/imports/{id} until the batch is no longer RUNNING",
                () -> awaitEnded(client, admin, running.batch()));
        report.check("the batch is INTERRUPTED through the API (it is " + status + ")", "INTERRUPTED".equals(status));
        AppClient.Answer history = client.get("/imports", admin, Duration.ofSeconds(30));
        report.check("the import history page lists it as «Прервано» (HTTP " + history.status() + ")",
                history.status() == 200 && history.body().contains("id=\"import-" + running.batch()
                        + "\" class=\"status-interrupted\"") && history.body().contains(">Прервано</span>"));
        Values visible = values(stack);
        report.check("no value of the file is visible: " + visible, visible.count() == 0);
        Optional<String> apiTotal = visitsTotal(client, admin);
        report.check("GET /api/v1/measures/visits/values over the file's days has no total (" + apiTotal.orElse("?") + ")",
                apiTotal.isPresent() && ("null".equals(apiTotal.get()) || Double.parseDouble(apiTotal.get()) == 0));

        AppClient.Answer again = report.value("Import the same file again",
                () -> client.upload("/api/v1/imports", marketer, FIELDS, file, Duration.ofMinutes(10)));
        report.check("the second import is COMMITTED (HTTP " + again.kind() + ", status "
                + again.field("status").orElse("?") + ")", again.status() == 201
                && again.field("status").filter("COMMITTED"::equals).isPresent());
        report.check("its report counts " + again.field("rows").orElse("?") + " rows and "
                        + again.field("observations").orElse("?") + " values, the file's "
                        + String.format(Locale.ROOT, "%,d", ROWS),
                again.field("rows").filter(Integer.toString(ROWS)::equals).isPresent()
                        && again.field("observations").filter(Integer.toString(ROWS)::equals).isPresent());
        Values stored = values(stack);
        report.check("the store holds exactly the file: " + stored, stored.count() == ROWS && stored.sum() == expectedSum);
        Optional<String> total = visitsTotal(client, admin);
        report.check("the API's visits total over the file's days is the file's " + expectedSum + " ("
                        + total.orElse("?") + ")",
                total.filter(value -> !"null".equals(value) && Double.parseDouble(value) == expectedSum).isPresent());
    }

    /** The batch and how far its COPY got, or null when the upload ended before it could be caught running. */
    private record Running(String batch, long rowsCopied) {
    }

    private static Running awaitCopy(DrillStack stack, CompletableFuture<AppClient.Answer> upload)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Connection db = stack.database();
             PreparedStatement batch = db.prepareStatement(
                     "select id from import_batch where status = 'RUNNING' and file_name = ?");
             PreparedStatement copy = db.prepareStatement("select coalesce(max(p.tuples_processed), 0)"
                     + " from pg_stat_progress_copy p join pg_stat_activity a on a.pid = p.pid"
                     + " where a.query ilike 'copy observation_value%'")) {
            batch.setString(1, FILE_NAME);
            while (System.nanoTime() < deadline && !upload.isDone()) {
                long rows;
                try (ResultSet rs = copy.executeQuery()) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                if (rows >= KILL_AFTER_ROWS) {
                    try (ResultSet rs = batch.executeQuery()) {
                        if (rs.next()) {
                            return new Running(rs.getString(1), rows);
                        }
                    }
                }
                Thread.sleep(5);
            }
        }
        return null;
    }

    private static String awaitEnded(AppClient client, String token, String batch) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status = "?";
        while (System.nanoTime() < deadline) {
            AppClient.Answer answer = client.get("/api/v1/imports/" + batch, token, Duration.ofSeconds(30));
            status = answer.status() == 200 ? answer.field("status").orElse("?") : "HTTP " + answer.kind();
            if (answer.status() == 200 && !"RUNNING".equals(status)) {
                return status;
            }
            Thread.sleep(1_000);
        }
        return status;
    }

    private static long loadsOf(DrillStack stack, String batch) throws SQLException {
        try (Connection db = stack.database();
             PreparedStatement count = db.prepareStatement(
                     "select count(*) from observation_load where import_batch = ?::uuid")) {
            count.setString(1, batch);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The file's values as readers see them (the view {@code observation}). */
    private record Values(long count, long sum) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d values adding up to %,d", count, sum);
        }
    }

    private static Values values(DrillStack stack) throws SQLException {
        try (Connection db = stack.database();
             PreparedStatement count = db.prepareStatement("select count(*), coalesce(sum(value), 0) from observation"
                     + " where source_system = 'generic' and measure = 'visits' and period_start between ? and ?")) {
            count.setObject(1, FIRST_DAY);
            count.setObject(2, LAST_DAY);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new Values(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    private static Optional<String> visitsTotal(AppClient client, String token) {
        AppClient.Answer answer = client.get("/api/v1/measures/visits/values?from=" + FIRST_DAY + "&to=" + LAST_DAY
                + "&grain=YEAR", token, Duration.ofSeconds(60));
        if (answer.status() != 200) {
            return Optional.empty();
        }
        Matcher total = TOTAL.matcher(answer.body());
        return total.find() ? Optional.of(total.group(1)) : Optional.empty();
    }

    /** Writes the file; returns the sum of its visits. */
    private static long generate(Path file) throws IOException {
        long sum = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,channel,campaign,visits\n");
            for (int day = 0; day < DAYS; day++) {
                String date = FIRST_DAY.plusDays(day).toString();
                for (int channel = 0; channel < CHANNELS.size(); channel++) {
                    for (int campaign = 0; campaign < CAMPAIGNS; campaign++) {
                        int visits = (day * 7 + channel * 13 + campaign) % 1000;
                        sum += visits;
                        out.write(date + "," + CHANNELS.get(channel) + ",Campaign " + campaign + "," + visits + "\n");
                    }
                }
            }
        }
        return sum;
    }
}

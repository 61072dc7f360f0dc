package com.kpipulse.localstack.drill.backup;

import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.drill.replicas.AppInstance;
import com.kpipulse.localstack.drill.replicas.Caller;
import com.kpipulse.localstack.drill.replicas.DrillReport;
import com.kpipulse.localstack.drill.replicas.DrillStack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drill {@code backup} (issue 16): a {@code pg_dump}/{@code pg_restore} round trip of the product's database gives
 * the same scorecards and the same import history.
 * <ol>
 *     <li>PostgreSQL 15 ({@link Postgres15}: the machine's clients are version 15) with database {@code kpi}; the app
 *     loads the demo company into it;</li>
 *     <li>every role's scorecard (each person's own, and all four as the admin), the import history (page and API),
 *     the goals and a KPI's values are read with bearer tokens;</li>
 *     <li>{@code pg_dump --format=custom} while the app runs, then {@code createdb} and {@code pg_restore} into
 *     {@code kpi_restored}, the commands of docs/operations.md;</li>
 *     <li>the app starts on the restored database and everything is read again and compared byte for byte, with the
 *     one request-specific bit (the CSRF token bound to the caller) blanked; the row counts of every table and the
 *     large objects (the raw import files) are compared too.</li>
 * </ol>
 * Run from the repository root after {@code ./kpi build}:
 * {@code java -cp kpi-test-stack/target/classes:$(cat .kpi/run/stack-classpath.txt) com.kpipulse.localstack.drill.backup.BackupDrill}.
 * Prints a Markdown report and exits 1 when a check fails.
 */
public final class BackupDrill {

    private static final int PORT = DrillStack.POSTGRES_PORT + 1;
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern HEADER_TOKEN = Pattern.compile("[Cc]srf[A-Za-z-]*&quot;\\s*:\\s*&quot;([^&]+)&quot;|[Cc]srf[A-Za-z-]*\"\\s*:\\s*\"([^\"]+)\"");

    private final DrillReport report = new DrillReport("backup", "pg_dump / pg_restore round trip");
    private final List<AutoCloseable> started = new ArrayList<>();

    public static void main(String[] args) {
        BackupDrill drill = new BackupDrill();
        DrillStack.runAndExit(drill.report, drill.started, drill::run);
    }

    private void run(Path home) throws Exception {
        Path work = home.resolve("drill/backup");
        report.step("PostgreSQL 15 (zonky " + Postgres15.BINARIES.substring(Postgres15.BINARIES.lastIndexOf(':') + 1)
                + ") on port " + PORT + ", role kpi and database kpi; the client is " + firstLine("pg_dump", "--version"));
        DrillStack.deleteRecursively(work.resolve("postgres"));
        Postgres15 postgres = Postgres15.start(work.resolve("postgres"), PORT);
        started.add(postgres);
        postgres.execute("create role kpi login password 'kpi'");
        postgres.execute("create database kpi owner kpi encoding 'UTF8' template template0");
        report.done("server " + postgres.version());

        report.step("Keycloak on port " + DrillStack.KEYCLOAK_PORT + " with realm kpi");
        LocalKeycloak keycloak = DrillStack.keycloak(home);
        started.add(keycloak);
        report.done("ready");

        AppInstance.Database original = new AppInstance.Database(jdbc("kpi"), "kpi", "kpi", "15");
        AppInstance.Settings settings = new AppInstance.Settings("app on kpi", DrillStack.APP_PORT, original,
                keycloak.realmUrl(), true, Map.of(), List.of(), work.resolve("app-original.log"));
        report.step("The app on database kpi, loading the demo company");
        AppInstance app = AppInstance.start(settings);
        started.add(app);
        Duration up = app.awaitReady(Duration.ofMinutes(5));
        report.done("ready after " + DrillReport.seconds(up.toNanos()) + " (log " + shown(settings.log()) + ")");

        report.step("Every role's scorecard, the import history, the goals and a KPI's values, read with bearer tokens");
        Map<String, Reading> before = readEverything(keycloak.realmUrl(), app);
        report.done(before.size() + " documents, " + before.values().stream().mapToInt(r -> r.body().length()).sum()
                + " characters, all answered " + statuses(before));

        Path dump = shown(work.resolve("kpi.dump"));
        Files.deleteIfExists(dump);
        List<String> dumpCommand = List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + dump,
                "postgresql://kpi@localhost:" + PORT + "/kpi");
        report.step("Back up while the app runs: `" + String.join(" ", dumpCommand) + "` (PGPASSWORD=kpi)");
        long dumped = System.nanoTime();
        run(dumpCommand);
        report.done(Files.size(dump) / 1024 + " KiB in " + DrillReport.seconds(System.nanoTime() - dumped));
        app.close();

        List<String> create = List.of("createdb", "-h", "localhost", "-p", String.valueOf(PORT), "-U", "postgres", "-O", "kpi",
                "kpi_restored");
        List<String> restore = List.of("pg_restore", "--no-owner", "--role=kpi", "--exit-on-error",
                "--dbname=postgresql://kpi@localhost:" + PORT + "/kpi_restored", dump.toString());
        report.step("Restore into a new database: `" + String.join(" ", create) + "`, then `" + String.join(" ", restore) + "`");
        long restoring = System.nanoTime();
        run(create);
        run(restore);
        report.done("restored in " + DrillReport.seconds(System.nanoTime() - restoring));

        report.step("Row counts of every table and the large objects, kpi against kpi_restored");
        Map<String, Long> countsBefore = rowCounts("kpi");
        Map<String, Long> countsAfter = rowCounts("kpi_restored");
        long rows = countsBefore.entrySet().stream().filter(e -> !e.getKey().startsWith("large")).mapToLong(Map.Entry::getValue).sum();
        report.done(countsBefore.size() - 1 + " tables, " + rows + " rows, " + countsBefore.get("large objects")
                + " large objects; observations " + countsBefore.get("observation_value") + ", import batches "
                + countsBefore.get("import_batch"));
        List<String> differing = countsBefore.keySet().stream()
                .filter(table -> !countsBefore.get(table).equals(countsAfter.get(table))).toList();
        report.check("every table and the large objects have as many rows after the restore", differing.isEmpty()
                && countsBefore.keySet().equals(countsAfter.keySet()), differing.isEmpty() ? countsBefore.size() + " compared"
                : "differ: " + differing);

        report.step("The app on the restored database kpi_restored (demo off), read again");
        AppInstance restored = AppInstance.start(settings.on(new AppInstance.Database(jdbc("kpi_restored"), "kpi", "kpi", "15"))
                .withDemo(false).named("app on kpi_restored", DrillStack.APP_PORT, work.resolve("app-restored.log")));
        started.add(restored);
        Duration restoredUp = restored.awaitReady(Duration.ofMinutes(5));
        Map<String, Reading> after = readEverything(keycloak.realmUrl(), restored);
        report.done("ready after " + DrillReport.seconds(restoredUp.toNanos()) + "; " + after.size() + " documents, all answered "
                + statuses(after));

        List<List<String>> table = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Reading> entry : before.entrySet()) {
            Reading was = entry.getValue();
            Reading is = after.get(entry.getKey());
            boolean same = is != null && was.status() == is.status() && was.body().equals(is.body());
            if (!same) {
                changed.add(entry.getKey() + (is == null ? "" : " (" + firstDifference(was.body(), is.body()) + ")"));
            }
            table.add(List.of("`" + entry.getKey() + "`", String.valueOf(was.status()),
                    String.valueOf(was.body().getBytes(StandardCharsets.UTF_8).length), was.sha256().substring(0, 12),
                    is == null ? "missing" : is.sha256().substring(0, 12), same ? "same" : "**differs**"));
        }
        report.table(List.of("read (user: path)", "status", "bytes", "SHA-256 before", "SHA-256 after", ""), table);
        report.check("the restored database gives the same scorecards, byte for byte (CSRF token blanked)",
                changed.stream().noneMatch(name -> name.contains("/scorecards/")), changed.isEmpty() ? "" : String.join("; ", changed));
        report.check("the restored database gives the same import history",
                changed.stream().noneMatch(name -> name.contains("imports")), "");
        report.check("the goals and the KPI values are the same", changed.isEmpty(), changed.isEmpty() ? "" : String.join("; ", changed));
    }

    /** What each person reads, by "user: path". */
    private static Map<String, Reading> readEverything(String realmUrl, AppInstance app) {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Moscow")).minusDays(1);
        String month = "?grain=MONTH&day=" + yesterday;
        Map<String, List<String>> reads = new LinkedHashMap<>();
        reads.put("hanna", List.of("scorecards/head", "scorecards/head" + month));
        reads.put("mark", List.of("scorecards/marketer", "scorecards/marketer" + month,
                "api/v1/kpis/romi/values?from=" + yesterday.minusDays(90) + "&to=" + yesterday + "&grain=WEEK"));
        reads.put("sofia", List.of("scorecards/smm", "scorecards/smm" + month));
        reads.put("vic", List.of("scorecards/viewer", "scorecards/viewer" + month));
        reads.put("ada", List.of("scorecards/head", "scorecards/marketer", "scorecards/smm", "scorecards/viewer",
                "imports", "api/v1/imports", "api/v1/goals"));
        Map<String, Reading> readings = new LinkedHashMap<>();
        reads.forEach((user, paths) -> {
            Caller caller = Caller.signIn(realmUrl, user);
            for (String path : paths) {
                Caller.Answer answer = caller.get(app.baseUrl() + path);
                String body = withoutCsrfTokens(answer.body());
                readings.put(user + ": /" + path, new Reading(answer.status(), body, sha256(body)));
            }
        });
        return readings;
    }

    /** The CSRF token is bound to the caller's token, so it differs between two sign-ins; nothing else may. */
    static String withoutCsrfTokens(String body) {
        Set<String> tokens = new LinkedHashSet<>();
        Matcher form = FORM_TOKEN.matcher(body);
        while (form.find()) {
            tokens.add(form.group(1));
        }
        Matcher header = HEADER_TOKEN.matcher(body);
        while (header.find()) {
            tokens.add(header.group(1) != null ? header.group(1) : header.group(2));
        }
        String blanked = body;
        for (String token : tokens) {
            blanked = blanked.replace(token, "CSRF-TOKEN");
        }
        return blanked;
    }

    private record Reading(int status, String body, String sha256) {
    }

    private static String statuses(Map<String, Reading> readings) {
        return readings.values().stream().map(r -> String.valueOf(r.status())).distinct().sorted().toList().toString();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at character " + i + ": «" + a.substring(from, Math.min(a.length(), i + 40)).replace('\n', ' ') + "» became «"
                + b.substring(from, Math.min(b.length(), i + 40)).replace('\n', ' ') + "»";
    }

    private static Map<String, Long> rowCounts(String database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc(database), "kpi", "kpi");
             Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from public.\"" + table + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("select count(*) from pg_largeobject_metadata")) {
                rows.next();
                counts.put("large objects", rows.getLong(1));
            }
        }
        return counts;
    }

    /** A path as the report shows it: from the repository root, where drills run. */
    private static Path shown(Path path) {
        Path root = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }

    private static String jdbc(String database) {
        return "jdbc:postgresql://localhost:" + PORT + "/" + database;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "kpi");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue() + ": " + output);
        }
    }

    private static String firstLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().findFirst().orElse("?");
        } catch (IOException e) {
            return command[0] + " not found";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

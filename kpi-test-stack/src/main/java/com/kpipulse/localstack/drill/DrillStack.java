package com.kpipulse.localstack.drill;

import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.LocalPostgres;
import com.kpipulse.localstack.Progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The product as it runs for people, started for the fault drills on ports of their own (so a {@code ./kpi run} on
 * 8080 is left alone): the embedded PostgreSQL, the Keycloak dist with realm {@code kpi}, and the packaged app as a
 * process of its own ({@code kpi-web/target/quarkus-app/quarkus-run.jar}, configured as {@code ./kpi run} configures
 * it, without demo data). A drill may kill the app, stop a server and start it again; {@link #ensureUp} brings back
 * whatever a failed drill left down.
 */
public final class DrillStack implements AutoCloseable {

    public static final int APP_PORT = 18091;
    public static final int KEYCLOAK_PORT = 18191;
    public static final int KEYCLOAK_MANAGEMENT_PORT = 19191;
    public static final int POSTGRES_PORT = 15491;
    public static final String DB_USER = "kpi";
    public static final String DB_PASSWORD = "kpi";
    private static final Duration APP_READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path kpiHome;
    private final Path home;
    private final Path appJar;
    private LocalPostgres postgres;
    private LocalKeycloak keycloak;
    private Process app;
    private String jdbcUrl;

    private DrillStack(Path kpiHome, Path home, Path appJar) {
        this.kpiHome = kpiHome;
        this.home = home;
        this.appJar = appJar;
    }

    /**
     * Starts everything with a fresh database in {@code home/postgres}: the drills count rows, so no earlier run's
     * data may be in it.
     */
    public static DrillStack start(Path kpiHome, Path home, Path appJar) throws IOException, InterruptedException {
        if (!Files.exists(appJar)) {
            throw new IllegalStateException("The application is not built: " + appJar + " is missing (./kpi drill builds it)");
        }
        Files.createDirectories(home);
        deleteRecursively(home.resolve("postgres"));
        DrillStack stack = new DrillStack(kpiHome, home, appJar);
        try {
            stack.startPostgres();
            stack.jdbcUrl = stack.postgres.ensureDatabase("kpi", DB_USER, DB_PASSWORD);
            stack.startKeycloak();
            stack.startApp();
        } catch (RuntimeException | IOException | InterruptedException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Where the drills keep their files (generated imports, the app's log). */
    public Path home() {
        return home;
    }

    public URI app(String path) {
        return URI.create("http://localhost:" + APP_PORT + path);
    }

    public String realmUrl() {
        return LocalKeycloak.realmUrl(KEYCLOAK_PORT);
    }

    /** A connection to the product's database as the app's own user. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, DB_USER, DB_PASSWORD);
    }

    /** Starts the app and waits until it is ready; returns how long that took. */
    public Duration startApp() throws IOException, InterruptedException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", appJar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("app.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("KPI_DB_URL", jdbcUrl);
        env.put("KPI_DB_USER", DB_USER);
        env.put("KPI_DB_PASSWORD", DB_PASSWORD);
        env.put("KPI_DB_VERSION", LocalPostgres.MAJOR_VERSION);
        env.put("KPI_OIDC_URL", realmUrl());
        env.put("KPI_OIDC_SECRET", LocalKeycloak.CLIENT_SECRET);
        env.put("KPI_DIRECTORY_SECRET", LocalKeycloak.DIRECTORY_SECRET);
        env.put("KPI_DEMO", "false");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(APP_PORT));
        Progress.say("KPI Pulse starting on port " + APP_PORT + " (log: " + home.resolve("app.log") + ")");
        app = builder.start();
        awaitReady(app);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Progress.say("KPI Pulse is up, process " + app.pid() + " (" + Progress.seconds(started) + ")");
        return took;
    }

    /** The app's process id; the same before and after a fault means the app was not restarted. */
    public long appPid() {
        return app.pid();
    }

    public boolean appAlive() {
        return app != null && app.isAlive();
    }

    /** {@code kill -9}: the app gets no chance to finish anything, as when the machine or the OOM killer takes it. */
    public void killApp() throws InterruptedException {
        app.toHandle().destroyForcibly();
        app.waitFor();
        Progress.say("KPI Pulse killed (SIGKILL), exit code " + app.exitValue());
    }

    /** {@code pg_ctl stop -m fast}: every connection is cut, new ones are refused until {@link #startPostgres}. */
    public void stopPostgres() {
        postgres.close();
        postgres = null;
    }

    /** Starts PostgreSQL on its port with the data it had. */
    public void startPostgres() {
        postgres = LocalPostgres.start(home.resolve("postgres"), POSTGRES_PORT);
    }

    public void stopKeycloak() {
        keycloak.close();
        keycloak = null;
    }

    public void startKeycloak() {
        keycloak = LocalKeycloak.start(kpiHome, home.resolve("keycloak"), KEYCLOAK_PORT, KEYCLOAK_MANAGEMENT_PORT,
                "http://localhost:" + APP_PORT);
    }

    /** Brings back whatever a drill that broke off left down, so the next drill starts from a healthy stack. */
    public void ensureUp() throws IOException, InterruptedException {
        if (postgres == null) {
            startPostgres();
        }
        if (keycloak == null) {
            startKeycloak();
        }
        if (!appAlive()) {
            startApp();
        }
    }

    private void awaitReady(Process process) throws InterruptedException {
        URI ready = app("/q/health/ready");
        long deadline = System.nanoTime() + APP_READY_TIMEOUT.toNanos();
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("KPI Pulse exited with code " + process.exitValue()
                            + " while starting; see " + home.resolve("app.log"));
                }
                try {
                    HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build();
                    if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("KPI Pulse was not ready within " + APP_READY_TIMEOUT.toSeconds() + " s");
    }

    @Override
    public void close() {
        if (app != null && app.isAlive()) {
            app.destroy();
            try {
                app.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Progress.say("KPI Pulse stopped");
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + dir, e);
        }
    }
}

package com.kpipulse.localstack.drill.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the packaged application ({@code kpi-web/target/quarkus-app/quarkus-run.jar}), started the way
 * {@code ./kpi run} starts it ({@code LocalStack}: the same environment variables), on a port and database of the
 * drill's choosing, with its log in a file. A drill may start several on one database (replicas), or the same one
 * again with other JVM options (start time and memory).
 */
public final class AppInstance implements AutoCloseable {

    /** Where {@code ./kpi build} puts the application; drills start from the repository root. */
    public static final Path JAR = Path.of("kpi-web/target/quarkus-app/quarkus-run.jar");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final long startedNanos;
    private final Path log;

    private AppInstance(String name, int port, Process process, long startedNanos, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    /**
     * What an instance is started with.
     *
     * @param environment variables beyond the database and Keycloak ones (e.g. {@code KPI_CYCLE_CRON}); they win
     * @param jvmOptions  options before {@code -jar} (e.g. {@code -XX:+UseSerialGC})
     */
    public record Settings(String name, int port, Database database, String oidcUrl, boolean demo,
                           Map<String, String> environment, List<String> jvmOptions, Path log) {

        public Settings withJvmOptions(List<String> options) {
            return new Settings(name, port, database, oidcUrl, demo, environment, options, log);
        }

        public Settings withEnvironment(Map<String, String> more) {
            Map<String, String> all = new LinkedHashMap<>(environment);
            all.putAll(more);
            return new Settings(name, port, database, oidcUrl, demo, all, jvmOptions, log);
        }

        public Settings withDemo(boolean load) {
            return new Settings(name, port, database, oidcUrl, load, environment, jvmOptions, log);
        }

        public Settings named(String other, int otherPort, Path otherLog) {
            return new Settings(other, otherPort, database, oidcUrl, demo, environment, jvmOptions, otherLog);
        }

        public Settings on(Database other) {
            return new Settings(name, port, other, oidcUrl, demo, environment, jvmOptions, log);
        }
    }

    /** The product's database: JDBC URL, account and the server's major version. */
    public record Database(String jdbcUrl, String user, String password, String majorVersion) {
    }

    public static AppInstance start(Settings settings) {
        Path jar = JAR.toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("The application is not built: " + jar + " is missing (./kpi build)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        try {
            Files.createDirectories(settings.log().toAbsolutePath().getParent());
            builder.redirectOutput(settings.log().toFile());
            Map<String, String> env = builder.environment();
            env.putAll(environment(settings));
            long started = System.nanoTime();
            return new AppInstance(settings.name(), settings.port(), builder.start(), started, settings.log());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + settings.name(), e);
        }
    }

    /** The variables {@code LocalStack} sets, for this instance. */
    static Map<String, String> environment(Settings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KPI_DB_URL", settings.database().jdbcUrl());
        env.put("KPI_DB_USER", settings.database().user());
        env.put("KPI_DB_PASSWORD", settings.database().password());
        env.put("KPI_DB_VERSION", settings.database().majorVersion());
        env.put("KPI_OIDC_URL", settings.oidcUrl());
        env.put("KPI_OIDC_SECRET", com.kpipulse.localstack.LocalKeycloak.CLIENT_SECRET);
        env.put("KPI_DIRECTORY_SECRET", com.kpipulse.localstack.LocalKeycloak.DIRECTORY_SECRET);
        env.put("KPI_DEMO", Boolean.toString(settings.demo()));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.port()));
        env.putAll(settings.environment());
        return env;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @return the time from the process's start to that answer
     */
    public Duration awaitReady(Duration timeout) {
        URI ready = URI.create(baseUrl() + "q/health/ready");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " while starting; see " + log);
            }
            try {
                int status = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(50);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /** {@code http://localhost:<port>/} */
    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The resident set size of the JVM process ({@code VmRSS} of {@code /proc/<pid>/status}), in MiB. */
    public long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of " + name, e);
        }
        throw new IllegalStateException("No VmRSS for process " + process.pid());
    }

    /**
     * The processor time the JVM has used so far (user + system, {@code /proc/<pid>/stat}), in seconds: unlike the
     * time to ready, it hardly moves when other work shares the machine's cores.
     */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14 and stime 15 (proc(5)), in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the processor time of " + name, e);
        }
    }

    /** How many lines of the instance's log contain {@code text}. */
    public long logLines(String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the instance as Kubernetes would (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL after {@code grace} (a JVM writing its class-data archive at exit needs longer). */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}

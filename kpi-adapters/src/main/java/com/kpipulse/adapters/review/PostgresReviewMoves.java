package com.kpipulse.adapters.review;

import com.kpipulse.application.review.ReviewMoves;
import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.ReviewId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The presenters' positions in {@code weekly_review_position} (V27), and their moves heard through PostgreSQL: the
 * table's trigger sends {@code NOTIFY kpi_review_moved} with every move, delivered to every listening replica when the
 * moving transaction commits (ADR 20, as the change notices of ADR 8). One connection of its own (outside the pool)
 * listens and hands each move to this replica's subscribers; a follower's stream therefore holds no connection of the
 * pool while it waits. Moves made while the connection is lost are not heard: a follower sees the item again on its
 * next move or when the page is opened.
 */
@ApplicationScoped
public class PostgresReviewMoves implements ReviewMoves {

    static final String CHANNEL = "kpi_review_moved";
    static final int CHECK_EVERY_MS = 10_000;
    private static final Logger LOG = Logger.getLogger(PostgresReviewMoves.class);

    private static final String UPSERT = """
            insert into weekly_review_position (review_id, item, moved_by, moved_at, section_since)
            select review.id, ?, ?, ?, ? from weekly_review review where review.id = ? and review.status = 'OPEN'
            for share
            on conflict (review_id) do update set item = excluded.item, moved_by = excluded.moved_by,
                moved_at = excluded.moved_at, section_since = excluded.section_since
            """;
    private static final String SELECT = """
            select item, moved_by, moved_at, section_since from weekly_review_position where review_id = ?
            """;

    private final AgroalDataSource dataSource;
    private final String url;
    private final String user;
    private final String password;
    private final CopyOnWriteArrayList<Consumer<Move>> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread listener;

    @Inject
    public PostgresReviewMoves(AgroalDataSource dataSource,
                               @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                               @ConfigProperty(name = "quarkus.datasource.username") String user,
                               @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public Moving move(PresenterPosition position) {
        try (Connection own = dataSource.getConnection();
             PreparedStatement upsert = own.prepareStatement(UPSERT)) {
            upsert.setInt(1, position.item());
            upsert.setString(2, position.movedBy());
            upsert.setTimestamp(3, Timestamp.from(position.movedAt()));
            upsert.setTimestamp(4, Timestamp.from(position.sectionSince()));
            upsert.setObject(5, position.review().value());
            if (upsert.executeUpdate() == 1) {
                return Moving.MOVED;
            }
            try (PreparedStatement select = own.prepareStatement("select 1 from weekly_review where id = ?")) {
                select.setObject(1, position.review().value());
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Moving.CLOSED : Moving.MISSING;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move the presenter of weekly review " + position.review(), e);
        }
    }

    @Override
    public Optional<PresenterPosition> position(ReviewId review) {
        try (Connection own = dataSource.getConnection();
             PreparedStatement select = own.prepareStatement(SELECT)) {
            select.setObject(1, review.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new PresenterPosition(review, rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read where the presenter of weekly review " + review + " is", e);
        }
    }

    @Override
    public Subscription subscribe(Consumer<Move> heard) {
        Consumer<Move> own = heard::accept;
        subscribers.add(own);
        return () -> subscribers.remove(own);
    }

    void start(@Observes StartupEvent started) {
        listener = Thread.ofPlatform().daemon().name("kpi-review-moves").start(this::listen);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
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
                PGConnection notices = own.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notices.getNotifications(CHECK_EVERY_MS);
                    if (received != null) {
                        for (PGNotification notice : received) {
                            announce(notice.getParameter());
                        }
                    }
                    if ((received == null || received.length == 0) && !own.isValid(5)) {
                        throw new SQLException("The listening connection is no longer valid");
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Not listening for the presenters' moves (%s); followers see a move when they open the"
                            + " page until the connection is back", e.getMessage());
                    pause();
                }
            } finally {
                connection = null;
            }
        }
    }

    /** Hands the move to every subscriber; one that fails does not keep the others from hearing it. */
    private void announce(String payload) {
        String[] parts = payload.split(" ");
        Move move = new Move(new ReviewId(UUID.fromString(parts[0])), Integer.parseInt(parts[1]));
        for (Consumer<Move> subscriber : subscribers) {
            try {
                subscriber.accept(move);
            } catch (RuntimeException e) {
                LOG.warnf(e, "A follower of weekly review %s could not be told of a move", move.review());
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

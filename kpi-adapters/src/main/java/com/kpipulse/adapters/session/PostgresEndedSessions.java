package com.kpipulse.adapters.session;

import com.kpipulse.application.session.EndedSessions;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Ended sessions in {@code ended_session}, shared by every replica. Entries whose tokens have expired are of no use
 * and are dropped whenever a session ends, so the table stays as small as the number of logouts in a token lifetime.
 */
@ApplicationScoped
public class PostgresEndedSessions implements EndedSessions {

    private static final String FORGET_EXPIRED = "delete from ended_session where until < now()";
    private static final String END = """
            insert into ended_session (session_id, until) values (?, ?)
            on conflict (session_id) do update set until = greatest(ended_session.until, excluded.until)
            """;
    private static final String IS_ENDED = "select 1 from ended_session where session_id = ? and until >= now()";

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresEndedSessions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void end(String sessionId, Instant until) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement(FORGET_EXPIRED);
             PreparedStatement end = connection.prepareStatement(END)) {
            forget.executeUpdate();
            end.setString(1, sessionId);
            end.setTimestamp(2, Timestamp.from(until));
            end.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the end of a session", e);
        }
    }

    @Override
    public boolean isEnded(String sessionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(IS_ENDED)) {
            statement.setString(1, sessionId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether a session has ended", e);
        }
    }
}

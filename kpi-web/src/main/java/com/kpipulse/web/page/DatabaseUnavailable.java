package com.kpipulse.web.page;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database is away (stopped, restarting, unreachable) rather than a fault of the app:
 * then a person is told to try again shortly (503), not handed an error number to report, and the log gets one
 * line instead of a stack trace per request. PostgreSQL says so by SQLState: class 08 (connection exception: refused,
 * broken off) and 57P01–57P03 (shut down by an administrator or a crash, not accepting connections yet); Agroal,
 * when no connection came within its acquisition timeout.
 */
final class DatabaseUnavailable {

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseUnavailable() {
    }

    static boolean in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (connectionLost(sql.getSQLState()) || poolTimedOut(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    private static boolean poolTimedOut(SQLException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}

package com.kpipulse.web.page;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL restarts (issue 16's drill stops it under load) a request fails because the database is away, not
 * because of a fault: it is answered 503 with {@code Retry-After}, and under {@code /api/} as JSON, instead of a 500
 * with an error number to report. Failures of the app itself stay 500.
 */
class ADatabaseThatIsAwayIsAnswered503NotAnErrorToReportTest {

    @Test
    void aRefusedOrCutConnectionOrAnExhaustedPoolIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.in(new IllegalStateException("Could not read the company's settings",
                new SQLException("Connection to localhost:15491 refused.", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.in(new IllegalStateException("x",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("FATAL: the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseUnavailable.in(new SQLException("An I/O error occurred while sending to the backend.",
                "08006"))).isTrue();
        assertThat(DatabaseUnavailable.in(new RuntimeException(
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.in(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.in(new IllegalStateException("x",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.in(new SQLException("syntax error", "42601"))).isFalse();
    }

    @Test
    void theApiAnswers503AsJsonWithRetryAfterAndAFaultStays500() {
        ErrorPages pages = new ErrorPages();
        Response away = pages.unexpected(new IllegalStateException("Could not read the stamp of the custom KPIs",
                new SQLException("Connection refused", "08001")), uri("/api/v1/kpis/romi/values"));

        assertThat(away.getStatus()).isEqualTo(503);
        assertThat(away.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(away.getEntity()).isEqualTo(Map.of("error", "database_unavailable",
                "message", "The database is unavailable for the moment; try again in a minute"));

        Response fault = pages.unexpected(new IllegalStateException("a bug"), uri("/api/v1/kpis"));
        assertThat(fault.getStatus()).isEqualTo(500);
        assertThat(fault.getHeaderString("Retry-After")).isNull();
    }

    private static UriInfo uri(String path) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") && (args == null || args.length == 0)
                        ? path : null);
    }
}

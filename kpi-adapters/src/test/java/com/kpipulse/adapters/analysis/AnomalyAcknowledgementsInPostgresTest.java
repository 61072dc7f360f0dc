package com.kpipulse.adapters.analysis;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.analysis.AnomalyKind;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import com.kpipulse.localstack.DatabaseResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The AnomalyAcknowledgements contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnomalyAcknowledgementsInPostgresTest extends AnomalyAcknowledgementsContract {

    @Inject
    AnomalyAcknowledgements store;

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected AnomalyAcknowledgements acknowledgements() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }

    @Test
    void anAcknowledgementIsOneRowUnderTheIdTheApiGivesItsAnomaly() throws SQLException {
        AnomalyId id = new AnomalyId(SeriesKey.of("visits", "pg_" + UUID.randomUUID().toString().substring(0, 8), "seo"),
                LocalDate.of(2026, 3, 3), AnomalyKind.DROP);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        tx(() -> acknowledgements().acknowledge(new Acknowledgement(id, "mark", at, "")));
        tx(() -> acknowledgements().acknowledge(new Acknowledgement(id, "hanna", at.plusSeconds(1), "перезапустили")));

        assertThat(rows(id.toString())).containsExactly("2026-03-03 hanna перезапустили");
    }

    private List<String> rows(String anomalyId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select day, acknowledged_by, note from anomaly_acknowledgement where anomaly_id = ?")) {
            statement.setString(1, anomalyId);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getDate(1).toLocalDate() + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return rows;
        }
    }
}

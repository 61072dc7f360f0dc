package com.kpipulse.web.persistence;

import com.kpipulse.localstack.RealStackResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FlywayMigratesTheRealPostgresTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServerIsARealPostgresqlWithEveryMigrationApplied() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet version = statement.executeQuery("show server_version_num")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getInt(1)).isGreaterThanOrEqualTo(150000);
            }
            try (ResultSet migrations = statement.executeQuery(
                    "select count(*) filter (where success), count(*) from flyway_schema_history where version is not null")) {
                assertThat(migrations.next()).isTrue();
                assertThat(migrations.getInt(1)).isPositive().isEqualTo(migrations.getInt(2));
            }
        }
    }

    @Test
    void theObservationNaturalKeyRefusesASecondValueForTheSameSourcePeriodAndDimensions() throws SQLException {
        String insert = "insert into observation (measure, period_start, grain, channel, source_system, value, currency) "
                + "values ('ad_spend', date '2026-01-05', 'DAY', 'vk_ads', 'schema-test', %s, 'RUB')";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = 'schema-test'");
            statement.execute(insert.formatted("100.50"));
            assertThatThrownBy(() -> statement.execute(insert.formatted("200")))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("observation_natural_key");
            statement.execute("delete from observation where source_system = 'schema-test'");
        }
    }
}

package com.kpipulse.web.support;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL against the test database, for tests that check what the store holds. */
public final class Sql {

    private final AgroalDataSource dataSource;

    public Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row as a number (0 for NULL). */
    public long number(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row as text. */
    public String text(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * A query counting the rollup rows that disagree with a fresh aggregate of the stored values, among the rows
     * {@code condition} selects (SQL on columns both have, such as {@code source_system = 'x'}). 0 when exact.
     */
    public static String rollupDifferences(String condition) {
        return """
                select count(*) from (
                    select measure, period_start, grain, channel, source_system, coalesce(currency, '') as currency,
                           sum(value) as value, count(*) as row_count
                    from observation where %1$s group by 1, 2, 3, 4, 5, 6
                ) as truth
                full join (select * from observation_rollup where %1$s) as r
                    using (measure, period_start, grain, channel, source_system, currency)
                where truth.value is distinct from r.value or truth.row_count is distinct from r.row_count
                """.formatted(condition);
    }

    public void execute(String statementText) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        }
    }
}

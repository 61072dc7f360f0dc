package com.kpipulse.adapters.measure;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of a channel read for comparing, as "measure period currency" to "value × count": the statement selects
 * measure, period, currency, value and count, and has the channel as its one parameter.
 */
final class RollupFigures {

    private RollupFigures() {
    }

    static Map<String, String> of(AgroalDataSource dataSource, String channel, String sql) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, channel);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getString(3),
                            rs.getBigDecimal(4).stripTrailingZeros().toPlainString() + " × " + rs.getLong(5));
                }
            }
        }
        return sums;
    }
}

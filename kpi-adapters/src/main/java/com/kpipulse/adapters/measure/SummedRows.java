package com.kpipulse.adapters.measure;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the KPI readers share: the measures and the span as the first three parameters of their query, and rows of
 * {@code (measure, grain, period_start, dimension, currency, sum)} turned into observations.
 */
final class SummedRows {

    private SummedRows() {
    }

    /** Binds {@code measure = any (?)}, {@code period_start >= ?} and {@code period_start < ?}. */
    static void bindMeasuresAndSpan(Connection connection, PreparedStatement statement, Set<MeasureCode> measures,
                                    Period span) throws SQLException {
        statement.setArray(1, connection.createArrayOf("text", measures.stream().map(MeasureCode::value).toArray()));
        statement.setObject(2, span.start());
        statement.setObject(3, span.endExclusive());
    }

    /** The current row as an observation with these dimensions (column 4 is the caller's to read). */
    static Observation observation(ResultSet rs, Map<String, String> dimensions) throws SQLException {
        Period period = Period.of(Grain.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
        String currency = rs.getString(5);
        return new Observation(new MeasureCode(rs.getString(1)), period, dimensions, rs.getBigDecimal(6),
                currency == null ? Optional.empty() : Optional.of(Currency.getInstance(currency.strip())));
    }
}

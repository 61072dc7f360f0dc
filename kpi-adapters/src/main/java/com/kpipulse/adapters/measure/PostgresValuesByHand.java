package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.domain.period.Grain;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Values of one source system without campaign and source (what the setup page types in), listed newest first by the
 * load that wrote them, found and removed by their natural key. A removal deletes from {@code observation_value}, whose
 * statement triggers keep the rollup and the day marks exact, as for every other delete.
 */
@ApplicationScoped
public class PostgresValuesByHand implements ValuesByHand {

    private static final String SELECT = "select s.measure, s.grain, v.period_start, s.channel, v.value, v.currency,"
            + " l.recorded_at, l.recorded_by from observation_series s"
            + " join observation_value v on v.series_id = s.id left join observation_load l on l.id = v.load_id"
            + " where s.source_system = ? and s.campaign = '' and s.source = ''";

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresValuesByHand(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Stored> newestFirst(String sourceSystem, int offset, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT
                     + " order by l.recorded_at desc nulls last, v.period_start desc, s.measure, s.channel"
                     + " offset ? limit ?")) {
            select.setString(1, sourceSystem);
            select.setInt(2, offset);
            select.setInt(3, limit);
            List<Stored> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(stored(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the values of " + sourceSystem, e);
        }
    }

    @Override
    public long count(String sourceSystem) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from observation_series s"
                     + " join observation_value v on v.series_id = s.id"
                     + " where s.source_system = ? and s.campaign = '' and s.source = ''")) {
            select.setString(1, sourceSystem);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the values of " + sourceSystem, e);
        }
    }

    @Override
    public Optional<Stored> find(String sourceSystem, ValuesByHand.Key key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT
                     + " and s.measure = ? and s.grain = ? and s.channel = ? and v.period_start = ?")) {
            select.setString(1, sourceSystem);
            select.setString(2, key.measure());
            select.setString(3, key.grain().name());
            select.setString(4, key.channel() == null ? "" : key.channel());
            select.setObject(5, key.periodStart());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not find a value of " + sourceSystem, e);
        }
    }

    @Override
    public boolean delete(String sourceSystem, ValuesByHand.Key key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from observation_value"
                     + " where series_id = kpi_series_id(?, ?, ?, ?, '', '') and period_start = ?")) {
            delete.setString(1, sourceSystem);
            delete.setString(2, key.measure());
            delete.setString(3, key.grain().name());
            delete.setString(4, key.channel() == null ? "" : key.channel());
            delete.setObject(5, key.periodStart());
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove a value of " + sourceSystem, e);
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(7);
        return new Stored(new ValuesByHand.Key(rs.getString(1), rs.getObject(3, java.time.LocalDate.class),
                Grain.valueOf(rs.getString(2)), rs.getString(4)), rs.getBigDecimal(5).stripTrailingZeros(),
                rs.getString(6) == null ? null : rs.getString(6).strip(), at == null ? null : at.toInstant(),
                rs.getString(8));
    }
}

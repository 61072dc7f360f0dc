package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last day each source system's stored values cover: the end of its latest day, week or month, from
 * {@code measure_freshness} (one row per measure, source system and grain, kept by the store's triggers), per system
 * over some measures or per system and measure.
 */
@ApplicationScoped
public class PostgresDataFreshness implements DataFreshness {

    private static final String LAST_DAY = """
            max(case grain
                    when 'WEEK' then last_start + 6
                    when 'MONTH' then (last_start + interval '1 month' - interval '1 day')::date
                    else last_start end)""";
    private static final String SQL = """
            select source_system, %s
            from measure_freshness
            where measure = any (?)
            group by source_system
            order by source_system
            """.formatted(LAST_DAY);
    private static final String DELIVERIES = """
            select source_system, measure, %s
            from measure_freshness
            group by source_system, measure
            """.formatted(LAST_DAY);

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresDataFreshness(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
        var result = new ArrayList<SourceFreshness>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setArray(1, connection.createArrayOf("text", measures.stream().map(MeasureCode::value).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(new SourceFreshness(rs.getString(1), rs.getObject(2, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read how fresh the data of " + measures + " is", e);
        }
        return result;
    }

    @Override
    public List<Delivery> deliveries() {
        var result = new ArrayList<Delivery>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DELIVERIES);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.add(new Delivery(rs.getString(1), new MeasureCode(rs.getString(2)), rs.getObject(3, LocalDate.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read how far each source system delivered its measures", e);
        }
        return result;
    }
}

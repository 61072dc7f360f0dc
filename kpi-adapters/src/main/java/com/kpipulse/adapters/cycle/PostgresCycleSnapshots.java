package com.kpipulse.adapters.cycle;

import com.kpipulse.adapters.text.StoredMessages;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.CycleText;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The cycles' snapshots in {@code cycle_snapshot}, {@code cycle_figure} and {@code cycle_source} (V20). A snapshot is
 * written once and never changed: a new run deletes its period's rows and inserts its own, in the caller's
 * transaction, after taking a transaction advisory lock on the period, so concurrent runs of one period follow each
 * other and the last one's snapshot is the one kept.
 */
@ApplicationScoped
public class PostgresCycleSnapshots implements CycleSnapshots {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtext('cycle_snapshot:' || ?))";
    private static final String DELETE = "delete from cycle_snapshot where period_code = ?";
    private static final String INSERT_SNAPSHOT = """
            insert into cycle_snapshot (period_code, grain, period_start, period_end, provisional, last_whole_day,
                                        ran_at, ran_by, off_track, at_risk, off_track_three_in_a_row)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_FIGURE = """
            insert into cycle_figure (period_code, position, kpi, channel, unit, direction, currency, actual, judgement,
                                      target, attainment, status, goal_id, previous, last_year, impact_kind, impact,
                                      off_track_three_in_a_row, cause, cause_against, causes_also, explained_by,
                                      cause_driver, evidence, anomalies)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_SOURCE = """
            insert into cycle_source (period_code, source_system, last_day, covered_days, due_days)
            values (?, ?, ?, ?, ?)
            """;
    private static final String SUMMARY_COLUMNS = """
            period_start, period_end, provisional, last_whole_day, ran_at, ran_by, off_track, at_risk,
            off_track_three_in_a_row""";
    private static final String FIND_SNAPSHOT = "select " + SUMMARY_COLUMNS + " from cycle_snapshot where period_code = ?";
    private static final String FIND_FIGURES = """
            select kpi, channel, unit, direction, currency, actual, judgement, target, attainment, status, goal_id,
                   previous, last_year, impact_kind, impact, off_track_three_in_a_row, cause, cause_against,
                   causes_also, explained_by, cause_driver, evidence, anomalies
            from cycle_figure where period_code = ? order by position
            """;
    private static final String FIND_SOURCES = """
            select source_system, last_day, covered_days, due_days from cycle_source where period_code = ?
            order by source_system
            """;
    private static final String BETWEEN = "select " + SUMMARY_COLUMNS + """
             from cycle_snapshot where period_start between ? and ?
            order by period_start desc, grain limit ?
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresCycleSnapshots(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<CycleSnapshot> replace(CycleSnapshot snapshot) {
        String code = snapshot.period().code();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.setString(1, code);
                lock.executeQuery().close();
            }
            Optional<CycleSnapshot> replaced = find(connection, snapshot.period());
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, code);
                delete.executeUpdate();
            }
            insert(connection, snapshot);
            return replaced;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the cycle of " + code, e);
        }
    }

    @Override
    public Optional<CycleSnapshot> find(CyclePeriod period) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, period);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cycle of " + period.code(), e);
        }
    }

    @Override
    public List<CycleSummary> between(LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(BETWEEN)) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            statement.setInt(3, LISTING_LIMIT);
            List<CycleSummary> summaries = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    summaries.add(summary(rs));
                }
            }
            return summaries;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the cycles", e);
        }
    }

    private static void insert(Connection connection, CycleSnapshot snapshot) throws SQLException {
        String code = snapshot.period().code();
        CycleSummary summary = snapshot.summary();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SNAPSHOT)) {
            insert.setString(1, code);
            insert.setString(2, snapshot.period().grain().name());
            insert.setDate(3, Date.valueOf(snapshot.period().period().start()));
            insert.setDate(4, Date.valueOf(snapshot.period().period().endExclusive()));
            insert.setBoolean(5, snapshot.provisional());
            insert.setDate(6, Date.valueOf(snapshot.lastWholeDay()));
            insert.setTimestamp(7, Timestamp.from(snapshot.ranAt()));
            insert.setString(8, snapshot.ranBy());
            insert.setLong(9, summary.offTrack());
            insert.setLong(10, summary.atRisk());
            insert.setLong(11, summary.offTrackThreeInARow());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FIGURE)) {
            int position = 0;
            for (CycleFigure figure : snapshot.figures()) {
                insert.setString(1, code);
                insert.setInt(2, position++);
                insert.setString(3, figure.kpi().value());
                insert.setString(4, figure.channel().orElse(null));
                insert.setString(5, figure.unit().name());
                insert.setString(6, figure.direction().name());
                insert.setString(7, figure.currency().map(Currency::getCurrencyCode).orElse(null));
                number(insert, 8, figure.actual());
                insert.setString(9, figure.judgement().name());
                number(insert, 10, figure.target());
                number(insert, 11, figure.attainment());
                insert.setString(12, figure.status().map(Status::name).orElse(null));
                insert.setString(13, figure.goalId().orElse(null));
                number(insert, 14, figure.previous());
                number(insert, 15, figure.lastYear());
                switch (figure.impact()) {
                    case Impact.InMoney money -> {
                        insert.setString(16, "MONEY");
                        insert.setBigDecimal(17, money.amount());
                    }
                    case Impact.ShareOfTarget share -> {
                        insert.setString(16, "SHARE");
                        insert.setBigDecimal(17, share.share());
                    }
                    case Impact.Unmeasured none -> {
                        insert.setString(16, "NONE");
                        insert.setNull(17, Types.NUMERIC);
                    }
                }
                insert.setBoolean(18, figure.offTrackThreeInARow());
                why(insert, figure.why());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SOURCE)) {
            for (SourceCompleteness source : snapshot.completeness()) {
                insert.setString(1, code);
                insert.setString(2, source.sourceSystem());
                insert.setDate(3, Date.valueOf(source.lastDay()));
                insert.setLong(4, source.coveredDays());
                insert.setLong(5, source.dueDays());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Optional<CycleSnapshot> find(Connection connection, CyclePeriod period) throws SQLException {
        CycleSummary summary;
        LocalDate lastWholeDay;
        try (PreparedStatement statement = connection.prepareStatement(FIND_SNAPSHOT)) {
            statement.setString(1, period.code());
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                summary = summary(rs);
                lastWholeDay = rs.getDate("last_whole_day").toLocalDate();
            }
        }
        List<CycleFigure> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FIND_FIGURES)) {
            statement.setString(1, period.code());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    figures.add(figure(rs));
                }
            }
        }
        List<SourceCompleteness> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FIND_SOURCES)) {
            statement.setString(1, period.code());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sources.add(new SourceCompleteness(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getLong(3),
                            rs.getLong(4)));
                }
            }
        }
        return Optional.of(new CycleSnapshot(period, summary.provisional(), lastWholeDay, summary.ranAt(),
                summary.ranBy(), figures, sources));
    }

    private static CycleSummary summary(ResultSet rs) throws SQLException {
        Period period = new Period(rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate());
        return new CycleSummary(new CyclePeriod(period), rs.getBoolean("provisional"),
                rs.getTimestamp("ran_at").toInstant(), rs.getString("ran_by"), rs.getLong("off_track"),
                rs.getLong("at_risk"), rs.getLong("off_track_three_in_a_row"));
    }

    private static CycleFigure figure(ResultSet rs) throws SQLException {
        Optional<Currency> currency = Optional.ofNullable(rs.getString("currency")).map(String::strip)
                .map(Currency::getInstance);
        Optional<BigDecimal> impactValue = Optional.ofNullable(rs.getBigDecimal("impact"));
        Impact impact = switch (rs.getString("impact_kind")) {
            case "MONEY" -> new Impact.InMoney(impactValue.orElseThrow(), currency.orElseThrow());
            case "SHARE" -> new Impact.ShareOfTarget(impactValue.orElseThrow());
            default -> new Impact.Unmeasured();
        };
        return new CycleFigure(new KpiCode(rs.getString("kpi")), Optional.ofNullable(rs.getString("channel")),
                Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")), currency,
                Optional.ofNullable(rs.getBigDecimal("actual")), CycleFigure.Judgement.valueOf(rs.getString("judgement")),
                Optional.ofNullable(rs.getBigDecimal("target")), Optional.ofNullable(rs.getBigDecimal("attainment")),
                Optional.ofNullable(rs.getString("status")).map(Status::valueOf),
                Optional.ofNullable(rs.getString("goal_id")), Optional.ofNullable(rs.getBigDecimal("previous")),
                Optional.ofNullable(rs.getBigDecimal("last_year")), impact, rs.getBoolean("off_track_three_in_a_row"),
                why(rs));
    }

    /** Columns 19 to 25: the cause the analysis named, or nulls. */
    private static void why(PreparedStatement insert, Optional<CycleCause> why) throws SQLException {
        insert.setString(19, why.map(cause -> cause.cause().name()).orElse(null));
        insert.setString(20, why.map(cause -> cause.against().name()).orElse(null));
        insert.setString(21, why.map(cause -> joined(cause.alsoFits().stream().map(Cause::name).toList())).orElse(null));
        insert.setString(22, why.map(cause -> joined(cause.explainedBy())).orElse(null));
        insert.setString(23, why.flatMap(CycleCause::driver).orElse(null));
        insert.setString(24, why.map(cause -> StoredMessages.list(cause.evidence())).orElse(null));
        insert.setString(25, why.map(cause -> joined(cause.anomalies())).orElse(null));
    }

    private static Optional<CycleCause> why(ResultSet rs) throws SQLException {
        String cause = rs.getString("cause");
        if (cause == null) {
            return Optional.empty();
        }
        return Optional.of(new CycleCause(ReferenceKind.valueOf(rs.getString("cause_against")), Cause.valueOf(cause),
                split(rs.getString("causes_also")).stream().map(Cause::valueOf).toList(),
                split(rs.getString("explained_by")), Optional.ofNullable(rs.getString("cause_driver")),
                StoredMessages.readList(rs.getString("evidence"), CycleText.EVIDENCE_AS_WRITTEN),
                split(rs.getString("anomalies"))));
    }

    /** Codes and ids have no commas. */
    private static String joined(List<String> codes) {
        return String.join(",", codes);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static void number(PreparedStatement statement, int index, Optional<BigDecimal> value) throws SQLException {
        if (value.isPresent()) {
            statement.setBigDecimal(index, value.get());
        } else {
            statement.setNull(index, Types.NUMERIC);
        }
    }
}

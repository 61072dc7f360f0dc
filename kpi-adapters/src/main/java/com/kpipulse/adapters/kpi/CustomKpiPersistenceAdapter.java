package com.kpipulse.adapters.kpi;

import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.Unit;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Custom KPI definitions in {@code custom_kpi}: read through Panache, written with statements that check the
 * expected version where they write ({@code insert … on conflict}, {@code update … where version = ?}), so two admins
 * who read the same version cannot both replace it and two who create the same code at once never collide on the key.
 */
@ApplicationScoped
public class CustomKpiPersistenceAdapter implements CustomKpis {

    @ApplicationScoped
    public static class CustomKpiPanacheRepository implements PanacheRepositoryBase<CustomKpiJpaEntity, String> {
    }

    /** The transaction-scoped advisory lock every change of custom KPIs takes first. */
    static final String LOCK = "custom_kpi";

    private static final String COLUMNS = "name_ru, name_en, formula, unit, direction, level, kpi_group, explanation_ru,"
            + " explanation_en";
    private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?";

    private final CustomKpiPanacheRepository repository;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    @Inject
    public CustomKpiPersistenceAdapter(CustomKpiPanacheRepository repository, AgroalDataSource dataSource, Clock clock) {
        this.repository = repository;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public List<Versioned<CustomKpiDraft>> all() {
        return repository.listAll(Sort.ascending("definedAt", "code")).stream().map(CustomKpiPersistenceAdapter::read).toList();
    }

    @Override
    public Optional<Versioned<CustomKpiDraft>> find(String code) {
        return repository.findByIdOptional(code).map(CustomKpiPersistenceAdapter::read);
    }

    /** The single row of {@code custom_kpi_stamp}, which every statement changing {@code custom_kpi} moves on. */
    @Override
    public long stamp() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select stamp from custom_kpi_stamp");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("custom_kpi_stamp has no row: the migrations did not run");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stamp of the custom KPIs", e);
        }
    }

    @Override
    public VersionedWrite save(CustomKpiDraft draft, ExpectedVersion expected) {
        String sql = switch (expected) {
            case ExpectedVersion.Any any -> "insert into custom_kpi (code, " + COLUMNS + ", defined_at, version)"
                    + " values (?, " + VALUES + ", ?, 1) on conflict (code) do update set (" + COLUMNS + ", version) = ("
                    + "excluded.name_ru, excluded.name_en, excluded.formula, excluded.unit, excluded.direction,"
                    + " excluded.level, excluded.kpi_group, excluded.explanation_ru, excluded.explanation_en,"
                    + " custom_kpi.version + 1) returning version";
            case ExpectedVersion.Exactly exactly when exactly.version() == 0 -> "insert into custom_kpi (code, "
                    + COLUMNS + ", defined_at, version) values (?, " + VALUES + ", ?, 1) on conflict (code) do nothing"
                    + " returning version";
            case ExpectedVersion.Exactly exactly -> "update custom_kpi set (" + COLUMNS + ", version) = (" + VALUES
                    + ", version + 1) where code = ? and version = ? returning version";
        };
        boolean update = expected instanceof ExpectedVersion.Exactly exactly && exactly.version() > 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (!update) {
                statement.setString(i++, draft.code());
            }
            statement.setString(i++, draft.nameRu());
            statement.setString(i++, draft.nameEn());
            statement.setString(i++, draft.formula());
            statement.setString(i++, draft.unit().name());
            statement.setString(i++, draft.direction().name());
            statement.setString(i++, draft.level().name());
            statement.setString(i++, draft.group().name());
            statement.setString(i++, draft.explanationRu() == null ? "" : draft.explanationRu());
            statement.setString(i++, draft.explanationEn() == null ? "" : draft.explanationEn());
            if (update) {
                statement.setString(i++, draft.code());
                statement.setLong(i, ((ExpectedVersion.Exactly) expected).version());
            } else {
                statement.setTimestamp(i, Timestamp.from(clock.instant()));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new VersionedWrite.Written(rs.getLong(1)) : notWritten(connection, draft.code());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store custom KPI «" + draft.code() + "»", e);
        }
    }

    @Override
    public VersionedWrite delete(String code, ExpectedVersion expected) {
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from custom_kpi where code = ?" + condition)) {
            delete.setString(1, code);
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                delete.setLong(2, exactly.version());
            }
            return delete.executeUpdate() == 1 ? new VersionedWrite.Written(0) : notWritten(connection, code);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete custom KPI «" + code + "»", e);
        }
    }

    @Override
    public void lockForChange() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, LOCK);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the custom KPIs for a change", e);
        }
    }

    private static VersionedWrite notWritten(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from custom_kpi where code = ?")) {
            select.setString(1, code);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
            }
        }
    }

    private static Versioned<CustomKpiDraft> read(CustomKpiJpaEntity entity) {
        return new Versioned<>(new CustomKpiDraft(entity.code, entity.nameRu, entity.nameEn, entity.formula,
                Unit.valueOf(entity.unit), Direction.valueOf(entity.direction), Level.valueOf(entity.level),
                KpiGroup.valueOf(entity.group), entity.explanationRu, entity.explanationEn), entity.version);
    }
}

package com.kpipulse.adapters.goal;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Goals in PostgreSQL; the domain never sees an entity. Reads go through Panache entities (the goal row, with its
 * version, before its KPI rows, so what is read is never older than the version it carries). Writes are plain
 * statements: a change first raises the goal row's version in one {@code update … where id = ? and version = ?}, which
 * checks the expected version and locks the row, and only then replaces the KPI rows. So of two writers that read the
 * same version one finds no row to update and is stale, and writers that expect any version replace the KPI rows one
 * after the other instead of deleting each other's rows by their positions and colliding on the keys (entities would
 * delete the rows they had loaded, not the rows that are there).
 */
@ApplicationScoped
public class GoalPersistenceAdapter implements Goals {

    @ApplicationScoped
    public static class GoalPanacheRepository implements PanacheRepositoryBase<GoalJpaEntity, UUID> {
    }

    private final GoalPanacheRepository repository;
    private final AgroalDataSource dataSource;

    @Inject
    public GoalPersistenceAdapter(GoalPanacheRepository repository, AgroalDataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void create(Goal goal) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into goal (id, " + GoalMapper.GOAL_COLUMNS
                     + ", version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            insert.setObject(1, goal.id().value());
            GoalMapper.bindGoal(insert, 2, goal);
            insert.executeUpdate();
            insertKpis(connection, goal);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store goal " + goal.id().value(), e);
        }
    }

    @Override
    public VersionedWrite replace(Goal goal, ExpectedVersion expected) {
        UUID id = goal.id().value();
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update goal set ("
                     + GoalMapper.GOAL_COLUMNS + ", version) = (?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1) where id = ?"
                     + condition + " returning version")) {
            int next = GoalMapper.bindGoal(update, 1, goal);
            update.setObject(next++, id);
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                update.setLong(next, exactly.version());
            }
            long version;
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    return notWritten(connection, id);
                }
                version = rs.getLong(1);
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from goal_kpi where goal_id = ?")) {
                delete.setObject(1, id); // the weekly parts go with their KPI rows (on delete cascade)
                delete.executeUpdate();
            }
            insertKpis(connection, goal);
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store goal " + id, e);
        }
    }

    @Override
    public Optional<Versioned<Goal>> find(GoalId id) {
        return repository.findByIdOptional(id.value()).map(GoalPersistenceAdapter::read);
    }

    @Override
    public List<Versioned<Goal>> all() {
        return repository.listAll(Sort.ascending("startDate", "title")).stream().map(GoalPersistenceAdapter::read).toList();
    }

    @Override
    public VersionedWrite delete(GoalId id, ExpectedVersion expected) {
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from goal where id = ?" + condition)) {
            delete.setObject(1, id.value());
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                delete.setLong(2, exactly.version());
            }
            return delete.executeUpdate() == 1 ? new VersionedWrite.Written(0) : notWritten(connection, id.value());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete goal " + id.value(), e);
        }
    }

    private static Versioned<Goal> read(GoalJpaEntity entity) {
        long version = entity.version; // the goal row first, then its KPI rows (loaded as they are read)
        return new Versioned<>(GoalMapper.toDomain(entity), version);
    }

    private static void insertKpis(Connection connection, Goal goal) throws SQLException {
        try (PreparedStatement kpis = connection.prepareStatement(GoalMapper.INSERT_KPI);
             PreparedStatement parts = connection.prepareStatement(GoalMapper.INSERT_PART)) {
            GoalMapper.addKpis(kpis, parts, goal);
            kpis.executeBatch();
            parts.executeBatch();
        }
    }

    /** Why a conditional write touched no row: the goal moved on (stale, with its version now) or is gone. */
    private static VersionedWrite notWritten(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from goal where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
            }
        }
    }
}

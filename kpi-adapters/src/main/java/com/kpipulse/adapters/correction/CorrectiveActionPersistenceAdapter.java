package com.kpipulse.adapters.correction;

import com.kpipulse.application.correction.ActionFilter;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Corrective actions in {@code corrective_action} and {@code corrective_action_comment} (V23); the domain never sees
 * an entity. Reads go through Panache (an action with its comments in one query). Writes are statements, as for
 * goals: a change first raises the action's version in one {@code update … where id = ? and version = ?}, which
 * checks the version read and locks the row, and only then replaces the comments; of two writers that read the same
 * version, one finds no row to update and is stale.
 */
@ApplicationScoped
public class CorrectiveActionPersistenceAdapter implements CorrectiveActions {

    @ApplicationScoped
    public static class CorrectiveActionPanacheRepository
            implements PanacheRepositoryBase<CorrectiveActionJpaEntity, UUID> {
    }

    private static final String WITH_COMMENTS = "select action from CorrectiveActionJpaEntity action"
            + " left join fetch action.comments";
    private static final String ORDER = " order by action.dueDate, action.createdAt, action.id";

    private final CorrectiveActionPanacheRepository repository;
    private final AgroalDataSource dataSource;

    @Inject
    public CorrectiveActionPersistenceAdapter(CorrectiveActionPanacheRepository repository,
                                              AgroalDataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void create(CorrectiveAction action) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into corrective_action (id, "
                     + CorrectiveActionMapper.COLUMNS + ", version) values (?, " + CorrectiveActionMapper.PLACES
                     + ", 1)")) {
            insert.setObject(1, action.id().value());
            CorrectiveActionMapper.bind(insert, 2, action);
            insert.executeUpdate();
            insertComments(connection, action);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store corrective action " + action.id(), e);
        }
    }

    @Override
    public VersionedWrite replace(CorrectiveAction action, ExpectedVersion expected) {
        UUID id = action.id().value();
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update corrective_action set ("
                     + CorrectiveActionMapper.COLUMNS + ", version) = (" + CorrectiveActionMapper.PLACES
                     + ", version + 1) where id = ?" + condition + " returning version")) {
            int next = CorrectiveActionMapper.bind(update, 1, action);
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
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from corrective_action_comment where action_id = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
            insertComments(connection, action);
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store corrective action " + id, e);
        }
    }

    @Override
    public Optional<Versioned<CorrectiveAction>> find(ActionId id) {
        // one action by its key: no row limit, which with the comments fetched would be applied in memory
        return repository.find(WITH_COMMENTS + " where action.id = :id", Parameters.with("id", id.value()))
                .singleResultOptional().map(CorrectiveActionPersistenceAdapter::read);
    }

    @Override
    public List<Versioned<CorrectiveAction>> matching(ActionFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.owner().ifPresent(owner -> {
            conditions.add("lower(action.owner) = lower(:owner)");
            parameters.and("owner", owner);
        });
        filter.goal().ifPresent(goal -> {
            conditions.add("action.goalId = :goal");
            parameters.and("goal", goal.value());
        });
        if (!filter.statuses().isEmpty()) {
            conditions.add("action.status in :statuses");
            parameters.and("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        filter.overdueOn().ifPresent(day -> {
            conditions.add("action.status in :open and action.dueDate < :day");
            parameters.and("open", Arrays.stream(ActionStatus.values()).filter(ActionStatus::open).map(Enum::name)
                    .toList());
            parameters.and("day", day);
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return repository.find(WITH_COMMENTS + where + ORDER, parameters).list().stream()
                .map(CorrectiveActionPersistenceAdapter::read).toList();
    }

    private static Versioned<CorrectiveAction> read(CorrectiveActionJpaEntity entity) {
        return new Versioned<>(CorrectiveActionMapper.toDomain(entity), entity.version);
    }

    private static void insertComments(Connection connection, CorrectiveAction action) throws SQLException {
        if (action.comments().isEmpty()) {
            return;
        }
        try (PreparedStatement comments = connection.prepareStatement(CorrectiveActionMapper.INSERT_COMMENT)) {
            CorrectiveActionMapper.addComments(comments, action);
            comments.executeBatch();
        }
    }

    /** Why a conditional write touched no row: the action moved on (stale, with its version now) or is gone. */
    private static VersionedWrite notWritten(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select version from corrective_action where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
            }
        }
    }
}

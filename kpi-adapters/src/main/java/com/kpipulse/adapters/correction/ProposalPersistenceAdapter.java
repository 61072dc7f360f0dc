package com.kpipulse.adapters.correction;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalStatus;
import com.kpipulse.domain.cycle.CyclePeriod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The proposals in {@code proposal} (V24); the domain never sees an entity. Reads go through Panache. Writes are
 * statements, as for corrective actions: a cycle's open proposals are deleted and inserted under a transaction
 * advisory lock on the period (two runs of one period follow each other); a decision raises the version in one
 * {@code update … where id = ? and version = ?}. {@link #findToDecide} locks the row ({@code for update}) first, so two
 * people deciding on one proposal follow each other and the second finds it decided.
 */
@ApplicationScoped
public class ProposalPersistenceAdapter implements Proposals {

    @ApplicationScoped
    public static class ProposalPanacheRepository implements PanacheRepositoryBase<ProposalJpaEntity, UUID> {
    }

    private static final String LOCK_PERIOD = "select pg_advisory_xact_lock(hashtext('proposal:' || ?))";

    private final ProposalPanacheRepository repository;
    private final AgroalDataSource dataSource;

    @Inject
    public ProposalPersistenceAdapter(ProposalPanacheRepository repository, AgroalDataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void replaceOpen(CyclePeriod period, List<Proposal> made) {
        String code = period.code();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_PERIOD)) {
                lock.setString(1, code);
                lock.executeQuery().close();
            }
            int next;
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from proposal where period_code = ? and status = 'OPEN'");
                 PreparedStatement last = connection.prepareStatement(
                         "select coalesce(max(position) + 1, 0) from proposal where period_code = ?")) {
                delete.setString(1, code);
                delete.executeUpdate();
                last.setString(1, code);
                try (ResultSet rs = last.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into proposal ("
                    + ProposalMapper.COLUMNS + ", version) values (" + ProposalMapper.PLACES + ", 1)")) {
                for (Proposal proposal : made) {
                    ProposalMapper.bind(insert, proposal, next++);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the proposals of " + code, e);
        }
    }

    @Override
    public List<Versioned<Proposal>> ofPeriod(CyclePeriod period) {
        return repository.find("periodCode = :code order by position", Parameters.with("code", period.code()))
                .list().stream().map(ProposalPersistenceAdapter::read).toList();
    }

    @Override
    public Optional<Versioned<Proposal>> find(ProposalId id) {
        return repository.findByIdOptional(id.value()).map(ProposalPersistenceAdapter::read);
    }

    @Override
    public Optional<Versioned<Proposal>> findToDecide(ProposalId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(
                     "select version from proposal where id = ? for update")) {
            lock.setObject(1, id.value());
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold proposal " + id, e);
        }
        return find(id);
    }

    @Override
    public VersionedWrite decide(Proposal decided, ExpectedVersion expected) {
        UUID id = decided.id().value();
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update proposal set (status, action_id,"
                     + " rejected_reason, rejected_by, rejected_at, version) = (?, ?, ?, ?, ?, version + 1)"
                     + " where id = ?" + condition + " returning version")) {
            int next = ProposalMapper.bindDecision(update, 1, decided);
            update.setObject(next++, id);
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                update.setLong(next, exactly.version());
            }
            try (ResultSet rs = update.executeQuery()) {
                if (rs.next()) {
                    return new VersionedWrite.Written(rs.getLong(1));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select version from proposal where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store proposal " + id, e);
        }
    }

    @Override
    public List<Proposal> rejectedBetween(LocalDate from, LocalDate to) {
        return repository.find("status = :status and periodStart between :from and :to order by periodStart",
                        Parameters.with("status", ProposalStatus.REJECTED.name()).and("from", from).and("to", to))
                .list().stream().map(ProposalMapper::toDomain).toList();
    }

    private static Versioned<Proposal> read(ProposalJpaEntity entity) {
        return new Versioned<>(ProposalMapper.toDomain(entity), entity.version);
    }
}

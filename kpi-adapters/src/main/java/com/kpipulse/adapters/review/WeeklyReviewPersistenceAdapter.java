package com.kpipulse.adapters.review;

import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.ReviewStatus;
import com.kpipulse.domain.review.WeeklyReview;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Weekly reviews in {@code weekly_review} and its tables (V26); the domain never sees an entity. Reads go through
 * Panache. Writes are statements, as for corrective actions: a change first raises the review's version in one
 * {@code update … where id = ? and status = 'OPEN' and version = ?}, which checks that the review is open and at the
 * version read and locks its row, and only then replaces its items, attendance and ratings. A note is inserted only
 * while its review is open and an addendum only once it is closed, each checked in the inserting statement under a
 * share lock of the review's row, so a note racing the close waits for it and is refused.
 */
@ApplicationScoped
public class WeeklyReviewPersistenceAdapter implements WeeklyReviews {

    @ApplicationScoped
    public static class WeeklyReviewPanacheRepository implements PanacheRepositoryBase<WeeklyReviewJpaEntity, UUID> {
    }

    @ApplicationScoped
    public static class WeeklyReviewNotePanacheRepository
            implements PanacheRepositoryBase<WeeklyReviewNoteJpaEntity, Long> {
    }

    @ApplicationScoped
    public static class WeeklyReviewAddendumPanacheRepository
            implements PanacheRepositoryBase<WeeklyReviewAddendumJpaEntity, Long> {
    }

    @ApplicationScoped
    public static class WeeklyReviewMinutesPanacheRepository
            implements PanacheRepositoryBase<WeeklyReviewMinutesJpaEntity, UUID> {
    }

    private static final String INSERT = """
            insert into weekly_review (id, week_code, week_start, status, started_by, started_at, version)
            values (?, ?, ?, 'OPEN', ?, ?, 1)
            on conflict (week_code) where status = 'OPEN' do nothing
            """;
    private static final String UPDATE = """
            update weekly_review set (status, closed_by, closed_at, version) = (?, ?, ?, version + 1)
            where id = ? and status = 'OPEN'
            """;
    private static final String INSERT_ATTENDANCE = """
            insert into weekly_review_attendance (review_id, position, login) values (?, ?, ?)
            """;
    private static final String INSERT_RATING = """
            insert into weekly_review_rating (review_id, login, rating) values (?, ?, ?)
            """;
    private static final String INSERT_NOTE = """
            insert into weekly_review_note (review_id, item, author, written_at, text)
            select review.id, ?, ?, ?, ? from weekly_review review where review.id = ? and review.status = 'OPEN'
            for share
            """;
    private static final String INSERT_ADDENDUM = """
            insert into weekly_review_addendum (review_id, author, written_at, text)
            select review.id, ?, ?, ? from weekly_review review where review.id = ? and review.status = 'CLOSED'
            for share
            """;
    private static final String INSERT_MINUTES = """
            insert into weekly_review_minutes (review_id, frozen_at, markdown_ru, markdown_en) values (?, ?, ?, ?)
            """;

    private final WeeklyReviewPanacheRepository reviews;
    private final WeeklyReviewNotePanacheRepository notes;
    private final WeeklyReviewAddendumPanacheRepository addenda;
    private final WeeklyReviewMinutesPanacheRepository minutes;
    private final AgroalDataSource dataSource;

    @Inject
    public WeeklyReviewPersistenceAdapter(WeeklyReviewPanacheRepository reviews,
                                          WeeklyReviewNotePanacheRepository notes,
                                          WeeklyReviewAddendumPanacheRepository addenda,
                                          WeeklyReviewMinutesPanacheRepository minutes, AgroalDataSource dataSource) {
        this.reviews = reviews;
        this.notes = notes;
        this.addenda = addenda;
        this.minutes = minutes;
        this.dataSource = dataSource;
    }

    @Override
    public Creation create(WeeklyReview review) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, review.id().value());
            insert.setString(2, review.week().code());
            insert.setDate(3, Date.valueOf(review.week().period().start()));
            insert.setString(4, review.startedBy());
            insert.setTimestamp(5, Timestamp.from(review.startedAt()));
            if (insert.executeUpdate() == 0) {
                return new Creation.WeekTaken(openId(connection, review.week())
                        .orElseThrow(() -> new IllegalStateException("No open review of " + review.week())));
            }
            insertParts(connection, review);
            return new Creation.Created();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store weekly review " + review.id(), e);
        }
    }

    @Override
    public VersionedWrite replace(WeeklyReview review, ExpectedVersion expected) {
        UUID id = review.id().value();
        String condition = expected instanceof ExpectedVersion.Exactly ? " and version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(UPDATE.strip() + condition + " returning version")) {
            update.setString(1, review.status().name());
            update.setString(2, review.closedBy().orElse(null));
            WeeklyReviewMapper.setNullable(update, 3, review.closedAt());
            update.setObject(4, id);
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                update.setLong(5, exactly.version());
            }
            long version;
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    return notWritten(connection, id);
                }
                version = rs.getLong(1);
            }
            for (String table : List.of("weekly_review_item", "weekly_review_attendance", "weekly_review_rating")) {
                try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                        + " where review_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
            }
            insertParts(connection, review);
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store weekly review " + id, e);
        }
    }

    @Override
    public Optional<Versioned<WeeklyReview>> find(ReviewId id) {
        return reviews.findByIdOptional(id.value()).map(this::read);
    }

    @Override
    public Optional<Versioned<WeeklyReview>> openFor(CyclePeriod week) {
        return reviews.find("weekCode = :week and status = :open",
                        Parameters.with("week", week.code()).and("open", ReviewStatus.OPEN.name()))
                .firstResultOptional().map(this::read);
    }

    @Override
    public List<Versioned<WeeklyReview>> latest(int limit) {
        return reviews.findAll(Sort.descending("weekStart").and("startedAt", Sort.Direction.Descending).and("id"))
                .page(Page.ofSize(limit)).list().stream().map(this::read).toList();
    }

    @Override
    public Appending addNote(ReviewNote note) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_NOTE)) {
            insert.setInt(1, note.item());
            insert.setString(2, note.author());
            insert.setTimestamp(3, Timestamp.from(note.at()));
            insert.setString(4, note.text());
            insert.setObject(5, note.review().value());
            return insert.executeUpdate() == 1 ? Appending.APPENDED : notAppended(connection, note.review());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a note on weekly review " + note.review(), e);
        }
    }

    @Override
    public List<ReviewNote> notes(ReviewId review) {
        return notes.list("reviewId", Sort.by("id"), review.value()).stream()
                .map(note -> new ReviewNote(review, note.item, note.author, note.writtenAt, note.text)).toList();
    }

    @Override
    public void freeze(FrozenMinutes frozen) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_MINUTES)) {
            insert.setObject(1, frozen.review().value());
            insert.setTimestamp(2, Timestamp.from(frozen.frozenAt()));
            insert.setString(3, frozen.markdown().ru());
            insert.setString(4, frozen.markdown().en());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not freeze the minutes of weekly review " + frozen.review(), e);
        }
    }

    @Override
    public Optional<FrozenMinutes> minutes(ReviewId review) {
        return minutes.findByIdOptional(review.value()).map(kept -> new FrozenMinutes(review, kept.frozenAt,
                LocalizedText.of(kept.markdownRu, kept.markdownEn)));
    }

    @Override
    public Appending addAddendum(Addendum addendum) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_ADDENDUM)) {
            insert.setString(1, addendum.author());
            insert.setTimestamp(2, Timestamp.from(addendum.at()));
            insert.setString(3, addendum.text());
            insert.setObject(4, addendum.review().value());
            return insert.executeUpdate() == 1 ? Appending.APPENDED : notAppended(connection, addendum.review());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store an addendum to weekly review " + addendum.review(), e);
        }
    }

    @Override
    public List<Addendum> addenda(ReviewId review) {
        return addenda.list("reviewId", Sort.by("id"), review.value()).stream()
                .map(kept -> new Addendum(review, kept.author, kept.writtenAt, kept.text)).toList();
    }

    /**
     * The review as read, the entity then detached: writes are statements the session does not see, so a later read
     * in the same transaction (a decision tried again after another change landed) must come from the store.
     */
    private Versioned<WeeklyReview> read(WeeklyReviewJpaEntity entity) {
        Versioned<WeeklyReview> review = new Versioned<>(WeeklyReviewMapper.toDomain(entity), entity.version);
        reviews.getEntityManager().detach(entity);
        return review;
    }

    private static void insertParts(Connection connection, WeeklyReview review) throws SQLException {
        try (PreparedStatement items = connection.prepareStatement(WeeklyReviewMapper.INSERT_ITEM)) {
            WeeklyReviewMapper.addItems(items, review);
            items.executeBatch();
        }
        try (PreparedStatement attendance = connection.prepareStatement(INSERT_ATTENDANCE)) {
            for (int position = 0; position < review.attendance().size(); position++) {
                attendance.setObject(1, review.id().value());
                attendance.setInt(2, position);
                attendance.setString(3, review.attendance().get(position));
                attendance.addBatch();
            }
            attendance.executeBatch();
        }
        try (PreparedStatement ratings = connection.prepareStatement(INSERT_RATING)) {
            for (Map.Entry<String, Integer> rating : review.ratings().entrySet()) {
                ratings.setObject(1, review.id().value());
                ratings.setString(2, rating.getKey());
                ratings.setInt(3, rating.getValue());
                ratings.addBatch();
            }
            ratings.executeBatch();
        }
    }

    private static Optional<ReviewId> openId(Connection connection, CyclePeriod week) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id from weekly_review where week_code = ? and status = 'OPEN'")) {
            select.setString(1, week.code());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new ReviewId(rs.getObject(1, UUID.class))) : Optional.empty();
            }
        }
    }

    /** Why a conditional write touched no row: the review moved on or was closed (stale), or is gone. */
    private static VersionedWrite notWritten(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from weekly_review where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
            }
        }
    }

    private static Appending notAppended(Connection connection, ReviewId review) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from weekly_review where id = ?")) {
            select.setObject(1, review.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Appending.REFUSED : Appending.MISSING;
            }
        }
    }
}

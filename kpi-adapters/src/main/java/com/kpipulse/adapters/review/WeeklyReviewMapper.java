package com.kpipulse.adapters.review;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewStatus;
import com.kpipulse.domain.review.WeeklyReview;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Between a weekly review and its rows: the entity it is read from, the statements its agenda is written with. */
final class WeeklyReviewMapper {

    static final String INSERT_ITEM = """
            insert into weekly_review_item (review_id, position, number, section, subject_kind, subject, channel, cause,
                                            three_in_a_row, minutes, dropped, decision, decision_version, actions)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private WeeklyReviewMapper() {
    }

    /** Adds the review's items to a batch of {@link #INSERT_ITEM}. */
    static void addItems(PreparedStatement insert, WeeklyReview review) throws SQLException {
        List<AgendaItem> items = review.items();
        for (int position = 0; position < items.size(); position++) {
            AgendaItem item = items.get(position);
            Subject subject = Subject.of(item.subject());
            insert.setObject(1, review.id().value());
            insert.setInt(2, position);
            insert.setInt(3, item.number());
            insert.setInt(4, item.section().number());
            insert.setString(5, subject.kind());
            insert.setString(6, subject.subject());
            insert.setString(7, subject.channel());
            insert.setString(8, subject.cause());
            insert.setBoolean(9, subject.threeInARow());
            insert.setInt(10, item.minutes());
            insert.setBoolean(11, item.dropped());
            insert.setString(12, item.decision());
            insert.setLong(13, item.decisionVersion());
            insert.setString(14, item.actions().stream().map(ActionId::toString).collect(Collectors.joining(",")));
            insert.addBatch();
        }
    }

    static void setNullable(PreparedStatement statement, int index, Optional<java.time.Instant> at) throws SQLException {
        if (at.isPresent()) {
            statement.setTimestamp(index, java.sql.Timestamp.from(at.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    static WeeklyReview toDomain(WeeklyReviewJpaEntity entity) {
        CyclePeriod week = CyclePeriod.parse(entity.weekCode).orElseThrow(
                () -> new IllegalStateException("Not a week: " + entity.weekCode));
        return new WeeklyReview(new ReviewId(entity.id), week, ReviewStatus.valueOf(entity.status), entity.startedBy,
                entity.startedAt, entity.items.stream().map(WeeklyReviewMapper::item).toList(),
                List.copyOf(entity.attendance), entity.ratings, Optional.ofNullable(entity.closedBy),
                Optional.ofNullable(entity.closedAt));
    }

    private static AgendaItem item(WeeklyReviewJpaEntity.Item row) {
        AgendaSection section = AgendaSection.numbered(row.section()).orElseThrow(
                () -> new IllegalStateException("Not a section: " + row.section()));
        List<ActionId> actions = row.actions() == null || row.actions().isEmpty() ? List.of()
                : Arrays.stream(row.actions().split(",")).map(id -> new ActionId(UUID.fromString(id))).toList();
        return new AgendaItem(row.number(), section, new Subject(row.subjectKind(), row.subject(), row.channel(),
                row.cause(), row.threeInARow()).toDomain(), row.minutes(), row.dropped(),
                row.decision() == null ? "" : row.decision(), row.decisionVersion(), actions);
    }

    /** A subject in the item's columns: its kind, what it names, the channel, the cause, the three-in-a-row flag. */
    private record Subject(String kind, String subject, String channel, String cause, boolean threeInARow) {

        static Subject of(AgendaSubject subject) {
            return switch (subject) {
                case AgendaSubject.Action action -> new Subject("ACTION", action.action().toString(), null, null, false);
                case AgendaSubject.Goal goal -> new Subject("GOAL", goal.goal().value().toString(), null, null, false);
                case AgendaSubject.Kpi kpi -> new Subject("KPI", kpi.kpi().value(), kpi.channel().orElse(null), null,
                        kpi.offTrackThreeInARow());
                case AgendaSubject.DataProblem problem -> new Subject("DATA_PROBLEM", problem.source(), null, null, false);
                case AgendaSubject.Anomaly anomaly -> new Subject("ANOMALY", anomaly.anomaly(), null, null, false);
                case AgendaSubject.ToDecide decide -> new Subject("TO_DECIDE", decide.kpi().value(),
                        decide.channel().orElse(null), decide.cause().name(), false);
                case AgendaSubject.Conclusion conclusion -> new Subject("CONCLUSION", null, null, null, false);
                case AgendaSubject.Free free -> new Subject("FREE", free.title(), null, null, false);
            };
        }

        AgendaSubject toDomain() {
            return switch (kind) {
                case "ACTION" -> new AgendaSubject.Action(new ActionId(UUID.fromString(subject)));
                case "GOAL" -> new AgendaSubject.Goal(new GoalId(UUID.fromString(subject)));
                case "KPI" -> new AgendaSubject.Kpi(new KpiCode(subject), Optional.ofNullable(channel), threeInARow);
                case "DATA_PROBLEM" -> new AgendaSubject.DataProblem(subject);
                case "ANOMALY" -> new AgendaSubject.Anomaly(subject);
                case "TO_DECIDE" -> new AgendaSubject.ToDecide(new KpiCode(subject), Optional.ofNullable(channel),
                        Cause.valueOf(cause));
                case "CONCLUSION" -> new AgendaSubject.Conclusion();
                case "FREE" -> new AgendaSubject.Free(subject);
                default -> throw new IllegalStateException("Not a subject kind: " + kind);
            };
        }
    }
}

package com.kpipulse.adapters.correction;

import com.kpipulse.domain.correction.ActionComment;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.EffectWindow;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Between a corrective action and its rows: the entity it is read from, the statements it is written with. */
final class CorrectiveActionMapper {

    /** The columns a write sets, in the order {@link #bind} binds them. */
    static final String COLUMNS = "title, goal_id, kpi, channels, owner, due_date, hypothesis, effect_kpi,"
            + " effect_direction, effect_size, effect_window_days, status, drop_reason, created_by, created_at";
    static final String PLACES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    static final String INSERT_COMMENT = "insert into corrective_action_comment (action_id, position, author,"
            + " written_at, text) values (?, ?, ?, ?, ?)";

    private CorrectiveActionMapper() {
    }

    /** Binds {@link #COLUMNS} from {@code first} on; answers the next free index. */
    static int bind(PreparedStatement statement, int first, CorrectiveAction action) throws SQLException {
        ActionDetails details = action.details();
        int i = first;
        statement.setString(i++, details.title());
        statement.setObject(i++, details.goal().map(GoalId::value).orElse(null));
        statement.setString(i++, details.kpi().map(KpiCode::value).orElse(null));
        statement.setString(i++, String.join(",", details.channels()));
        statement.setString(i++, details.owner());
        statement.setDate(i++, Date.valueOf(details.due()));
        statement.setString(i++, details.hypothesis());
        statement.setString(i++, details.effect().map(effect -> effect.kpi().value()).orElse(null));
        statement.setString(i++, details.effect().map(effect -> effect.direction().name()).orElse(null));
        if (details.effect().isPresent()) {
            statement.setBigDecimal(i++, details.effect().get().size());
        } else {
            statement.setNull(i++, Types.NUMERIC);
        }
        statement.setInt(i++, details.effectWindow().days());
        statement.setString(i++, action.status().name());
        statement.setString(i++, action.dropReason().orElse(null));
        statement.setString(i++, action.createdBy());
        statement.setTimestamp(i++, Timestamp.from(action.createdAt()));
        return i;
    }

    /** Adds the action's comments to a batch of {@link #INSERT_COMMENT}. */
    static void addComments(PreparedStatement statement, CorrectiveAction action) throws SQLException {
        List<ActionComment> comments = action.comments();
        for (int position = 0; position < comments.size(); position++) {
            ActionComment comment = comments.get(position);
            statement.setObject(1, action.id().value());
            statement.setInt(2, position);
            statement.setString(3, comment.author());
            statement.setTimestamp(4, Timestamp.from(comment.at()));
            statement.setString(5, comment.text());
            statement.addBatch();
        }
    }

    static CorrectiveAction toDomain(CorrectiveActionJpaEntity entity) {
        Optional<ExpectedEffect> effect = entity.effectKpi == null ? Optional.empty()
                : Optional.of(new ExpectedEffect(new KpiCode(entity.effectKpi),
                EffectDirection.valueOf(entity.effectDirection), entity.effectSize));
        List<String> channels = entity.channels == null || entity.channels.isBlank() ? List.of()
                : Arrays.asList(entity.channels.split(","));
        ActionDetails details = new ActionDetails(entity.title, Optional.ofNullable(entity.goalId).map(GoalId::new),
                Optional.ofNullable(entity.kpi).map(KpiCode::new), channels, entity.owner, entity.dueDate,
                entity.hypothesis, effect, new EffectWindow(entity.effectWindowDays));
        List<ActionComment> comments = entity.comments.stream()
                .map(comment -> new ActionComment(comment.author(), comment.writtenAt(), comment.text())).toList();
        return new CorrectiveAction(new ActionId(entity.id), details, ActionStatus.valueOf(entity.status),
                Optional.ofNullable(entity.dropReason), comments, entity.createdBy, entity.createdAt);
    }

}

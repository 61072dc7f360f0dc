package com.kpipulse.application.access;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with corrective actions, the one place these rules live:
 * <ul>
 *     <li>admins, the marketing head and marketers propose actions for anybody and change every action;</li>
 *     <li>the SMM specialist proposes actions she does herself and changes only hers;</li>
 *     <li>the viewer reads;</li>
 *     <li>an action is read by its owner and its proposer, and by whoever may see its goal and read its KPI
 *     ({@link ReadingRights}).</li>
 * </ul>
 */
@ApplicationScoped
public class ActionRights {

    private static final Set<Role> ASSIGN = EnumSet.of(Role.ADMIN, Role.MARKETING_HEAD, Role.MARKETER);

    private final ReadingRights reading;
    private final Goals goals;

    @Inject
    public ActionRights(ReadingRights reading, Goals goals) {
        this.reading = reading;
        this.goals = goals;
    }

    /** Whether the reader proposes actions for other people and changes theirs. */
    public static boolean assignsAnybody(Reader reader) {
        return reader.roles().stream().anyMatch(ASSIGN::contains);
    }

    /** Whether the reader may propose actions at all (for themselves at least). */
    public static boolean mayPropose(Reader reader) {
        return assignsAnybody(reader) || reader.is(Role.SMM_SPECIALIST);
    }

    /** Whether the reader may give an action to {@code owner} (a login). */
    public static boolean mayAssignTo(Reader reader, String owner) {
        return assignsAnybody(reader) || reader.is(Role.SMM_SPECIALIST) && reader.name().equalsIgnoreCase(owner);
    }

    /** Whether the reader may change the action: its details, its status, its comments. */
    public static boolean mayChange(Reader reader, CorrectiveAction action) {
        return assignsAnybody(reader) || reader.is(Role.SMM_SPECIALIST) && action.ownedBy(reader.name());
    }

    /** Whether the reader may read the action. */
    public boolean mayRead(Reader reader, CorrectiveAction action) {
        if (action.ownedBy(reader.name()) || action.createdBy().equalsIgnoreCase(reader.name())) {
            return true;
        }
        if (reader.roles().isEmpty()) {
            return false;
        }
        boolean goalVisible = action.details().goal().flatMap(goals::find).map(Versioned::value)
                .map(goal -> reading.mayRead(reader, goal)).orElse(true);
        return goalVisible && action.details().kpi().map(kpi -> reading.mayReadKpi(reader, kpi.value())).orElse(true);
    }

    /**
     * Whether the reader may see the figures of the action's effect: the action, and its KPI's values (an owner may
     * read an action about a KPI they may not read, but not that KPI's figures).
     */
    public boolean mayReadEffect(Reader reader, CorrectiveAction action) {
        return mayRead(reader, action)
                && action.details().kpi().map(kpi -> reading.mayReadKpi(reader, kpi.value())).orElse(true);
    }

    /** Whether the reader may name this goal in an action: one they may see. */
    public boolean mayLinkGoal(Reader reader, Goal goal) {
        return reading.mayRead(reader, goal);
    }

    /** Whether the reader may name this KPI in an action: one they may read. */
    public boolean mayLinkKpi(Reader reader, String kpi) {
        return reading.mayReadKpi(reader, kpi);
    }
}

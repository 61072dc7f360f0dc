package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.correction.ActionFilter;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.review.AgendaGenerator;
import com.kpipulse.domain.review.AgendaInputs;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Starts the weekly review of a week (issue 15), by the marketing head or an admin: by default the week of the latest
 * weekly cycle (Monday's cycle looks at the week just over). Its agenda is generated from that week's cycle, the
 * corrective actions (the previous review's first), the goals and the anomalies the cycle's analysis found
 * ({@link AgendaGenerator}; what the fifth section puts to a decision is {@link ReviewProposals}'s). A week has one
 * open review at a time: starting another answers with the open one. A week without a cycle has nothing to review yet,
 * and the answer says so. Audited.
 */
@ApplicationScoped
public class StartReview {

    /** How many earlier reviews are looked through for the previous one. */
    private static final int EARLIER = 20;

    private final WeeklyReviews reviews;
    private final CycleSnapshots cycles;
    private final CorrectiveActions actions;
    private final Goals goals;
    private final ReviewProposals proposals;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public StartReview(WeeklyReviews reviews, CycleSnapshots cycles, CorrectiveActions actions, Goals goals,
                       ReviewProposals proposals, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.cycles = cycles;
        this.actions = actions;
        this.goals = goals;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param weekCode the week as {@code 2026-W49}; null or blank for the latest weekly cycle's week
     */
    @Transactional
    public StartOutcome start(Reader writer, String weekCode) {
        if (!ReviewRights.mayRun(writer)) {
            return new StartOutcome.Denied();
        }
        LocalDate today = LocalDate.now(clock);
        Optional<CyclePeriod> week;
        if (weekCode == null || weekCode.isBlank()) {
            week = latestWeek(today);
            if (week.isEmpty()) {
                return new StartOutcome.NoCycle(Optional.empty());
            }
        } else {
            week = CyclePeriod.parse(weekCode.strip()).filter(period -> period.grain() == Grain.WEEK);
            if (week.isEmpty()) {
                return new StartOutcome.Rejected(List.of(ReviewProblem.of("week", ReviewProblemKind.NOT_A_WEEK,
                        InputProblem.excerpt(weekCode))));
            }
        }
        Optional<Versioned<WeeklyReview>> open = reviews.openFor(week.get());
        if (open.isPresent()) {
            return new StartOutcome.AlreadyOpen(open.get().value().id(), week.get());
        }
        Optional<CycleSnapshot> cycle = cycles.find(week.get());
        if (cycle.isEmpty()) {
            return new StartOutcome.NoCycle(week);
        }
        List<AgendaItem> agenda = new AgendaGenerator(proposals.current()).agenda(new AgendaInputs(cycle.get(), today,
                actions.matching(ActionFilter.all()).stream().map(Versioned::value).toList(),
                previousReviewsActions(week.get()), goals.all().stream().map(Versioned::value).toList(),
                AgendaGenerator.anomaliesOf(cycle.get())));
        WeeklyReview review = WeeklyReview.start(ReviewId.random(), week.get(), agenda, writer.name(), now());
        return switch (reviews.create(review)) {
            case WeeklyReviews.Creation.Created created -> {
                audit.record(writer.name(), ReviewAudit.SUBJECT, review.id().toString(), ReviewAudit.START, null,
                        ReviewAudit.agenda(review));
                yield new StartOutcome.Started(new Versioned<>(review, 1));
            }
            case WeeklyReviews.Creation.WeekTaken taken -> new StartOutcome.AlreadyOpen(taken.open(), week.get());
        };
    }

    /** The week of the latest weekly cycle of a week that has begun. */
    private Optional<CyclePeriod> latestWeek(LocalDate today) {
        return cycles.between(LocalDate.of(CyclePeriod.FIRST_YEAR, 1, 1), today).stream()
                .map(summary -> summary.period())
                .filter(period -> period.grain() == Grain.WEEK)
                .max(Comparator.naturalOrder());
    }

    /** The actions decided in the latest review of an earlier week. */
    private List<ActionId> previousReviewsActions(CyclePeriod week) {
        return reviews.latest(EARLIER).stream().map(Versioned::value)
                .filter(review -> review.week().compareTo(week) < 0)
                .findFirst().map(WeeklyReview::actions).orElse(List.of());
    }

    /** The time to the microsecond: what the store keeps. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

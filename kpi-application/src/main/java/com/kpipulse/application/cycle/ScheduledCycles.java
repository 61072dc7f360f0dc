package com.kpipulse.application.cycle;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cycles the schedule runs, once across replicas ({@link RunOnce}), each followed by its proposals
 * ({@link ProposeCorrections}): when the schedule has fired (Monday 06:00 by default), last week's cycle unless it ran
 * since, and last month's unless a run after its end is kept. A replica that was down when the schedule fired catches
 * up at its next look; one that finds another replica running skips.
 */
@ApplicationScoped
public class ScheduledCycles {

    /** The {@link RunOnce} name: one replica runs the scheduled cycles at a time. */
    public static final String LOCK = "monitoring-cycle";
    /** Who the audit trail says ran a scheduled cycle. */
    public static final String ACTOR = "schedule";

    private final RunCycle runCycle;
    private final ProposeCorrections propose;
    private final CycleSnapshots snapshots;
    private final RunOnce runOnce;
    private final Clock clock;

    @Inject
    public ScheduledCycles(RunCycle runCycle, ProposeCorrections propose, CycleSnapshots snapshots, RunOnce runOnce,
                           Clock clock) {
        this.runCycle = runCycle;
        this.propose = propose;
        this.snapshots = snapshots;
        this.runOnce = runOnce;
        this.clock = clock;
    }

    /**
     * Runs the cycles due after the schedule fired at {@code firedAt}.
     *
     * @return the periods it ran, or empty when another replica holds the lock
     */
    public Optional<List<CyclePeriod>> runDue(Instant firedAt) {
        return runOnce.exclusively(LOCK, () -> {
            LocalDate today = LocalDate.now(clock);
            List<CyclePeriod> ran = new ArrayList<>();
            CyclePeriod lastWeek = CyclePeriod.of(Grain.WEEK, today).previous();
            if (snapshots.find(lastWeek).filter(kept -> !kept.ranAt().isBefore(firedAt)).isEmpty()) {
                run(lastWeek);
                ran.add(lastWeek);
            }
            CyclePeriod lastMonth = CyclePeriod.of(Grain.MONTH, today).previous();
            if (snapshots.find(lastMonth).filter(kept -> !kept.provisional()).isEmpty()) {
                run(lastMonth);
                ran.add(lastMonth);
            }
            return List.copyOf(ran);
        });
    }

    /** The cycle, then its proposals in a transaction of their own. */
    private void run(CyclePeriod period) {
        if (runCycle.run(period, ACTOR) instanceof RunCycle.Outcome.Ran) {
            propose.forCycle(period);
        }
    }
}

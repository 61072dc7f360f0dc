package com.kpipulse.adapters.cycle;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import com.kpipulse.application.cycle.ScheduledCycles;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Drives {@link ScheduledCycles} on the company's clock: {@code kpi.cycle.cron} (Quartz syntax, default Monday 06:00)
 * is read in the company's time zone, which an admin may change at any time, so the timer only looks every
 * {@code kpi.cycle.check-every} (default 5 minutes; {@code off} to stop) whether the cron has fired since the cycles
 * last ran. Every replica looks; the use case lets one of them run.
 */
@ApplicationScoped
public class CycleScheduler {

    private static final Logger LOG = Logger.getLogger(CycleScheduler.class);
    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final ScheduledCycles cycles;
    private final Clock clock;
    private final ExecutionTime schedule;

    @Inject
    public CycleScheduler(ScheduledCycles cycles, Clock clock,
                          @ConfigProperty(name = "kpi.cycle.cron", defaultValue = "0 0 6 ? * MON") String cron) {
        this.cycles = cycles;
        this.clock = clock;
        this.schedule = ExecutionTime.forCron(QUARTZ.parse(cron).validate());
    }

    /**
     * An unreadable cron stops the start, not the first Monday morning (the constructor parsed it). The company's
     * zone is not asked for here: it is kept in the database, which need not answer yet when a replica starts.
     */
    public void checkTheCron(@Observes StartupEvent started) {
        LOG.debugf("Monitoring cycles are due at %s (UTC)", schedule.lastExecution(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    @Scheduled(identity = "monitoring-cycle", every = "${kpi.cycle.check-every:5m}", delayed = "${kpi.cycle.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ActivateRequestContext
    public void check() {
        Optional<ZonedDateTime> fired = schedule.lastExecution(ZonedDateTime.now(clock));
        if (fired.isEmpty()) {
            return;
        }
        cycles.runDue(fired.get().toInstant()).ifPresentOrElse(
                ran -> {
                    if (!ran.isEmpty()) {
                        LOG.infof("Scheduled monitoring cycles ran for %s", ran);
                    }
                },
                () -> LOG.debug("Another replica is running the monitoring cycles; this one skips the round"));
    }
}

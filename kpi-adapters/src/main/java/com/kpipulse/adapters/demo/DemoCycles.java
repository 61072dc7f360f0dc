package com.kpipulse.adapters.demo;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.application.cycle.RunCycle;
import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * On the demo company's first start, once its goals are set ({@link DemoGoals}), the monitoring cycle runs for the
 * weeks of its {@link DemoStory} and the last complete month, oldest first, as the Monday schedule would have run
 * them: the newcomer opens «Циклы» and finds the conversion drop, the day Metrica missed and the budget cut with their
 * causes and what the cycle proposes about them, instead of an empty list.
 */
@ApplicationScoped
public class DemoCycles {

    private static final Logger LOG = Logger.getLogger(DemoCycles.class);
    /** The weeks run: the story's four, from the conversion drop to the budget cut. */
    static final int WEEKS = 4;

    /** The demo's marketing head, who proposes the reallocation. */
    static final Reader HEAD = Reader.of("hanna", Set.of(Role.MARKETING_HEAD.claim()));

    private final RunCycle cycle;
    private final ProposeCorrections propose;

    @Inject
    public DemoCycles(RunCycle cycle, ProposeCorrections propose) {
        this.cycle = cycle;
        this.propose = propose;
    }

    /** After the goals (observers of default priority), so that the cycles judge against them. */
    public void onDemoLoaded(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataLoaded loaded) {
        for (CyclePeriod period : periods(loaded)) {
            long started = System.nanoTime();
            switch (cycle.run(period, DemoLoader.USER)) {
                case RunCycle.Outcome.Ran ran -> LOG.infof("Demo cycle %s: %d deviation(s), %d proposal(s) in %.1f s",
                        period.code(), ran.snapshot().deviations().size(), propose.forCycle(period).size(),
                        (System.nanoTime() - started) / 1e9);
                case RunCycle.Outcome.NotStarted notStarted -> LOG.infof("Demo cycle %s has not begun", period.code());
            }
        }
        askForTheReallocation(new CyclePeriod(Period.endingBy(Grain.WEEK, loaded.lastDay())));
    }

    /**
     * The story's last week is Google Ads' budget cut: the head opens the budget page and proposes the reallocation it
     * shows to the week's cycle, as a person would, so the weekly review has one to accept or reject.
     */
    private void askForTheReallocation(CyclePeriod week) {
        switch (propose.onRequest(HEAD, week, Outcome.REVENUE, ShiftLimit.standard())) {
            case ProposeCorrections.Requested.Made made -> LOG.infof("Demo reallocation proposed for %s: %s",
                    week.code(), made.proposal().id());
            case ProposeCorrections.Requested.Declined declined -> LOG.infof("Demo reallocation for %s declined: %s",
                    week.code(), declined.reason().english());
            case ProposeCorrections.Requested.NoCycle none -> LOG.infof("Demo week %s has no cycle", week.code());
            case ProposeCorrections.Requested.Denied denied -> LOG.infof("Demo reallocation for %s refused",
                    week.code());
        }
    }

    /** The last complete month, then the last {@value #WEEKS} complete weeks, oldest first. */
    static List<CyclePeriod> periods(DemoDataLoaded loaded) {
        List<CyclePeriod> periods = new ArrayList<>();
        periods.add(new CyclePeriod(Period.endingBy(Grain.MONTH, loaded.lastDay())));
        Period week = Period.endingBy(Grain.WEEK, loaded.lastDay());
        List<CyclePeriod> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.addFirst(new CyclePeriod(week));
            week = week.previous();
        }
        periods.addAll(weeks);
        return periods;
    }
}

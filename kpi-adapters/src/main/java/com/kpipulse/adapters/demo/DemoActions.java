package com.kpipulse.adapters.demo;

import com.kpipulse.adapters.audit.AuditTrailPersistenceAdapter;
import com.kpipulse.adapters.audit.AuditTrailPersistenceAdapter.AuditEntryPanacheRepository;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.correction.ActionChange;
import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.correction.ActionOutcome;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.scorecard.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * On the demo company's first start, after its cycles ({@link DemoCycles}), the corrective action its
 * {@link DemoStory} began with, decided and done weeks ago through the real use case as the marketer did it day by
 * day: a new landing page for VK Ads, proposed a week before the conversion drop, accepted, taken in progress on the
 * drop's Monday and done that Sunday. Its check window of three weeks ends with the last complete week, so the
 * newcomer finds on «Действия», on the action's page and on the last cycle's page whether it worked: VK Ads' visitors
 * bought less than half as often as before while the other channels stayed, so the measurement says it made things
 * worse (on whichever day the demo starts, as its test checks).
 * <p>
 * The use case is the real one, each step on its own day and in its own transaction, as a request that day would
 * have been: its clock and the audit trail's say that day, so the action's history, and with it its window, is as it
 * would have been. An action the realm refuses (no such marketer)
 * is left out with a line in the log; the demo goes on without it.
 */
@ApplicationScoped
public class DemoActions {

    /** The marketer of the demo realm, who runs the ad channels. */
    static final String OWNER = "mark";
    public static final String TITLE = "Новая посадочная страница для VK Реклама";
    /**
     * Three weeks after the due date, to the end of the story's last complete week: VK Ads makes a few orders a day,
     * and four weeks in the window tell what three leave unclear.
     */
    static final int WINDOW_DAYS = 21;
    private static final Logger LOG = Logger.getLogger(DemoActions.class);
    private static final Reader MARKETER = new Reader(OWNER, Set.of(Role.MARKETER));
    private static final LocalTime MORNING = LocalTime.of(10, 0);

    /**
     * Runs one step with the use case as it was on the day of {@code day}: in a transaction of its own, as a request
     * of that day would have.
     */
    @FunctionalInterface
    interface OnDay {
        ActionOutcome run(Clock day, Function<ManageActions, ActionOutcome> step);
    }

    private final OnDay onDay;
    private final Clock clock;

    @Inject
    public DemoActions(CorrectiveActions actions, ActionRights rights, AuditEntryPanacheRepository audit,
                       CurrentKpiCatalog catalogs, ChannelCatalogs channels, Goals goals, Directory directory,
                       Clock clock) {
        this((day, step) -> QuarkusTransaction.requiringNew().call(() -> step.apply(new ManageActions(actions, rights,
                new AuditTrailPersistenceAdapter(audit, day), catalogs, channels, goals, directory, day))), clock);
    }

    DemoActions(OnDay onDay, Clock clock) {
        this.onDay = onDay;
        this.clock = clock;
    }

    /** After the cycles, which do not read actions: the cycle pages follow them up when they are opened. */
    public void onDemoLoaded(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) DemoDataLoaded loaded) {
        landingPageForVkAds(DemoStory.endingOn(loaded.lastDay(), DemoCompany.SEED)).ifPresentOrElse(
                id -> LOG.infof("Demo action %s: «%s», done weeks ago", id, TITLE),
                () -> LOG.warnf("Demo action «%s» left out", TITLE));
    }

    /** The landing page: proposed, accepted, in progress from the drop's Monday, done that Sunday. */
    Optional<ActionId> landingPageForVkAds(DemoStory story) {
        LocalDate drop = story.vkConversionDrop().start();
        ActionInput input = new ActionInput(TITLE, null, "conversion_rate", List.of("vk_ads"), OWNER,
                drop.plusDays(6).toString(), "Старая страница грузится шесть секунд, и половина посетителей из VK "
                + "уходит до каталога. Короткая страница с каталогом сразу приведёт больше из них к заказу.",
                "conversion_rate", "UP", "0.15", Integer.toString(WINDOW_DAYS));
        ActionOutcome proposed = onDay.run(at(drop.minusDays(7)), manage -> manage.create(MARKETER, input));
        if (!(proposed instanceof ActionOutcome.Saved saved)) {
            refused(proposed);
            return Optional.empty();
        }
        ActionId id = saved.action().value().id();
        boolean done = moved(drop.minusDays(3), id, 1, ActionChange.status("ACCEPTED", null))
                && moved(drop, id, 2, new ActionChange(Optional.empty(), Optional.of("IN_PROGRESS"), null,
                Optional.of("Новая страница запущена для всех объявлений VK Реклама.")))
                && moved(drop.plusDays(6), id, 3, ActionChange.status("DONE", null));
        return done ? Optional.of(id) : Optional.empty();
    }

    private boolean moved(LocalDate day, ActionId id, long version, ActionChange change) {
        ActionOutcome outcome = onDay.run(at(day), manage -> manage.change(MARKETER, id, ExpectedVersion.of(version),
                change));
        if (outcome instanceof ActionOutcome.Saved) {
            return true;
        }
        refused(outcome);
        return false;
    }

    /** Why a step was not taken, in the log: the realm has no such marketer, or the catalog no such KPI. */
    private static void refused(ActionOutcome outcome) {
        String why = outcome instanceof ActionOutcome.Rejected rejected ? rejected.problems().stream()
                .map(problem -> problem.field() + ": " + problem.reason().english())
                .collect(Collectors.joining("; ")) : outcome.toString();
        LOG.warnf("Demo action «%s» refused: %s", TITLE, why);
    }

    /** A clock stopped in the morning of {@code day}, in the company's time zone. */
    private Clock at(LocalDate day) {
        ZoneId zone = clock.getZone();
        return Clock.fixed(day.atTime(MORNING).atZone(zone).toInstant(), zone);
    }
}

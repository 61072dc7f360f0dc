package com.kpipulse.adapters.demo;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.application.correction.ActionHistory;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.correction.MeasureActionEffect;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryAuditTrail;
import com.kpipulse.application.testing.InMemoryDirectory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectMethod;
import com.kpipulse.domain.correction.effect.EffectVerdict;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company with the action its story began with: the new landing page for VK Ads, taken in progress on the
 * first day of VK Ads' conversion drop, done that Sunday and watched for three weeks more, to the end of the last
 * complete week. Measured on the demo's data as the product would on its first start, against the channels it did
 * not touch, it made things worse, whatever day the demo starts on.
 */
class TheDemoCompanysVkLandingPageIsMeasuredToHaveMadeThingsWorseTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Reader HEAD = new Reader("hanna", Set.of(Role.MARKETING_HEAD));

    @TempDir
    Path directory;

    @Test
    void theMarketerProposedAcceptedStartedAndFinishedItOnTheStorysDays() {
        Demo demo = new Demo(DemoRows.generateAndRead(directory), DemoRows.CLOCK.withZone(MOSCOW));

        CorrectiveAction action = ((Access.Granted<Versioned<CorrectiveAction>>) demo.read.find(HEAD, demo.landingPage))
                .value().value();
        ActionHistory history = ((Access.Granted<ActionHistory>) demo.read.history(HEAD, demo.landingPage)).value();

        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.details().owner()).isEqualTo("mark");
        assertThat(action.details().channels()).containsExactly("vk_ads");
        assertThat(action.details().due()).as("the Sunday of the drop's first week, 2026-W07")
                .isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(action.details().effectWindowEnd()).as("the Sunday of the last complete week, 2026-W10")
                .isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(history.steps()).extracting(ActionHistory.Step::to).containsExactly(ActionStatus.PROPOSED,
                ActionStatus.ACCEPTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        assertThat(history.steps().get(2).at().atZone(MOSCOW).toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 9));
    }

    @Test
    void itsEffectIsMeasuredAgainstTheOtherChannelsAndItMadeThingsWorse() {
        Demo demo = new Demo(DemoRows.generateAndRead(directory), DemoRows.CLOCK.withZone(MOSCOW));

        ActionEffect.Estimated effect = demo.effect();

        assertThat(effect.window().start()).isEqualTo(LocalDate.of(2026, 2, 9));
        EffectEstimate.Measured measured = (EffectEstimate.Measured) effect.estimate();
        assertThat(measured.verdict()).isEqualTo(EffectVerdict.WORSE);
        assertThat(measured.figures().method()).isEqualTo(EffectMethod.DID);
        assertThat(measured.figures().relativeEffect().orElseThrow().estimate().doubleValue())
                .as("VK Ads kept about %s of its conversion", DemoStory.VK_CONVERSION_KEPT).isBetween(-0.75, -0.4);
        assertThat(measured.summary().english()).startsWith("Made it worse").contains("VK Ads");
    }

    @Test
    void onWhicheverDayTheDemoStartsItsActionIsMeasuredWorse() throws IOException {
        for (int month = 0; month < 12; month += 2) {
            LocalDate today = LocalDate.of(2025, 1, 8).plusDays(37L * month);
            Clock clock = Clock.fixed(today.atTime(9, 0).atZone(MOSCOW).toInstant(), MOSCOW);
            Demo demo = new Demo(DemoRows.generateAndRead(Files.createTempDirectory(directory, "demo"), clock), clock);

            assertThat(demo.effect().estimate().verdict()).as("the demo started on %s", today)
                    .isEqualTo(EffectVerdict.WORSE);
        }
    }

    /** The demo of a day with its action, created as {@link DemoActions} creates it, over in-memory stores. */
    private static final class Demo {
        final InMemoryObservationStore stored;
        final ReadActions read;
        final ActionId landingPage;
        final Clock clock;

        Demo(DemoRows rows, Clock clock) {
            this.clock = clock;
            stored = rows.stored();
            List<Goal> goals = new ArrayList<>();
            CurrentKpiCatalog catalogs = InMemory.standardCatalog();
            CorrectiveActions actions = InMemory.correctiveActions();
            ActionRights rights = new ActionRights(InMemory.readingRights(goals, catalogs), InMemory.goals(goals));
            StoppedClock day = new StoppedClock();
            InMemoryAuditTrail audit = new InMemoryAuditTrail(day);
            ManageActions manage = new ManageActions(actions, rights, audit, catalogs, InMemory.channelCatalogs(),
                    InMemory.goals(goals), InMemoryDirectory.of(List.of(
                    new Person("hanna", "Hanna Head", Set.of(Role.MARKETING_HEAD)),
                    new Person("mark", "Mark Marketer", Set.of(Role.MARKETER)))), day);
            DemoActions demo = new DemoActions((stepDay, step) -> {
                day.now = stepDay.instant();
                return step.apply(manage);
            }, clock);
            landingPage = demo.landingPageForVkAds(new DemoCompany(clock).story()).orElseThrow();
            read = new ReadActions(actions, rights, audit, clock);
        }

        ActionEffect.Estimated effect() {
            MeasureActionEffect measure = new MeasureActionEffect(read, InMemory.standardCatalog(),
                    InMemory.channelCatalogs(), stored.valuesThatCount(), InMemory.coverage(clock), clock);
            return (ActionEffect.Estimated) ((Access.Granted<ActionEffect>) measure.of(HEAD, landingPage)).value();
        }
    }

    /** The day each step of the demo happened on. */
    private static final class StoppedClock extends Clock {
        private Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return MOSCOW;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

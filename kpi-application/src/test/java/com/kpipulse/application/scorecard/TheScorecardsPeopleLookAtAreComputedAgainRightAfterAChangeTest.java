package com.kpipulse.application.scorecard;

import com.kpipulse.application.testing.InMemoryWorkMeter;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scorecard somebody looked at is computed again in the background right after the data change, so its next view
 * is served from what was kept; the scorecards only a cycle computed are not, and while the data version cannot be
 * trusted (every read new: nobody listens for change notices) nothing is computed in advance.
 */
class TheScorecardsPeopleLookAtAreComputedAgainRightAfterAChangeTest {

    private final AtomicLong version = new AtomicLong(7);
    private final AtomicInteger computed = new AtomicInteger();
    private final InMemoryWorkMeter meter = new InMemoryWorkMeter();
    private final RecentScorecards recent = new RecentScorecards(this::compute, version::get, meter,
            Clock.systemUTC());
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
    private final ScorecardsKeptFresh fresh = new ScorecardsKeptFresh(recent, version::get, recent::show, thread);

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void aViewedScorecardIsComputedAgainWhenTheDataChangeElsewhereAndItsNextViewIsKept() throws Exception {
        view(head());
        fresh.look();                                   // learns the version
        assertThat(computed).hasValue(1);

        version.incrementAndGet();                      // another replica committed a change
        fresh.look();

        awaitValue(computed::get, 2);
        view(head());
        assertThat(computed).as("the view after the change is served from what was computed for it").hasValue(2);
        assertThat(meter.scorecards(true)).isEqualTo(1);
    }

    @Test
    void aChangeMadeHereHasTheViewedScorecardsComputedAgain() throws Exception {
        view(head());
        recent.changedHere();
        fresh.changedHere();

        awaitValue(computed::get, 2);
        view(head());
        assertThat(computed).hasValue(2);
    }

    @Test
    void onlyWhatPeopleViewedIsComputedInAdvance() throws Exception {
        recent.show(head());                            // as a cycle computes it: no one looked at it
        fresh.look();
        version.incrementAndGet();
        fresh.look();
        Thread.sleep(ScorecardsKeptFresh.SETTLE_MS * 4);

        assertThat(computed).hasValue(1);
        assertThat(recent.viewedRecently(10)).isEmpty();
    }

    @Test
    void whileTheVersionIsNewOnEveryReadNothingIsComputedInAdvance() throws Exception {
        AtomicLong unsettled = new AtomicLong();
        RecentScorecards unsure = new RecentScorecards(this::compute, unsettled::incrementAndGet, meter,
                Clock.systemUTC());
        ScorecardsKeptFresh notListening = new ScorecardsKeptFresh(unsure, unsettled::incrementAndGet, unsure::show,
                thread);
        unsure.show(head(), String.class, "page", scorecard -> "page");
        for (int i = 0; i < 5; i++) {
            notListening.look();
        }
        Thread.sleep(ScorecardsKeptFresh.SETTLE_MS * 4);

        assertThat(computed).hasValue(1);
    }

    @Test
    void theMostRecentlyViewedComeFirstAndNoMoreThanAsked() {
        ScorecardRequest month = head();
        ScorecardRequest week = new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK,
                LocalDate.of(2026, 11, 5), Set.of());
        view(month);
        sleep(5);
        view(week);

        assertThat(recent.viewedRecently(10)).containsExactly(week, month);
        assertThat(recent.viewedRecently(1)).containsExactly(week);
    }

    @Test
    void readersAskingForEverOtherDaysCannotMakeTheRememberedScorecardsGrow() {
        for (int day = 0; day <= RecentScorecards.MAX_ENTRIES + 10; day++) {
            view(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK,
                    LocalDate.of(1990, 1, 1).plusWeeks(day), Set.of()));
        }

        assertThat(recent.viewedRecently(Integer.MAX_VALUE)).hasSizeLessThanOrEqualTo(RecentScorecards.MAX_ENTRIES);
    }

    private void view(ScorecardRequest request) {
        recent.show(request, String.class, "page", scorecard -> "page");
    }

    private static void awaitValue(IntSupplier value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (value.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(value.getAsInt()).isEqualTo(expected);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScorecardRequest head() {
        return new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.MONTH,
                LocalDate.of(2026, 11, 5), Set.of());
    }

    private Scorecard compute(ScorecardRequest request) {
        computed.incrementAndGet();
        return new Scorecard(request.role(), request.grain(), Period.of(request.grain(), request.day()),
                request.day(), Coverage.complete(Period.of(request.grain(), request.day())), request.channels(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                List.of());
    }
}

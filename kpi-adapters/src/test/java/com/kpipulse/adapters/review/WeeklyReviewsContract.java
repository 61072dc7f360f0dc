package com.kpipulse.adapters.review;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store of weekly reviews does: keeps a review as it was given (every kind of agenda item, times to the
 * microsecond) at version 1, one more with every replace; one open review per week; refuses a replace at another
 * version or of a closed review; appends notes to open reviews only and addenda to closed ones only, in the order
 * written, also when written from many places at once; freezes minutes once; lists the latest week first. Each test's
 * reviews are of weeks of their own.
 */
public abstract class WeeklyReviewsContract extends PortContract {

    private static final Instant STARTED_AT = Instant.parse("2026-12-07T07:00:00.123456Z");

    private final int year = ThreadLocalRandom.current().nextInt(2040, 2090);
    private final CyclePeriod week = new CyclePeriod(Period.isoWeek(year, ThreadLocalRandom.current().nextInt(2, 50)));

    protected abstract WeeklyReviews reviews();

    private WeeklyReview review(CyclePeriod of) {
        return WeeklyReview.start(ReviewId.random(), of, List.of(
                AgendaItem.of(1, AgendaSection.ACTIONS, new AgendaSubject.Action(ActionId.random())),
                AgendaItem.of(2, AgendaSection.GOALS, new AgendaSubject.Goal(GoalId.random())),
                AgendaItem.of(3, AgendaSection.DEVIATIONS, new AgendaSubject.Kpi(new KpiCode("revenue"),
                        Optional.empty(), true)),
                AgendaItem.of(4, AgendaSection.DEVIATIONS, new AgendaSubject.Kpi(new KpiCode("cac"),
                        Optional.of("vk_ads"), false)),
                AgendaItem.of(5, AgendaSection.DATA, new AgendaSubject.DataProblem("crm")),
                AgendaItem.of(6, AgendaSection.DATA, new AgendaSubject.Anomaly("orders.crm.-.2026-12-02.zero")),
                AgendaItem.of(7, AgendaSection.PROPOSALS, new AgendaSubject.ToDecide(new KpiCode("cac"),
                        Optional.of("vk_ads"), Cause.CHANNEL)),
                AgendaItem.of(8, AgendaSection.CONCLUSION, new AgendaSubject.Conclusion())), "hanna", STARTED_AT);
    }

    @Test
    void aStartedReviewIsFoundAsItWasGivenAtVersionOneAndIsItsWeeksOpenOne() {
        WeeklyReview review = review(week);

        assertThat(tx(() -> reviews().create(review))).isEqualTo(new WeeklyReviews.Creation.Created());

        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(review, 1));
        assertThat(tx(() -> reviews().openFor(week))).contains(new Versioned<>(review, 1));
    }

    @Test
    void aSecondOpenReviewOfTheWeekIsRefusedWithTheOpenOnesIdAndAClosedOneLeavesTheWeekFree() {
        WeeklyReview first = review(week);
        tx(() -> reviews().create(first));

        assertThat(tx(() -> reviews().create(review(week)))).isEqualTo(new WeeklyReviews.Creation.WeekTaken(first.id()));
        tx(() -> reviews().replace(changed(first.closed("hanna", STARTED_AT.plusSeconds(3600), Map.of())),
                ExpectedVersion.of(1)));
        assertThat(tx(() -> reviews().create(review(week)))).isEqualTo(new WeeklyReviews.Creation.Created());
    }

    @Test
    void aReplaceAtTheVersionReadKeepsTheAgendaDecisionsAttendanceRatingsAndTheClose() {
        WeeklyReview review = review(week);
        tx(() -> reviews().create(review));
        ActionId decided = ActionId.random();
        WeeklyReview edited = changed(changed(changed(changed(changed(review.reordered(List.of(2, 1, 3, 4, 5, 6, 7, 8)))
                .dropped(5, true)).added(AgendaSection.DATA, "Сверить выгрузку CRM")).decided(3, "Перенести бюджет в VK", 0))
                .withAction(3, decided));
        WeeklyReview attended = changed(edited.attended(List.of("hanna", "mark")));
        WeeklyReview closed = changed(attended.closed("hanna", Instant.parse("2026-12-07T08:00:00.654321Z"),
                Map.of("hanna", 8, "mark", 10)));

        assertThat(tx(() -> reviews().replace(attended, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Written(2));
        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(attended, 2));
        assertThat(tx(() -> reviews().replace(closed, ExpectedVersion.of(2)))).isEqualTo(new VersionedWrite.Written(3));
        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(closed, 3));
        assertThat(tx(() -> reviews().openFor(week))).isEmpty();
    }

    @Test
    void aReplaceAtAnotherVersionOrOfAClosedReviewIsStaleAndChangesNothing() {
        WeeklyReview review = review(week);
        tx(() -> reviews().create(review));
        WeeklyReview dropped = changed(review.dropped(1, true));
        tx(() -> reviews().replace(dropped, ExpectedVersion.of(1)));
        WeeklyReview late = changed(review.dropped(2, true));

        assertThat(tx(() -> reviews().replace(late, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(dropped, 2));
        WeeklyReview closed = changed(dropped.closed("hanna", STARTED_AT.plusSeconds(60), Map.of()));
        tx(() -> reviews().replace(closed, ExpectedVersion.any()));
        assertThat(tx(() -> reviews().replace(late, ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Stale(3));
        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(closed, 3));
        WeeklyReview never = review(week);
        assertThat(tx(() -> reviews().replace(never, ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Missing());
        assertThat(tx(() -> reviews().find(never.id()))).isEmpty();
    }

    @Test
    void notesAreAppendedInTheOrderWrittenWhileTheReviewIsOpenAndAddendaOnceItIsClosed() {
        WeeklyReview review = review(week);
        tx(() -> reviews().create(review));
        ReviewNote mark = new ReviewNote(review.id(), 3, "mark", STARTED_AT.plusSeconds(10), "Бюджет VK кончился в среду");
        ReviewNote sofia = new ReviewNote(review.id(), 3, "sofia", STARTED_AT.plusSeconds(10), "Креативы готовы");
        Addendum addendum = new Addendum(review.id(), "hanna", STARTED_AT.plusSeconds(7200), "Перенос — в среду");

        assertThat(tx(() -> reviews().addNote(mark))).isEqualTo(WeeklyReviews.Appending.APPENDED);
        assertThat(tx(() -> reviews().addNote(sofia))).isEqualTo(WeeklyReviews.Appending.APPENDED);
        assertThat(tx(() -> reviews().addAddendum(addendum))).isEqualTo(WeeklyReviews.Appending.REFUSED);
        tx(() -> reviews().replace(changed(review.closed("hanna", STARTED_AT.plusSeconds(3600), Map.of())),
                ExpectedVersion.of(1)));
        assertThat(tx(() -> reviews().addNote(mark))).isEqualTo(WeeklyReviews.Appending.REFUSED);
        assertThat(tx(() -> reviews().addAddendum(addendum))).isEqualTo(WeeklyReviews.Appending.APPENDED);

        assertThat(tx(() -> reviews().notes(review.id()))).containsExactly(mark, sofia);
        assertThat(tx(() -> reviews().addenda(review.id()))).containsExactly(addendum);
        ReviewId never = ReviewId.random();
        assertThat(tx(() -> reviews().addNote(new ReviewNote(never, 1, "mark", STARTED_AT, "x"))))
                .isEqualTo(WeeklyReviews.Appending.MISSING);
        assertThat(tx(() -> reviews().notes(never))).isEmpty();
    }

    @Test
    void notesAddedFromManyPlacesAtOnceAreAllKept() throws Exception {
        WeeklyReview review = review(week);
        tx(() -> reviews().create(review));
        int writers = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                String author = "writer-" + writer;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int note = 0; note < each; note++) {
                        ReviewNote written = new ReviewNote(review.id(), 3, author, STARTED_AT.plusSeconds(note),
                                "Заметка " + note);
                        assertThat(tx(() -> reviews().addNote(written))).isEqualTo(WeeklyReviews.Appending.APPENDED);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ReviewNote> notes = tx(() -> reviews().notes(review.id()));
        assertThat(notes).hasSize(writers * each);
        for (int writer = 0; writer < writers; writer++) {
            String author = "writer-" + writer;
            assertThat(notes).filteredOn(note -> note.author().equals(author)).extracting(ReviewNote::text)
                    .as("each writer's notes in the order written").containsExactly("Заметка 0", "Заметка 1",
                            "Заметка 2", "Заметка 3", "Заметка 4");
        }
        assertThat(tx(() -> reviews().find(review.id()))).contains(new Versioned<>(review, 1));
    }

    @Test
    void minutesAreFrozenOnceAndKeptAsWritten() {
        WeeklyReview review = review(week);
        tx(() -> reviews().create(review));
        tx(() -> reviews().replace(changed(review.closed("hanna", STARTED_AT.plusSeconds(3600), Map.of())),
                ExpectedVersion.of(1)));
        FrozenMinutes minutes = new FrozenMinutes(review.id(), STARTED_AT.plusSeconds(3600),
                LocalizedText.of("# Обзор недели «Выручка»", "# Weekly review \"Revenue\""));

        tx(() -> reviews().freeze(minutes));

        assertThat(tx(() -> reviews().minutes(review.id()))).contains(minutes);
        assertThatThrownBy(() -> tx(() -> reviews().freeze(new FrozenMinutes(review.id(), STARTED_AT,
                LocalizedText.of("другое", "other"))))).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> reviews().minutes(review.id()))).contains(minutes);
    }

    @Test
    void theLatestWeekComesFirst() {
        WeeklyReview earlier = review(week.previous());
        WeeklyReview later = review(new CyclePeriod(Period.isoWeek(year + 10, 1)));
        tx(() -> reviews().create(earlier));
        tx(() -> reviews().create(later));

        List<ReviewId> latest = tx(() -> reviews().latest(1000)).stream().map(kept -> kept.value().id()).toList();

        assertThat(latest).containsSubsequence(later.id(), earlier.id());
    }

    private static WeeklyReview changed(ReviewChange change) {
        return ((ReviewChange.Changed) change).review();
    }
}

package com.kpipulse.web.review;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.people.People;
import com.kpipulse.application.review.PresentReview;
import com.kpipulse.application.review.ReadReviews;
import com.kpipulse.application.review.ReviewProblem;
import com.kpipulse.application.review.ReviewRecord;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.Presentation;
import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.web.text.Bundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The item a review's presenter shows, as the presenter view and the followers' view both show it: the section with
 * its time box and since when the meeting is in it (so every screen's clock shows the same), the item's place in
 * the meeting, the item itself as the agenda shows it ({@code tags/reviewItem}), and the items before and after it.
 */
@ApplicationScoped
public class PresenterStage {

    /**
     * One item on the stage.
     *
     * @param items        the item shown, or none when every item was dropped
     * @param sectionSince when the meeting entered the section, ISO-8601; the review's start until the presenter moves
     * @param previous     the number of the item before, 0 when there is none; {@code next} likewise
     */
    public record StageView(String id, String title, String section, int sectionMinutes, String timeBox,
                            String sectionSince, String place, int item, int previous, int next,
                            List<ReviewContent.ItemView> items, boolean mayRun, boolean mayNote, long version,
                            ReviewPages.TakeForm takes, String problem) {
    }

    @Inject
    ReviewContent content;

    @Inject
    ReadReviews read;

    @Inject
    People people;

    public StageView of(Reader reader, PresentReview.Presented presented, boolean presenting, String problem,
                        Locale locale) {
        ReviewRecord record = presented.record();
        Presentation presentation = presented.presentation();
        WeeklyReview review = presentation.review();
        ReviewMessages texts = Bundles.of(ReviewMessages.class, locale);
        PresenterMessages said = Bundles.of(PresenterMessages.class, locale);
        Optional<AgendaItem> current = presentation.current();
        Optional<CycleSnapshot> cycle = content.cycleOf(reader, review);
        List<ReviewContent.ItemView> items = current.map(item -> List.of(content.item(reader, record, item, cycle,
                texts, locale))).orElse(List.of());
        String section = current.map(item -> said.section(item.section().number(),
                ReviewContent.sectionTitle(item.section(), texts))).orElse("");
        int minutes = current.map(item -> review.kept().stream().filter(kept -> kept.section() == item.section())
                .mapToInt(AgendaItem::minutes).sum()).orElse(0);
        Instant since = presentation.position().filter(at -> current.isPresent() && review.item(at.item())
                        .map(AgendaItem::section).equals(current.map(AgendaItem::section)))
                .map(PresenterPosition::sectionSince).orElse(review.startedAt());
        String title = presenting ? said.present_title(review.week().period().label(locale))
                : said.follow_title(review.week().period().label(locale));
        return new StageView(review.id().toString(), title, section, minutes, said.time_box(minutes),
                since.toString(), current.isPresent() ? said.place(presentation.place(), review.kept().size()) : "",
                current.map(AgendaItem::number).orElse(0), presentation.previous().map(AgendaItem::number).orElse(0),
                presentation.next().map(AgendaItem::number).orElse(0), items,
                presenting && ReviewContent.mayRun(reader, review),
                ReviewContent.mayNote(reader, review), record.review().version(), takeForm(reader), problem);
    }

    /** What a refusal says, in the reader's language. */
    public static String said(List<ReviewProblem> problems, Locale locale) {
        return String.join(" ", problems.stream().map(problem -> problem.reason().in(locale)).toList());
    }

    /** The people an action taken on the item may be given to, the reader chosen; due by the next review. */
    private ReviewPages.TakeForm takeForm(Reader reader) {
        return new ReviewPages.TakeForm(people.everyone().orElse(List.of()).stream()
                .filter(person -> ActionRights.mayAssignTo(reader, person.login()))
                .map(person -> new ReviewPages.PersonChoice(person.login(), person.name(),
                        person.login().equalsIgnoreCase(reader.name())))
                .toList(), read.today().plusDays(ReviewPages.DUE_IN_DAYS).toString());
    }
}

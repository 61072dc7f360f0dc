package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.people.People;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The recaps of a closed review: one for each participant recorded as attending whom the directory knows with an
 * address, each with what that participant may read (the actions and the week's cycle as their roles read them).
 * Somebody the directory does not know, or knows without an address, gets none.
 */
@ApplicationScoped
public class Recaps {

    private final People people;
    private final ReadActions actions;
    private final ReadCycles cycles;

    @Inject
    public Recaps(People people, ReadActions actions, ReadCycles cycles) {
        this.people = people;
        this.actions = actions;
        this.cycles = cycles;
    }

    public List<Recap> of(WeeklyReview review) {
        List<Recap.Decision> decisions = review.items().stream().filter(AgendaItem::decidedSomething)
                .map(item -> new Recap.Decision(item.number(), item.subject(), item.decision())).toList();
        return review.attendance().stream().flatMap(login -> people.find(login).stream())
                .filter(person -> person.email().isPresent())
                .map(person -> recap(review, person, decisions)).toList();
    }

    private Recap recap(WeeklyReview review, Person person, List<Recap.Decision> decisions) {
        Reader reader = new Reader(person.login(), person.roles());
        List<Recap.ActionTaken> taken = new ArrayList<>();
        for (ActionId id : review.actions()) {
            if (actions.find(reader, id) instanceof Access.Granted<Versioned<CorrectiveAction>> granted) {
                ActionDetails action = granted.value().value().details();
                taken.add(new Recap.ActionTaken(action.title(), action.owner(), people.nameOf(action.owner()),
                        action.due()));
            }
        }
        List<Recap.OffTrack> offTrack = cycles.of(reader, review.week()) instanceof Access.Granted<CycleSnapshot> cycle
                ? cycle.value().figures().stream()
                .filter(figure -> figure.status().filter(status -> status == Status.OFF_TRACK).isPresent())
                .map(figure -> new Recap.OffTrack(figure.kpi(), figure.channel())).toList()
                : List.of();
        Recap.Recipient to = new Recap.Recipient(person.login(), person.name(), person.email().orElseThrow(),
                person.language());
        return new Recap(review.id(), review.week(), to, decisions, taken, offTrack, review.averageRating());
    }
}

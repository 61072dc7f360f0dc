package com.kpipulse.web.goal;

import com.kpipulse.application.people.People;
import com.kpipulse.application.people.Person;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.text.Bundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may own a goal in the wizard: the people of the realm to choose from, and whether an owner the form names is
 * one of them (or the one the stored goal already names).
 */
@RequestScoped
public class GoalOwners {

    /** The people a goal's owner is chosen from, and a note when the list is not the realm's. */
    public record Owners(List<OwnerChoice> choices, String note) {
    }

    /** A person to choose as the owner; {@code chosen} when the form names them. */
    public record OwnerChoice(String login, String label, boolean chosen) {
    }

    @Inject
    People people;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /**
     * The people to choose the owner from: the realm's, plus the owner the form names when the realm does not know
     * them (a stored owner who left stays visible); without the realm's list, that owner and the person signed in.
     */
    Owners choices(String owner, Optional<String> storedOwner) {
        GoalWizardMessages messages = Bundles.of(GoalWizardMessages.class, ui.locale());
        List<OwnerChoice> choices = new ArrayList<>();
        Optional<List<Person>> everyone = people.everyone();
        everyone.ifPresent(list -> list.forEach(person -> choices.add(new OwnerChoice(person.login(), person.name(),
                person.login().equals(owner)))));
        List<String> others = new ArrayList<>();
        if (owner != null && !owner.isBlank()) {
            others.add(owner);
        }
        storedOwner.ifPresent(others::add);
        if (everyone.isEmpty()) {
            others.add(identity.getPrincipal().getName());
        }
        for (String login : others) {
            if (choices.stream().noneMatch(choice -> choice.login().equals(login))) {
                choices.add(new OwnerChoice(login, everyone.isPresent() ? messages.owner_not_listed(login) : login,
                        login.equals(owner)));
            }
        }
        return new Owners(choices, everyone.isPresent() ? null : messages.owners_unavailable());
    }

    /** An owner the form did not offer: not a person of the realm (when its people are known) nor the stored one. */
    Optional<GoalJson.FieldError> problem(String owner, Optional<String> storedOwner) {
        if (owner == null || owner.isBlank() || storedOwner.filter(owner::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<List<Person>> everyone = people.everyone();
        if (everyone.isEmpty() || everyone.get().stream().anyMatch(person -> person.login().equals(owner))) {
            return Optional.empty();
        }
        String shown = InputProblem.excerpt(owner);
        return Optional.of(GoalJson.FieldError.of("owner", "UNKNOWN_OWNER", texts -> texts.owner_unknown(shown)));
    }
}

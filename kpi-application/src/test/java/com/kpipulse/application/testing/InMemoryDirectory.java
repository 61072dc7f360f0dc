package com.kpipulse.application.testing;

import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;

import java.util.List;
import java.util.Optional;

/** The people of a realm as a list; as the identity provider's directory, only people with a department role. */
public final class InMemoryDirectory implements Directory {

    private final Optional<List<Person>> people;

    private InMemoryDirectory(Optional<List<Person>> people) {
        this.people = people;
    }

    /** A directory of these people; those without a department role are not listed. */
    public static InMemoryDirectory of(List<Person> people) {
        return new InMemoryDirectory(Optional.of(people.stream().filter(person -> !person.roles().isEmpty()).toList()));
    }

    /** A directory that cannot be asked (not set up, or not answering). */
    public static InMemoryDirectory unavailable() {
        return new InMemoryDirectory(Optional.empty());
    }

    @Override
    public Optional<List<Person>> people() {
        return people;
    }
}

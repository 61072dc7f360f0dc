package com.kpipulse.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The people goals can name as their owner, and the names to show for the logins goals store. A login the
 * directory does not know (somebody who left, or a directory that cannot be asked) is shown as it is stored.
 */
@ApplicationScoped
public class People {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::name,
            Collator.getInstance(Locale.forLanguageTag("ru")));

    private final Directory directory;

    @Inject
    public People(Directory directory) {
        this.directory = directory;
    }

    /** Everybody, by name; empty when the directory cannot be asked. */
    public Optional<List<Person>> everyone() {
        return directory.people().map(people -> people.stream().sorted(BY_NAME).toList());
    }

    /** The person with this login, if the directory knows them. */
    public Optional<Person> find(String login) {
        return directory.people().flatMap(people -> people.stream()
                .filter(person -> person.login().equalsIgnoreCase(login)).findFirst());
    }

    /** The name to show for a stored owner: the person's name, else the login as stored. */
    public String nameOf(String login) {
        return login == null || login.isBlank() ? "" : find(login).map(Person::name).orElse(login);
    }
}

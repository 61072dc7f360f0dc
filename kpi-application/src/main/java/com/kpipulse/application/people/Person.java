package com.kpipulse.application.people;

import com.kpipulse.domain.scorecard.Role;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Somebody who may sign in: the login their goals name them by, the name people know them by, their department
 * roles, and, where the identity provider keeps them, their email address and the language they chose.
 */
public record Person(String login, String name, Set<Role> roles, Optional<String> email, Optional<Locale> language) {

    public Person {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        name = name == null || name.isBlank() ? login : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        email = email.map(String::strip).filter(address -> !address.isEmpty());
    }

    /** Somebody whose address and language the identity provider does not say. */
    public Person(String login, String name, Set<Role> roles) {
        this(login, name, roles, Optional.empty(), Optional.empty());
    }
}

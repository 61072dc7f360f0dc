package com.kpipulse.application.people;

import com.kpipulse.domain.scorecard.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Somebody who may sign in: the login their goals name them by, the name people know them by, and their department
 * roles.
 */
public record Person(String login, String name, Set<Role> roles) {

    public Person {
        Objects.requireNonNull(login, "login");
        name = name == null || name.isBlank() ? login : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}

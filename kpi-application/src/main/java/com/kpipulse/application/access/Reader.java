package com.kpipulse.application.access;

import com.kpipulse.domain.scorecard.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks: the person's login name and the department roles the identity provider gave them. Every use case that
 * answers with data a role may not see takes a reader, so the rule is applied once, whatever the door.
 */
public record Reader(String name, Set<Role> roles) {

    public Reader {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A reader from the role claims of a token; claims that are not department roles are ignored. */
    public static Reader of(String name, Collection<String> claims) {
        return new Reader(name, claims.stream().flatMap(claim -> Role.fromClaim(claim).stream())
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** The role names as tokens carry them. */
    public Set<String> claims() {
        return roles.stream().map(Role::claim).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}

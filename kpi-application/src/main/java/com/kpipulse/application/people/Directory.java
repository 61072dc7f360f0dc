package com.kpipulse.application.people;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the people of the department as the identity provider knows them, so that a goal's owner is chosen
 * from them rather than typed. The identity provider stays the one place people are kept.
 */
public interface Directory {

    /** Everybody who may sign in; empty when the directory cannot be asked (not set up, or not answering). */
    Optional<List<Person>> people();
}

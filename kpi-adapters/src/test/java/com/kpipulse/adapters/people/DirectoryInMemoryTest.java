package com.kpipulse.adapters.people;

import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.testing.InMemoryDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The directory contract against the fake, given the realm's people and its service account (no role). */
class DirectoryInMemoryTest extends DirectoryContract {

    @Override
    protected Directory directory() {
        List<Person> realm = new ArrayList<>(REALM_PEOPLE);
        realm.add(new Person("service-account-kpi-directory", "", Set.of()));
        return InMemoryDirectory.of(realm);
    }

    @Override
    protected Directory unavailable() {
        return InMemoryDirectory.unavailable();
    }
}

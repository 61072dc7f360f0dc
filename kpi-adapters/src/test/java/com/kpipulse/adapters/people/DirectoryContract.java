package com.kpipulse.adapters.people;

import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every directory of people does: it lists everybody of the realm who holds a department role, each once, with
 * the name people know them by, those roles and their address, and nobody else (no service account, nobody without such a role); the
 * list is the directory's, not its reader's to change; a directory that cannot be asked answers with nothing instead
 * of failing. The people are those of the local realm ({@code kpi-realm.json}).
 */
public abstract class DirectoryContract {

    /** The local realm's people with a department role, as its realm file has them. */
    protected static final List<Person> REALM_PEOPLE = List.of(
            person("ada", "Ada Lovelace", Role.ADMIN),
            person("hanna", "Hanna Head", Role.MARKETING_HEAD),
            person("mark", "Mark Marketer", Role.MARKETER),
            person("sofia", "Sofia Smm", Role.SMM_SPECIALIST),
            person("vic", "Vic Viewer", Role.VIEWER));

    private static Person person(String login, String name, Role role) {
        return new Person(login, name, Set.of(role), Optional.of(login + "@kpi-pulse.local"), Optional.empty());
    }

    /** A directory of the local realm. */
    protected abstract Directory directory();

    /** A directory that cannot be asked (not set up, refused, or not answering). */
    protected abstract Directory unavailable();

    @Test
    void everybodyWithADepartmentRoleIsListedOnceWithTheirNameAndRolesAndNobodyElse() {
        List<Person> people = directory().people().orElseThrow();

        assertThat(people).containsExactlyInAnyOrderElementsOf(REALM_PEOPLE);
        assertThat(people).extracting(Person::login).doesNotHaveDuplicates()
                .noneMatch(login -> login.startsWith("service-account-"));
        assertThat(people).allSatisfy(person -> assertThat(person.roles()).isNotEmpty());
    }

    @Test
    void theListIsTheDirectorysAndComesAgainTheSame() {
        Directory directory = directory();
        List<Person> people = directory.people().orElseThrow();

        assertThatThrownBy(() -> people.add(new Person("intruder", "Intruder", Set.of(Role.ADMIN))))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(directory.people()).hasValueSatisfying(again ->
                assertThat(again).containsExactlyInAnyOrderElementsOf(REALM_PEOPLE));
    }

    @Test
    void aDirectoryThatCannotBeAskedAnswersWithNothingInsteadOfFailing() {
        assertThat(unavailable().people()).isEmpty();
    }
}

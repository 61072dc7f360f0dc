package com.kpipulse.application.people;

import com.kpipulse.application.testing.InMemoryDirectory;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OwnersAreNamedAsTheDirectoryKnowsThemTest {

    private final People people = new People(InMemoryDirectory.of(List.of(
            new Person("mark", "Mark Twain", Set.of(Role.MARKETER)),
            new Person("hanna", "Hanna Arendt", Set.of(Role.MARKETING_HEAD)),
            new Person("vic", "", Set.of(Role.VIEWER)))));

    @Test
    void everybodyComesByNameAndAStoredLoginIsShownAsItsPersonsName() {
        assertThat(people.everyone().orElseThrow()).extracting(Person::login).containsExactly("hanna", "mark", "vic");
        assertThat(people.nameOf("hanna")).isEqualTo("Hanna Arendt");
        assertThat(people.nameOf("vic")).as("a person without a name goes by the login").isEqualTo("vic");
        assertThat(people.nameOf("left-last-year")).as("somebody the directory does not know").isEqualTo("left-last-year");
    }

    @Test
    void aDirectoryThatCannotBeAskedListsNobodyAndNamesEveryLoginAsStored() {
        People unavailable = new People(InMemoryDirectory.unavailable());

        assertThat(unavailable.everyone()).isEmpty();
        assertThat(unavailable.nameOf("hanna")).isEqualTo("hanna");
    }
}

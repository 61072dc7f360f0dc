package com.kpipulse.web.admin;

import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of setup problem is said through the {@code adm} bundle in Russian and in English: a sentence in each,
 * not the same in both, its arguments filled in, no placeholder or English left in the Russian one.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EverySetupProblemIsSaidInBothLanguagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    /** Kinds whose sentence names nothing the admin typed. */
    private static final List<SetupProblem.Kind> WITHOUT_ARGUMENTS = List.of(SetupProblem.Kind.REQUIRED,
            SetupProblem.Kind.EMPTY, SetupProblem.Kind.CURRENCY_REQUIRED, SetupProblem.Kind.GONE, SetupProblem.Kind.INPUT);

    @Test
    void eachKindHasASentenceInEachLanguageWithItsArguments() {
        List<String> wrong = new ArrayList<>();
        for (SetupProblem.Kind kind : SetupProblem.Kind.values()) {
            SetupProblem problem = kind == SetupProblem.Kind.INPUT
                    ? SetupProblem.input(0, "value", InputProblem.of(InputProblemKind.NOT_A_NUMBER, "12o"))
                    : SetupProblem.of(0, "field", kind, "argument_one", "7");
            String ru = SetupTexts.of(problem, RUSSIAN);
            String en = SetupTexts.of(problem, Locale.ENGLISH);
            if (ru.isBlank() || en.isBlank() || ru.equals(en) || ru.contains("{") || en.contains("{")
                    || !ru.matches(".*[а-яА-ЯёЁ].*")) {
                wrong.add(kind + ": «" + ru + "» / «" + en + "»");
            }
            if (!WITHOUT_ARGUMENTS.contains(kind) && !(ru.contains("argument_one") && en.contains("argument_one"))) {
                wrong.add(kind + ": the argument is not said: «" + ru + "» / «" + en + "»");
            }
        }
        assertThat(wrong).isEmpty();
    }
}

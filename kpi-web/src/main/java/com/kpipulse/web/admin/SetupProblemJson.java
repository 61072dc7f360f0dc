package com.kpipulse.web.admin;

import com.kpipulse.application.setup.SetupProblem;

import java.util.List;
import java.util.Locale;

/**
 * A setup problem in the API: its row (0-based; absent for the whole body), its field, its stable code (the kind, or
 * for a text, number or date that cannot be used, the kind of that) and its message in both languages.
 */
public record SetupProblemJson(Integer index, String field, String code, String message, String messageRu,
                               String messageEn) {

    public static SetupProblemJson from(SetupProblem problem) {
        String en = SetupTexts.of(problem, Locale.ENGLISH);
        return new SetupProblemJson(problem.row() == SetupProblem.WHOLE ? null : problem.row(), problem.field(),
                problem.kind() == SetupProblem.Kind.INPUT ? problem.input().kind().name() : problem.kind().name(), en,
                SetupTexts.of(problem, Locale.forLanguageTag("ru")), en);
    }

    public static List<SetupProblemJson> all(List<SetupProblem> problems) {
        return problems.stream().map(SetupProblemJson::from).toList();
    }
}

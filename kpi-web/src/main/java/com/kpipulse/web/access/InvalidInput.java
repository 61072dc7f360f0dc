package com.kpipulse.web.access;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;

import java.util.List;

/**
 * A request parameter that cannot be read (a date outside the window, an unknown grain, a channel not in the
 * catalog): answered with 400 and each field's reason in the reader's language, before anything is computed.
 */
public class InvalidInput extends RuntimeException {

    /** One parameter and what is wrong with it, in both languages. */
    public record FieldProblem(String field, LocalizedText reason) {

        public static FieldProblem of(String field, InputProblem problem) {
            return new FieldProblem(field, LocalizedText.of(problem.russian(), problem.english()));
        }
    }

    private final transient List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.size() + " invalid request parameter(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, InputProblem problem) {
        return new InvalidInput(List.of(FieldProblem.of(field, problem)));
    }

    public static InvalidInput of(String field, String ru, String en) {
        return new InvalidInput(List.of(new FieldProblem(field, LocalizedText.of(ru, en))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

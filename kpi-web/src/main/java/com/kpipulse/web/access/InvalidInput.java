package com.kpipulse.web.access;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;

import java.util.List;

/**
 * A request parameter that cannot be read (a date outside the window, an unknown grain, a channel not in the
 * catalog): answered with 400 and each field's reason in the reader's language, before anything is computed. A
 * reason comes from a message bundle in both languages ({@link com.kpipulse.web.text.Bundles#both}) or is an
 * {@link InputProblem}; its code is stable for API clients.
 */
public class InvalidInput extends RuntimeException {

    /** One parameter, the stable code of what is wrong with it, and why in both languages. */
    public record FieldProblem(String field, String code, LocalizedText reason) {

        public static FieldProblem of(String field, InputProblem problem) {
            return new FieldProblem(field, problem.kind().name(), LocalizedText.of(problem.russian(), problem.english()));
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

    /** @param code what is wrong, for API clients: {@code NOT_A_GRAIN}, {@code NO_SUCH_CHANNEL}, … */
    public static InvalidInput of(String field, String code, LocalizedText reason) {
        return new InvalidInput(List.of(new FieldProblem(field, code, reason)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

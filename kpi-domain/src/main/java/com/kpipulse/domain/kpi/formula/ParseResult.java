package com.kpipulse.domain.kpi.formula;

import java.util.List;
import java.util.Objects;

/** The outcome of parsing formula text: an expression, or the problem that stopped the parser. */
public sealed interface ParseResult {

    record Parsed(Expression expression) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(expression, "expression");
        }
    }

    record Rejected(List<FormulaProblem> problems) implements ParseResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejection names at least one problem");
            }
        }
    }
}

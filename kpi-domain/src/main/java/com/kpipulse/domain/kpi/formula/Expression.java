package com.kpipulse.domain.kpi.formula;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The parsed form of a formula. Positions are 1-based character columns in the source text, so
 * that a problem can point at the place a marketer has to fix.
 */
public sealed interface Expression {

    int position();

    /** The expression written back in the formula language, with only the parentheses it needs. */
    default String toFormula() {
        return FormulaPrinter.print(this);
    }

    /** A number written in the formula, e.g. {@code 100} or {@code 0.5}. */
    record Constant(BigDecimal value, int position) implements Expression {
        public Constant {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A name: a base measure, or another KPI (measures win when both exist). */
    record Reference(String name, int position) implements Expression {
        public Reference {
            Objects.requireNonNull(name, "name");
        }
    }

    record Negation(Expression operand, int position) implements Expression {
        public Negation {
            Objects.requireNonNull(operand, "operand");
        }
    }

    record Binary(Operator operator, Expression left, Expression right, int position) implements Expression {
        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    record Call(FormulaFunction function, Expression argument, int position) implements Expression {
        public Call {
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(argument, "argument");
        }
    }
}

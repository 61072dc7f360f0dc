package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks a parsed formula against the measures and KPIs that exist: unknown names (with a "did you
 * mean"), functions that need a measure, snapshots that are summed, division by a constant zero,
 * adding money to a count. Cycles between KPIs are found by the catalog, which sees all formulas.
 */
public final class FormulaValidator {

    private final MeasureCatalog measures;
    private final Map<String, ValueKind> kpiKinds;

    /**
     * @param kpiKinds the KPIs a formula may refer to, with MONEY for money KPIs and QUANTITY otherwise
     */
    public FormulaValidator(MeasureCatalog measures, Map<String, ValueKind> kpiKinds) {
        this.measures = measures;
        this.kpiKinds = Map.copyOf(kpiKinds);
    }

    public List<FormulaProblem> validate(Expression expression) {
        var problems = new ArrayList<FormulaProblem>();
        kindOf(expression, problems);
        return List.copyOf(problems);
    }

    /** MONEY, QUANTITY or CONSTANT; problems found on the way are ignored. */
    public ValueKind kindOf(Expression expression) {
        return kindOf(expression, new ArrayList<>());
    }

    /** Names of KPIs (not measures) the expression refers to directly. */
    public Set<String> kpiReferences(Expression expression) {
        var names = new LinkedHashSet<String>();
        references(expression).forEach(reference -> {
            if (measures.find(reference.name()).isEmpty() && kpiKinds.containsKey(reference.name())) {
                names.add(reference.name());
            }
        });
        return names;
    }

    public static Stream<Expression.Reference> references(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> Stream.empty();
            case Expression.Reference reference -> Stream.of(reference);
            case Expression.Negation negation -> references(negation.operand());
            case Expression.Call call -> references(call.argument());
            case Expression.Binary binary -> Stream.concat(references(binary.left()), references(binary.right()));
        };
    }

    /** The value of an expression without names, e.g. {@code (2 - 2)}; empty when it has names or divides by zero. */
    public static Optional<BigDecimal> constantValue(Expression expression) {
        return switch (expression) {
            case Expression.Constant constant -> Optional.of(constant.value());
            case Expression.Reference reference -> Optional.empty();
            case Expression.Call call -> Optional.empty();
            case Expression.Negation negation -> constantValue(negation.operand()).map(BigDecimal::negate);
            case Expression.Binary binary -> constantValue(binary.left()).flatMap(left -> constantValue(binary.right())
                    .flatMap(right -> switch (binary.operator()) {
                        case ADD -> Optional.of(left.add(right));
                        case SUBTRACT -> Optional.of(left.subtract(right));
                        case MULTIPLY -> Optional.of(left.multiply(right));
                        case DIVIDE -> right.signum() == 0 ? Optional.empty()
                                : Optional.of(left.divide(right, MathContext.DECIMAL128));
                    }));
        };
    }

    private ValueKind kindOf(Expression expression, List<FormulaProblem> problems) {
        return switch (expression) {
            case Expression.Constant constant -> ValueKind.CONSTANT;
            case Expression.Reference reference -> referenceKind(reference, problems);
            case Expression.Negation negation -> kindOf(negation.operand(), problems);
            case Expression.Call call -> callKind(call, problems);
            case Expression.Binary binary -> binaryKind(binary, problems);
        };
    }

    private ValueKind referenceKind(Expression.Reference reference, List<FormulaProblem> problems) {
        Optional<MeasureDefinition> measure = measures.find(reference.name());
        if (measure.isPresent()) {
            return measure.get().isMoney() ? ValueKind.MONEY : ValueKind.QUANTITY;
        }
        ValueKind kpi = kpiKinds.get(reference.name());
        if (kpi != null) {
            return kpi;
        }
        problems.add(unknownName(reference));
        return ValueKind.QUANTITY;
    }

    private ValueKind callKind(Expression.Call call, List<FormulaProblem> problems) {
        FormulaFunction function = call.function();
        if (function.needsMeasure()) {
            if (!(call.argument() instanceof Expression.Reference reference) || measures.find(reference.name()).isEmpty()) {
                if (call.argument() instanceof Expression.Reference reference && !kpiKinds.containsKey(reference.name())) {
                    problems.add(unknownName(reference));
                    return ValueKind.QUANTITY;
                }
                problems.add(FormulaProblem.at(ProblemKind.FUNCTION_NEEDS_MEASURE, call.position(),
                        FormulaMessageKind.FUNCTION_NEEDS_MEASURE, function.keyword(), call.position()));
                return kindOf(call.argument(), problems);
            }
            MeasureDefinition measure = measures.find(reference.name()).orElseThrow();
            if (function == FormulaFunction.SUM && measure.aggregation() != Aggregation.ADDITIVE) {
                problems.add(snapshotSummed(call, measure));
            }
            return measure.isMoney() ? ValueKind.MONEY : ValueKind.QUANTITY;
        }
        return kindOf(call.argument(), problems);
    }

    private ValueKind binaryKind(Expression.Binary binary, List<FormulaProblem> problems) {
        ValueKind left = kindOf(binary.left(), problems);
        ValueKind right = kindOf(binary.right(), problems);
        return switch (binary.operator()) {
            case ADD, SUBTRACT -> {
                if (left == ValueKind.CONSTANT) {
                    yield right;
                }
                if (right == ValueKind.CONSTANT || left == right) {
                    yield left;
                }
                problems.add(FormulaProblem.at(ProblemKind.INCOMPATIBLE_UNITS, binary.position(),
                        FormulaMessageKind.MONEY_PLUS_COUNT, binary.position(), binary.left().toFormula(),
                        binary.right().toFormula()));
                yield ValueKind.MONEY;
            }
            case MULTIPLY -> {
                if (left == ValueKind.MONEY && right == ValueKind.MONEY) {
                    problems.add(FormulaProblem.at(ProblemKind.INCOMPATIBLE_UNITS, binary.position(),
                            FormulaMessageKind.MONEY_TIMES_MONEY, binary.position()));
                }
                if (left == ValueKind.MONEY || right == ValueKind.MONEY) {
                    yield ValueKind.MONEY;
                }
                yield left == ValueKind.CONSTANT && right == ValueKind.CONSTANT ? ValueKind.CONSTANT : ValueKind.QUANTITY;
            }
            case DIVIDE -> {
                Optional<BigDecimal> denominator = constantValue(binary.right());
                if (denominator.isPresent() && denominator.get().signum() == 0) {
                    problems.add(FormulaProblem.at(ProblemKind.DIVISION_BY_ZERO, binary.position(),
                            FormulaMessageKind.DIVISION_BY_ZERO, binary.position(), binary.right().toFormula()));
                }
                if (left == ValueKind.MONEY && right != ValueKind.MONEY) {
                    yield ValueKind.MONEY;
                }
                if (left == ValueKind.CONSTANT && right == ValueKind.CONSTANT) {
                    yield ValueKind.CONSTANT;
                }
                yield ValueKind.QUANTITY;
            }
        };
    }

    private FormulaProblem snapshotSummed(Expression.Call call, MeasureDefinition measure) {
        String code = measure.code().value();
        if (measure.aggregation() == Aggregation.ADDITIVE_PER_PERIOD) {
            return FormulaProblem.at(ProblemKind.SNAPSHOT_SUMMED, call.position(),
                    FormulaMessageKind.SUM_OF_WHOLE_PERIOD_FIGURE, code, call.position(),
                    LocalizedText.of(measure.nameRu(), measure.nameEn()));
        }
        return FormulaProblem.at(ProblemKind.SNAPSHOT_SUMMED, call.position(),
                FormulaMessageKind.SUM_OF_LEVEL, code, call.position(), LocalizedText.of(measure.nameRu(), measure.nameEn()));
    }

    private FormulaProblem unknownName(Expression.Reference reference) {
        Optional<String> suggestion = closestName(reference.name());
        Object hint = suggestion.<Object>map(name -> Message.of(FormulaMessageKind.DID_YOU_MEAN, name)).orElse("");
        return FormulaProblem.at(ProblemKind.UNKNOWN_NAME, reference.position(),
                FormulaMessageKind.UNKNOWN_NAME, reference.name(), reference.position(), hint);
    }

    private Optional<String> closestName(String typed) {
        return Stream.concat(measures.all().stream().map(measure -> measure.code().value()), kpiKinds.keySet().stream())
                .filter(name -> distance(typed, name) <= Math.max(1, Math.min(3, typed.length() / 3)))
                .min(Comparator.comparingInt((String name) -> distance(typed, name)).thenComparing(name -> name));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package com.kpipulse.domain.kpi;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaFunction;
import com.kpipulse.domain.kpi.formula.Operator;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one engine that computes every KPI from its formula. For a period and a selection of
 * dimension values it first aggregates each base measure (sums additive ones, takes the last value
 * of snapshots), then applies the formula to those totals. A ratio over a quarter or over all
 * channels is therefore sum(numerator) / sum(denominator), never an average of ratios.
 *
 * <p>Division keeps 34 significant digits ({@link MathContext#DECIMAL128}); rounding for display is
 * the caller's business.
 */
public final class KpiEngine {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ObservationSet NOTHING = ObservationSet.of();

    private final KpiCatalog catalog;

    public KpiEngine(KpiCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public KpiCatalog catalog() {
        return catalog;
    }

    public KpiValue evaluate(KpiCode code, Period period, DimensionSelection selection, ObservationSet observations) {
        return evaluate(catalog.get(code), period, selection, observations);
    }

    public KpiValue evaluate(KpiDefinition kpi, Period period, DimensionSelection selection, ObservationSet observations) {
        return evaluate(kpi, PartOfPeriod.all(period), selection, observations);
    }

    /**
     * The KPI over some days of a period; a growth KPI compares them with the same days of the period before
     * ({@link PartOfPeriod#previous()}), so three days of December grow against the first three days of November.
     */
    public KpiValue evaluate(KpiDefinition kpi, PartOfPeriod days, DimensionSelection selection, ObservationSet observations) {
        Outcome outcome = new Run(selection, observations).evaluate(kpi.expression(), days);
        return switch (outcome) {
            case Outcome.Amount amount -> new KpiValue.Known(amount.value(), kpi.unit(),
                    kpi.unit() == Unit.MONEY ? amount.currency() : Optional.empty());
            case Outcome.Missing missing -> new KpiValue.None(missing.reason(), missing.explanation());
        };
    }

    /**
     * A base measure over {@code rows}, each of which lies inside {@code period}, aggregated by the measure's own rule
     * exactly as {@link #evaluate} aggregates it (summed, a snapshot's last value, a per-period count only for its own
     * period; a money measure in one currency): for a caller that has already sorted its rows into slices (the
     * analysis sums every measure of every channel and campaign of a period), without a set of them per slice.
     */
    public KpiValue aggregate(MeasureDefinition measure, Period period, List<Observation> rows) {
        return switch (new Run(DimensionSelection.all(), NOTHING).aggregate(measure, measure.aggregation(), period, rows)) {
            case Outcome.Amount amount -> new KpiValue.Known(amount.value(), measure.unit(),
                    measure.unit() == Unit.MONEY ? amount.currency() : Optional.empty());
            case Outcome.Missing missing -> new KpiValue.None(missing.reason(), missing.explanation());
        };
    }

    /**
     * The KPI in a period as far as its data cover it: the whole period when it is complete, the days covered when it
     * is provisional (compared like for like), and no value before any day is covered.
     */
    public KpiValue evaluateToDate(KpiDefinition kpi, Coverage coverage, DimensionSelection selection,
                                   ObservationSet observations) {
        return coverage.toDate().map(days -> evaluate(kpi, days, selection, observations))
                .orElseGet(() -> new KpiValue.None(NoValueReason.NO_DATA, coverage.note().orElseThrow()));
    }

    /**
     * The counts behind a rate KPI of the form {@code a / b} or {@code 1 - a / b} where a and b are
     * additive counts (conversion, CTR, lead conversion, cart abandonment...). Empty for other KPIs
     * or when the counts are not known.
     */
    public Optional<ProportionCounts> proportionCounts(KpiDefinition kpi, Period period, DimensionSelection selection,
                                                      ObservationSet observations) {
        return proportionCounts(kpi, PartOfPeriod.all(period), selection, observations);
    }

    /** The counts behind a rate KPI over some days of a period. */
    public Optional<ProportionCounts> proportionCounts(KpiDefinition kpi, PartOfPeriod days, DimensionSelection selection,
                                                      ObservationSet observations) {
        if (kpi.unit() != Unit.PERCENT) {
            return Optional.empty();
        }
        var run = new Run(selection, observations);
        Expression expression = kpi.expression();
        boolean complement = false;
        if (expression instanceof Expression.Binary minus && minus.operator() == Operator.SUBTRACT
                && minus.left() instanceof Expression.Constant one && one.value().compareTo(BigDecimal.ONE) == 0) {
            expression = minus.right();
            complement = true;
        }
        if (!(expression instanceof Expression.Binary ratio) || ratio.operator() != Operator.DIVIDE
                || !isCount(ratio.left()) || !isCount(ratio.right())) {
            return Optional.empty();
        }
        if (!(run.evaluate(ratio.left(), days) instanceof Outcome.Amount part)
                || !(run.evaluate(ratio.right(), days) instanceof Outcome.Amount whole)) {
            return Optional.empty();
        }
        BigDecimal successes = complement ? whole.value().subtract(part.value()) : part.value();
        if (whole.value().signum() <= 0 || successes.signum() < 0 || successes.compareTo(whole.value()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new ProportionCounts(successes, whole.value()));
    }

    private boolean isCount(Expression expression) {
        return switch (expression) {
            case Expression.Reference reference -> catalog.measures().find(reference.name())
                    .filter(measure -> measure.unit() == Unit.COUNT && measure.aggregation() == Aggregation.ADDITIVE)
                    .isPresent();
            case Expression.Call call -> call.function() == FormulaFunction.SUM && isCount(call.argument());
            case Expression.Binary binary -> binary.operator() == Operator.ADD && isCount(binary.left()) && isCount(binary.right());
            default -> false;
        };
    }

    /** Intermediate result: an amount (with the currency if it is money), or why there is none. */
    private sealed interface Outcome {
        record Amount(BigDecimal value, Optional<Currency> currency) implements Outcome {
        }

        record Missing(NoValueReason reason, Message explanation) implements Outcome {
        }
    }

    /** One evaluation: a selection and a set of observations, any number of periods (prev). */
    private final class Run {
        private final DimensionSelection selection;
        private final ObservationSet observations;

        Run(DimensionSelection selection, ObservationSet observations) {
            this.selection = selection;
            this.observations = observations;
        }

        Outcome evaluate(Expression expression, PartOfPeriod period) {
            return switch (expression) {
                case Expression.Constant constant -> new Outcome.Amount(constant.value(), Optional.empty());
                case Expression.Reference reference -> reference(reference, period);
                case Expression.Negation negation -> switch (evaluate(negation.operand(), period)) {
                    case Outcome.Amount amount -> new Outcome.Amount(amount.value().negate(), amount.currency());
                    case Outcome.Missing missing -> missing;
                };
                case Expression.Call call -> call(call, period);
                case Expression.Binary binary -> binary(binary, period);
            };
        }

        private Outcome reference(Expression.Reference reference, PartOfPeriod period) {
            Optional<MeasureDefinition> measure = catalog.measures().find(reference.name());
            if (measure.isPresent()) {
                return aggregate(measure.get(), measure.get().aggregation(), period);
            }
            KpiDefinition kpi = catalog.find(reference.name()).orElseThrow(() ->
                    new IllegalStateException("Formula refers to '" + reference.name() + "', which the catalog does not know"));
            return evaluate(kpi.expression(), period);
        }

        private Outcome call(Expression.Call call, PartOfPeriod period) {
            if (call.function() == FormulaFunction.PREV) {
                PartOfPeriod previous = period.previous();
                Outcome outcome = evaluate(call.argument(), previous);
                if (outcome instanceof Outcome.Missing missing
                        && (missing.reason() == NoValueReason.NO_DATA || missing.reason() == NoValueReason.NO_PREVIOUS_PERIOD)) {
                    return missing(NoValueReason.NO_PREVIOUS_PERIOD, KpiValueMessageKind.NO_PREVIOUS_PERIOD, label(previous.part()));
                }
                return outcome;
            }
            String code = ((Expression.Reference) call.argument()).name();
            MeasureDefinition measure = catalog.measures().find(code).orElseThrow(() ->
                    new IllegalStateException(call.function().keyword() + "() needs a measure, got " + code));
            Aggregation mode = switch (call.function()) {
                case SUM -> Aggregation.ADDITIVE;
                case LAST -> Aggregation.SNAPSHOT;
                case FIRST -> Aggregation.OPENING_SNAPSHOT;
                case PREV -> throw new IllegalStateException("handled above");
            };
            return aggregate(measure, mode, period);
        }

        private Outcome binary(Expression.Binary binary, PartOfPeriod period) {
            Outcome leftOutcome = evaluate(binary.left(), period);
            if (!(leftOutcome instanceof Outcome.Amount left)) {
                return leftOutcome;
            }
            Outcome rightOutcome = evaluate(binary.right(), period);
            if (!(rightOutcome instanceof Outcome.Amount right)) {
                return rightOutcome;
            }
            boolean bothMoney = left.currency().isPresent() && right.currency().isPresent();
            if (bothMoney && !left.currency().equals(right.currency())) {
                return missing(NoValueReason.CURRENCY_MIX, KpiValueMessageKind.CURRENCIES_OF_TWO_SIDES,
                        binary.left().toFormula(), left.currency().get(), binary.right().toFormula(), right.currency().get());
            }
            Optional<Currency> currency = left.currency().or(right::currency);
            return switch (binary.operator()) {
                case ADD -> new Outcome.Amount(left.value().add(right.value()), currency);
                case SUBTRACT -> new Outcome.Amount(left.value().subtract(right.value()), currency);
                case MULTIPLY -> new Outcome.Amount(left.value().multiply(right.value()), currency);
                case DIVIDE -> {
                    if (right.value().signum() == 0) {
                        yield missing(NoValueReason.ZERO_DENOMINATOR, KpiValueMessageKind.ZERO_DENOMINATOR,
                                binary.right().toFormula(), label(period.part()));
                    }
                    yield new Outcome.Amount(left.value().divide(right.value(), PRECISION),
                            bothMoney ? Optional.empty() : left.currency());
                }
            };
        }

        private Outcome aggregate(MeasureDefinition measure, Aggregation mode, PartOfPeriod days) {
            Period period = days.part();
            return aggregate(measure, mode, period, observations.within(measure.code(), period, selection));
        }

        /** The measure over the rows of the period that match the selection. */
        private Outcome aggregate(MeasureDefinition measure, Aggregation mode, Period period, List<Observation> rows) {
            if (mode == Aggregation.ADDITIVE_PER_PERIOD) {
                List<Observation> exact = rows.stream().filter(row -> row.period().equals(period)).toList();
                if (exact.isEmpty() && !rows.isEmpty()) {
                    return missing(NoValueReason.NOT_ADDITIVE_ACROSS_PERIODS, KpiValueMessageKind.NOT_ADDITIVE_ACROSS_PERIODS,
                            name(measure), label(period));
                }
                rows = exact;
            }
            if (rows.isEmpty()) {
                return missing(NoValueReason.NO_DATA, KpiValueMessageKind.NO_DATA, name(measure), label(period));
            }
            Optional<Currency> currency = Optional.empty();
            if (measure.isMoney()) {
                long withoutCurrency = rows.stream().filter(row -> row.currency().isEmpty()).count();
                if (withoutCurrency > 0) {
                    return missing(NoValueReason.MISSING_CURRENCY, KpiValueMessageKind.MISSING_CURRENCY,
                            withoutCurrency, name(measure), label(period));
                }
                Set<Currency> currencies = rows.stream().map(row -> row.currency().orElseThrow()).collect(Collectors.toSet());
                if (currencies.size() > 1) {
                    String list = currencies.stream().map(Currency::getCurrencyCode).sorted().collect(Collectors.joining(", "));
                    return missing(NoValueReason.CURRENCY_MIX, KpiValueMessageKind.CURRENCY_MIX, name(measure), label(period), list);
                }
                currency = Optional.of(currencies.iterator().next());
            }
            return new Outcome.Amount(total(rows, mode), currency);
        }

        private static BigDecimal total(List<Observation> rows, Aggregation mode) {
            if (!mode.isSnapshot()) {
                return sum(rows);
            }
            Comparator<Period> byTime = Comparator.naturalOrder();
            Map<Map<String, String>, List<Observation>> series = rows.stream()
                    .collect(Collectors.groupingBy(Observation::dimensions));
            return series.values().stream().map(seriesRows -> {
                Period moment = seriesRows.stream().map(Observation::period)
                        .max(mode == Aggregation.SNAPSHOT ? byTime : byTime.reversed()).orElseThrow();
                return sum(seriesRows.stream().filter(row -> row.period().equals(moment)).toList());
            }).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private static BigDecimal sum(List<Observation> rows) {
            return rows.stream().map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The period as each language writes it, with the channels or campaigns when only some are chosen. */
        private LocalizedText label(Period period) {
            return LocalizedText.of(label(period, RUSSIAN), label(period, Locale.ENGLISH));
        }

        private static LocalizedText name(MeasureDefinition measure) {
            return LocalizedText.of(measure.nameRu(), measure.nameEn());
        }

        private String label(Period period, Locale locale) {
            String where = selection.isAll() ? "" : " (" + selection.describe(locale) + ")";
            return period.labelAsObject(locale) + where;
        }

        /** A value that is missing; the explanation is rendered now, as {@link KpiValue.None} still keeps text. */
        private static Outcome.Missing missing(NoValueReason reason, KpiValueMessageKind why, Object... args) {
            return new Outcome.Missing(reason, Message.of(why, args));
        }
    }
}

package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The moves of any driver (a base measure or a KPI) in one question: over the chosen channels together or in one
 * channel, each against the noise of its own history. The chosen channels' totals of each period are added up once
 * per question ({@link #totalOf}): every driver, cause check and funnel step reads them again.
 */
final class Moves {

    private final FormulaValues values;
    private final DeviationQuestion question;
    private final Map<PeriodFigures, MeasureSums> totals = new IdentityHashMap<>();

    Moves(FormulaValues values, DeviationQuestion question) {
        this.values = values;
        this.question = question;
    }

    /** The chosen channels of one period of the question together, added up once. */
    MeasureSums totalOf(PeriodFigures figures) {
        return totals.computeIfAbsent(figures, period -> period.total(question.channels()));
    }

    /** The code's move over the chosen channels together. */
    Optional<Move> total(String code) {
        return move(code, this::totalOf);
    }

    /** The code's move in one channel. */
    Optional<Move> channel(String code, String channel) {
        return move(code, figures -> figures.byChannel(Set.of(channel)).getOrDefault(channel, MeasureSums.NONE));
    }

    /** The move of the same periods a year earlier, over the chosen channels, against this year's noise. */
    Optional<Move> yearEarlier(String code, Optional<Noise> noise) {
        return question.yearEarlier().flatMap(year -> {
            Optional<BigDecimal> before = values.of(code, totalOf(year.reference()));
            Optional<BigDecimal> after = values.of(code, totalOf(year.actual()));
            return before.isPresent() && after.isPresent()
                    ? Optional.of(new Move(before.get(), after.get(), noise)) : Optional.empty();
        });
    }

    private Optional<Move> move(String code, Function<PeriodFigures, MeasureSums> slice) {
        Optional<BigDecimal> before = values.of(code, slice.apply(question.reference()));
        Optional<BigDecimal> after = values.of(code, slice.apply(question.actual()));
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<BigDecimal>> history = question.history().stream()
                .map(figures -> values.of(code, slice.apply(figures))).toList();
        return Optional.of(new Move(before.get(), after.get(), Noise.of(history)));
    }
}

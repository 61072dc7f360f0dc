package com.kpipulse.application.analysis;

import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.WhyAnswer;
import com.kpipulse.domain.period.Period;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a KPI deviated in a period, as the application asked it: the domain's answer and how much of the period the
 * figures cover.
 *
 * @param period      the period asked about (against PLAN: the days the goal judges, as the scorecard judges them)
 * @param daysCovered the days of {@code period} the sources have delivered and that are over: fewer than the period's
 *                    days make it provisional (the analysis was told so and weighs it as DATA)
 * @param currency    the currency of the money measures read, to write amounts
 * @param compared    the days of {@code period} the figures were read over: all of them, or for a provisional period
 *                    the days covered
 * @param comparedWith the days of the period before or last year held against them, the same days of theirs (like
 *                    for like); empty against the plan
 */
public record AnalyzedDeviation(WhyAnswer answer, Period period, ReferenceKind against, long daysCovered,
                                Optional<Currency> currency, Period compared, Optional<Period> comparedWith) {

    public AnalyzedDeviation {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(compared, "compared");
        Objects.requireNonNull(comparedWith, "comparedWith");
        if (daysCovered < 0 || daysCovered > period.days()) {
            throw new IllegalArgumentException("Days covered " + daysCovered + " out of " + period.days());
        }
    }

    /** Still running, or some source has not delivered all its days yet. */
    public boolean provisional() {
        return daysCovered < period.days();
    }

    /** Only some days of the period were compared, with the same days of the reference. */
    public boolean comparedToDate() {
        return !compared.equals(period);
    }
}

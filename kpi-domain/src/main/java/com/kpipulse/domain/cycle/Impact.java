package com.kpipulse.domain.cycle;

import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deviation costs the goal: for a KPI in money, the money short of the target (revenue behind by 1,2 M ₽, CAC
 * 300 ₽ above its ceiling); for any other KPI, how far it is from the target as a share of the target (traffic 12 %
 * short). Deviations are ranked money first, largest first, then by share, largest first: money says what is at stake
 * in the company's own terms, and a share of its target is the next best measure that compares across KPIs.
 */
public sealed interface Impact {

    /** Ranking order: money before shares, each largest first, those without an impact last. */
    Comparator<Impact> LARGEST_FIRST = Comparator.comparingInt(Impact::rankGroup)
            .thenComparing(Impact::size, Comparator.reverseOrder());

    /** The money the KPI is short of its target by (never negative). */
    record InMoney(BigDecimal amount, Currency currency) implements Impact {
        public InMoney {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** How far the KPI is from its target, as a fraction of the target (0.12: 12 % short; never negative). */
    record ShareOfTarget(BigDecimal share) implements Impact {
        public ShareOfTarget {
            Objects.requireNonNull(share, "share");
        }
    }

    /** Nothing to measure it by: no actual or no target, or a target of zero (ROMI's break-even). */
    record Unmeasured() implements Impact {
    }

    /**
     * The impact of {@code actual} against {@code target} for a KPI of this unit and direction: the shortfall in
     * money for a money KPI with its currency, else the shortfall as a share of the target.
     */
    static Impact of(Direction direction, Unit unit, Optional<Currency> currency, Optional<BigDecimal> actual,
                     Optional<BigDecimal> target) {
        if (actual.isEmpty() || target.isEmpty()) {
            return new Unmeasured();
        }
        BigDecimal behind = direction == Direction.HIGHER_IS_BETTER ? target.get().subtract(actual.get())
                : actual.get().subtract(target.get());
        BigDecimal shortfall = behind.max(BigDecimal.ZERO);
        if (unit == Unit.MONEY && currency.isPresent()) {
            return new InMoney(shortfall, currency.get());
        }
        if (target.get().signum() == 0) {
            return new Unmeasured();
        }
        return new ShareOfTarget(shortfall.divide(target.get().abs(), MathContext.DECIMAL64));
    }

    private static int rankGroup(Impact impact) {
        return switch (impact) {
            case InMoney money -> 0;
            case ShareOfTarget share -> 1;
            case Unmeasured none -> 2;
        };
    }

    private static BigDecimal size(Impact impact) {
        return switch (impact) {
            case InMoney money -> money.amount();
            case ShareOfTarget share -> share.share();
            case Unmeasured none -> BigDecimal.ZERO;
        };
    }
}

package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.cycle.CyclePeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The four-week rule: a proposal somebody rejected is not made again for the same cause while it is fresh. A new
 * proposal is not made when one with the same key ({@link ProposalKey}: kind, KPI, channel and cause) was rejected
 * for a period that starts less than {@value #DAYS} days before the new one's period starts (the same period
 * included). A rejection in a later period does not hold back a cycle run again for an earlier one.
 */
public final class Suppression {

    /** Four weeks. */
    public static final int DAYS = 28;

    private Suppression() {
    }

    /** Whether {@code key} may not be proposed in {@code period}, given proposals decided before. */
    public static boolean suppresses(Collection<Proposal> decided, ProposalKey key, CyclePeriod period) {
        LocalDate start = period.period().start();
        return decided.stream().anyMatch(earlier -> earlier.status() == ProposalStatus.REJECTED
                && earlier.key().equals(key) && within(earlier.period().period().start(), start));
    }

    /** The first period start whose rejections still count for a period starting on {@code start}. */
    public static LocalDate earliestCounted(LocalDate start) {
        return start.minusDays(DAYS - 1);
    }

    private static boolean within(LocalDate rejectedStart, LocalDate start) {
        long days = ChronoUnit.DAYS.between(rejectedStart, start);
        return days >= 0 && days < DAYS;
    }
}

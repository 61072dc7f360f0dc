package com.kpipulse.domain.correction;

import java.time.LocalDate;

/**
 * How long after its due date an action's effect is still watched before it is measured: two weeks unless the person
 * chose otherwise, from a week (a change shows in whole weeks) to ninety days (longer, other things move the KPI as
 * much as the action).
 *
 * @param days whole days after the due date, from {@link #SHORTEST} to {@link #LONGEST}
 */
public record EffectWindow(int days) {

    public static final int SHORTEST = 7;
    public static final int LONGEST = 90;
    public static final int STANDARD = 14;

    public EffectWindow {
        if (!fits(days)) {
            throw new IllegalArgumentException("A window of " + SHORTEST + " to " + LONGEST + " days, got " + days);
        }
    }

    /** Two weeks. */
    public static EffectWindow standard() {
        return new EffectWindow(STANDARD);
    }

    /** Whether {@code days} may be a window. */
    public static boolean fits(long days) {
        return days >= SHORTEST && days <= LONGEST;
    }

    /** The last day watched after {@code due}. */
    public LocalDate endAfter(LocalDate due) {
        return due.plusDays(days);
    }
}

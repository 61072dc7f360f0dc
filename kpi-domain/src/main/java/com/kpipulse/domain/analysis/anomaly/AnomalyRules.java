package com.kpipulse.domain.analysis.anomaly;

/**
 * How strict the check of incoming data is. The standard rules were set on synthetic series (see
 * {@code docs/analysis-forecast-and-anomalies.md}): on clean series they flag well under 1 % of days, and they find
 * nine in ten drops of half or more, doublings and zero days on series whose day-to-day noise is up to about 12 %.
 *
 * @param windowWeeks     how many weeks before a day make its usual value (eight Tuesdays for a Tuesday)
 * @param minimumDays     how many days with data that window needs before a day is judged at all
 * @param scoreLimit      how many robust standard deviations (of the series' own day-to-day noise, on a log scale)
 *                        a day must be from its usual value to be flagged
 * @param minimumChange   how large the change must be besides, as a fraction: 0.25 flags a day at least a quarter
 *                        above (×1.25) or a fifth below (×0.8) its usual value, so a very steady series is not
 *                        flagged for a few per cent
 * @param minimumSpread   the smallest day-to-day noise assumed (log scale, ≈ a fraction), for series so steady that
 *                        their own spread is near zero
 * @param rareEmptyShare  a zero, or a day without data, is a finding only where such days were rarer than this share
 *                        of the window's days (its last week not counted, so an outage is reported day by day for
 *                        its first week at least): a small channel's orders are zero now and then, and a CRM leaves
 *                        out the days it has nothing for, which is no news
 * @param mostlyZeroShare above this share of zero days in the window there is no usual level to compare with
 */
public record AnomalyRules(int windowWeeks, int minimumDays, double scoreLimit, double minimumChange,
                           double minimumSpread, double rareEmptyShare, double mostlyZeroShare) {

    public AnomalyRules {
        if (windowWeeks < 2 || minimumDays < 14 || minimumDays > windowWeeks * 7) {
            throw new IllegalArgumentException("A window of at least two weeks, holding the minimum days");
        }
        if (scoreLimit <= 0 || minimumChange < 0 || minimumSpread <= 0) {
            throw new IllegalArgumentException("Positive limits");
        }
        if (rareEmptyShare < 0 || mostlyZeroShare < rareEmptyShare || mostlyZeroShare >= 1) {
            throw new IllegalArgumentException("Shares between 0 and 1");
        }
    }

    /** Eight weeks, at least four weeks of days, 4 robust deviations and a change of a quarter. */
    public static AnomalyRules standard() {
        return new AnomalyRules(8, 28, 4.0, 0.25, 0.02, 0.05, 0.25);
    }

    int windowDays() {
        return windowWeeks * 7;
    }
}

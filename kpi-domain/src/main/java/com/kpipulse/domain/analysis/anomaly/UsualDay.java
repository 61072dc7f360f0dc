package com.kpipulse.domain.analysis.anomaly;

/** What a day of a series should look like, judged from the weeks before it, or why that cannot be said. */
sealed interface UsualDay {

    /**
     * @param usualLog   the usual value on the log scale the check works on: ln(1 + value)
     * @param spread     the series' robust day-to-day noise on that scale, already widened for the estimate's own
     *                   uncertainty
     * @param emptyShare the share of the window's days before its last week (since the series began) that had no
     *                   value or a zero
     */
    record Known(double usualLog, double spread, double emptyShare) implements UsualDay {

        /** The usual value itself. */
        double usual() {
            return Math.max(0, Math.expm1(usualLog));
        }

        /** How far {@code value} is from usual, in spreads: negative below. */
        double score(double value) {
            return (Math.log1p(value) - usualLog) / spread;
        }

        /** The size of the change on the log scale, |ln((1 + value) / (1 + usual))|. */
        double logChange(double value) {
            return Math.abs(Math.log1p(value) - usualLog);
        }
    }

    /**
     * @param seen   days with data in the window (for {@link NotJudgedReason#MOSTLY_ZEROS}: {@code zeros} of them
     *               zero)
     * @param needed days with data the rules need
     */
    record Unknown(NotJudgedReason reason, int seen, int needed, int zeros) implements UsualDay {
    }
}

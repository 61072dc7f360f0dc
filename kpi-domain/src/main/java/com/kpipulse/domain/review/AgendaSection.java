package com.kpipulse.domain.review;

/**
 * The six sections of a weekly review, in the order the meeting goes through them (issue 15, after Ninety's Level 10
 * meeting and Amazon's weekly business review), each with its time box: shared among its generated items, given whole
 * to an item the head adds, unless the head changes it.
 */
public enum AgendaSection {
    /** Last week's actions: done, overdue, and their measured effect where there is one. */
    ACTIONS(1, 5),
    /** The goals pursued: progress, pace and forecast to the deadline. */
    GOALS(2, 10),
    /** KPIs off track or at risk, the costliest first, each with its cause. */
    DEVIATIONS(3, 20),
    /** Data problems and anomalies of the week. */
    DATA(4, 10),
    /** Proposals to accept or reject. */
    PROPOSALS(5, 10),
    /** Decisions recap, new actions with owners, a rating per participant. */
    CONCLUSION(6, 5);

    private final int number;
    private final int defaultMinutes;

    AgendaSection(int number, int defaultMinutes) {
        this.number = number;
        this.defaultMinutes = defaultMinutes;
    }

    /** The section numbered {@code number} (1 to 6). */
    public static java.util.Optional<AgendaSection> numbered(int number) {
        return java.util.Arrays.stream(values()).filter(section -> section.number == number).findFirst();
    }

    /** 1 to 6, as the agenda numbers it. */
    public int number() {
        return number;
    }

    /** The time box of one item of this section unless the head sets another. */
    public int defaultMinutes() {
        return defaultMinutes;
    }
}

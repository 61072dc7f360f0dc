package com.kpipulse.application.scorecard;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.scorecard.Role;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which scorecard to show: the role's page, for a person with {@code viewerRoles} (which goals they may see), the
 * week, month or quarter that contains {@code day}, optionally only some channels (empty: all channels), with
 * {@code periods} periods on its sparklines (the shown one included; a page shows {@link #SPARKLINE}, the monitoring
 * cycle, which draws none, asks for one).
 *
 * @param rowsOnly only the KPI rows and the sources' freshness, without the goals' lines, the channel tables and the
 *                 funnels: what the monitoring cycle keeps of some two hundred scorecards ({@link #ofCycle})
 */
public record ScorecardRequest(Role role, Set<String> viewerRoles, Grain grain, LocalDate day, Set<String> channels,
                               int periods, boolean rowsOnly) {

    public static final Set<Grain> GRAINS = EnumSet.of(Grain.WEEK, Grain.MONTH, Grain.QUARTER);

    /** Periods on a page's sparkline, the shown one included. */
    public static final int SPARKLINE = 13;

    /** A page's scorecard, with its sparklines. */
    public ScorecardRequest(Role role, Set<String> viewerRoles, Grain grain, LocalDate day, Set<String> channels) {
        this(role, viewerRoles, grain, day, channels, SPARKLINE, false);
    }

    /** The monitoring cycle's: the rows of one period, no sparkline, nothing besides the rows. */
    public static ScorecardRequest ofCycle(Role role, Set<String> viewerRoles, Grain grain, LocalDate day,
                                           Set<String> channels) {
        return new ScorecardRequest(role, viewerRoles, grain, day, channels, 1, true);
    }

    public ScorecardRequest {
        if (periods < 1 || periods > SPARKLINE) {
            throw new IllegalArgumentException("A scorecard shows 1 to " + SPARKLINE + " periods, not " + periods);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(grain, "grain");
        Objects.requireNonNull(day, "day");
        viewerRoles = Set.copyOf(viewerRoles);
        channels = Set.copyOf(channels);
        if (!GRAINS.contains(grain)) {
            throw new IllegalArgumentException("A scorecard shows weeks, months or quarters, not " + grain);
        }
    }
}

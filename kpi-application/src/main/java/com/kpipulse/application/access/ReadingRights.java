package com.kpipulse.application.access;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Which KPIs, base measures, goals and notes a reader may see or write: the one place these rules live. Pages,
 * fragments, the API and exports all ask here (through the use cases that take a {@link Reader}).
 * <ul>
 *     <li>Admins, the marketing head and marketers read every KPI and every base measure.</li>
 *     <li>Others read the KPIs on their roles' scorecards, on the viewer's scorecard (every role may open it) and in
 *     the goals visible to them, and the base measures those KPIs are computed from (a figure one may see may be
 *     explained by its inputs).</li>
 *     <li>A goal is visible to admins, and to everybody when it names no roles, else to the roles it names.</li>
 *     <li>Whoever may read a KPI may put a note on it; a note is removed by its author or an admin.</li>
 * </ul>
 */
@ApplicationScoped
public class ReadingRights {

    private static final Set<Role> SEE_EVERYTHING = EnumSet.of(Role.ADMIN, Role.MARKETING_HEAD, Role.MARKETER);

    private final RoleScorecards scorecards;
    private final Goals goals;
    private final CurrentKpiCatalog catalogs;

    @Inject
    public ReadingRights(RoleScorecards scorecards, Goals goals, CurrentKpiCatalog catalogs) {
        this.scorecards = scorecards;
        this.goals = goals;
        this.catalogs = catalogs;
    }

    /** Whether the reader sees every KPI and measure. */
    public static boolean seesEverything(Reader reader) {
        return reader.roles().stream().anyMatch(SEE_EVERYTHING::contains);
    }

    /** The goal visibility rule (also used where only role names are at hand). */
    public static boolean mayRead(Set<String> roleClaims, Goal goal) {
        return roleClaims.contains(Role.ADMIN.claim()) || goal.visibleToRoles().isEmpty()
                || goal.visibleToRoles().stream().anyMatch(roleClaims::contains);
    }

    public boolean mayRead(Reader reader, Goal goal) {
        return mayRead(reader.claims(), goal);
    }

    /** Whether the reader may read the KPI with this code (an unknown code: no). */
    public boolean mayReadKpi(Reader reader, String code) {
        if (seesEverything(reader)) {
            return true;
        }
        return readableKpis(reader).contains(code);
    }

    /**
     * The catalog's KPI with this code as the reader asks for it: unknown when the catalog has none, refused when their
     * roles may not read it.
     */
    public Access<com.kpipulse.domain.kpi.KpiDefinition> kpi(Reader reader, com.kpipulse.domain.kpi.KpiCatalog catalog,
                                                            String code) {
        return catalog.find(code)
                .<Access<com.kpipulse.domain.kpi.KpiDefinition>>map(kpi -> mayReadKpi(reader, code)
                        ? Access.granted(kpi) : Access.denied())
                .orElseGet(Access::unknown);
    }

    /** Whether the reader may read the base measure with this code. */
    public boolean mayReadMeasure(Reader reader, String code) {
        if (seesEverything(reader)) {
            return true;
        }
        return readableMeasures(reader).contains(code);
    }

    /** The base measures a reader who does not see everything may read: the inputs of the KPIs they may read. */
    public Set<String> readableMeasures(Reader reader) {
        KpiCatalog catalog = catalogs.current();
        if (seesEverything(reader)) {
            Set<String> all = new HashSet<>();
            catalog.measures().all().forEach(measure -> all.add(measure.code().value()));
            return all;
        }
        Set<String> measures = new HashSet<>();
        for (String code : readableKpis(reader)) {
            catalog.find(code).ifPresent(kpi -> catalog.measuresOf(kpi).stream()
                    .forEach(measure -> measures.add(measure.value())));
        }
        return measures;
    }

    public boolean mayAnnotate(Reader reader, String kpi) {
        return mayReadKpi(reader, kpi);
    }

    public boolean mayRemove(Reader reader, Annotation note) {
        return reader.is(Role.ADMIN) || note.author().equals(reader.name());
    }

    private Set<String> readableKpis(Reader reader) {
        Set<String> codes = new HashSet<>(scorecards.codesOf(Role.VIEWER));
        for (Role role : reader.roles()) {
            codes.addAll(scorecards.codesOf(role));
        }
        Set<String> claims = reader.claims();
        for (Goal goal : goals.all().stream().map(Versioned::value).toList()) {
            if (mayRead(claims, goal)) {
                goal.kpis().forEach(goalKpi -> codes.add(goalKpi.kpi().value()));
            }
        }
        return codes;
    }
}

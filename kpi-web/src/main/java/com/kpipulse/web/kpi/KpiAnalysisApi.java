package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/kpis/{code}/analysis}: why a KPI deviated in a period, for whoever may read the KPI. */
@Path("/api/v1/kpis/{code}/analysis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiAnalysisApi {

    @Inject
    AnalyzeDeviation analysis;

    @Inject
    CurrentReader reader;

    /**
     * Why the KPI deviated in a week, month or quarter ({@code 2026-W05}, {@code 2026-01}, {@code 2026-Q1}) from the
     * previous period, the same period last year or the plan: 200 with the split, the cause and its evidence; 200 with
     * {@code cause: null} and a {@code reason} when there is nothing to split (no value, no plan, a growth rate), since
     * the request itself was fine.
     */
    @GET
    @Operation(summary = "Why a KPI deviated: the deviation split by drivers and channels (summing to it exactly), the channels that explain it, the cause and its evidence in both languages")
    public AnalysisJson analysis(@PathParam("code") String code, @QueryParam("period") String period,
                                 @QueryParam("compareTo") String compareTo, @QueryParam("channel") List<String> channels) {
        var asked = WhyQuery.period(period);
        var against = WhyQuery.reference(compareTo);
        var chosen = WhyQuery.channels(channels);
        return AnalysisJson.from(AccessAnswers.orRefuse(analysis.analyze(reader.get(), code, asked, against, chosen),
                "KPI " + code));
    }
}

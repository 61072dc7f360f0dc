package com.kpipulse.web.cycle;

import com.kpipulse.application.correction.ProposeCorrections;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.cycle.RunCycle;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/cycles}: the monitoring cycles. Everyone who reads the API reads the stored cycles (each figure as
 * far as the reading rules allow); admins and the marketing head run one.
 */
@Path("/api/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cycles")
public class CycleApi {

    /** What to run: {@code {"period": "2026-W05"}} or {@code {"period": "2026-01"}}. */
    public record RunJson(String period) {
    }

    @Inject
    RunCycle runCycle;

    @Inject
    ProposeCorrections propose;

    @Inject
    ReadCycles cycles;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
    @Operation(summary = "Run the monitoring cycle for a week (2026-W05) or a month (2026-01); a run for a period that"
            + " has one replaces it, and its open proposals are made again. 400 with the reason for a period that is no"
            + " week or month or has not begun")
    public CycleJson run(RunJson json) {
        CyclePeriod period = CycleInput.period("period", json == null ? null : json.period());
        return switch (runCycle.run(period, identity.getPrincipal().getName())) {
            case RunCycle.Outcome.Ran ran -> {
                propose.forCycle(period);
                yield CycleJson.of(ran.snapshot(), ran.replaced());
            }
            case RunCycle.Outcome.NotStarted notStarted -> throw CycleInput.notStarted(notStarted);
        };
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "A period's cycle as it last ran; 404 when it never ran")
    public CycleJson one(@PathParam("period") String period) {
        CyclePeriod chosen = CycleInput.period("period", period);
        return CycleJson.of(AccessAnswers.orRefuse(cycles.of(reader.get(), chosen), "No cycle for " + chosen.code()), null);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The cycles of the periods that start between from and to (default: the last year), latest first")
    public List<CycleJson.SummaryJson> list(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = Parameters.day("to", to).orElse(today);
        LocalDate first = Parameters.day("from", from).orElse(last.minusYears(1));
        if (first.isAfter(last)) {
            throw InvalidInput.of("from", "SPAN_REVERSED", Bundles.both(CycleMessages.class,
                    texts -> texts.problem_span(first.toString(), last.toString())));
        }
        return cycles.between(first, last).stream().map(CycleJson.SummaryJson::of).toList();
    }
}

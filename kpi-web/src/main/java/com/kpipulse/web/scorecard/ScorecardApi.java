package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.layout.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/scorecards}: which KPIs each role's scorecard shows; admins recompose them. */
@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "scorecards")
public class ScorecardApi {

    /** A role's scorecard composition, KPI codes in display order. */
    public record CompositionJson(List<String> kpis) {
    }

    @Inject
    RoleScorecards scorecards;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The KPIs of every role's scorecard")
    public Map<String, List<String>> all() {
        Map<String, List<String>> compositions = new LinkedHashMap<>();
        Arrays.stream(Role.values()).forEach(role -> compositions.put(role.claim(), scorecards.codesOf(role)));
        return compositions;
    }

    @PUT
    @Path("{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recompose a role's scorecard: 1 to 12 catalog KPIs; 422 with the reasons otherwise")
    public Response compose(@PathParam("role") String role, CompositionJson json) {
        Role chosen = Role.fromClaim(role).orElseThrow(() -> new NotFoundException("No role «" + role + "»"));
        List<String> kpis = json == null || json.kpis() == null ? List.of() : json.kpis();
        return switch (scorecards.compose(chosen, kpis, identity.getPrincipal().getName())) {
            case RoleScorecards.Outcome.Saved saved -> Response.ok(new CompositionJson(saved.kpiCodes())).build();
            case RoleScorecards.Outcome.Rejected rejected -> Response.status(422)
                    .entity(Map.of("errors", rejected.reasons())).build();
        };
    }
}

package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.web.admin.SetupProblemJson;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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

    /**
     * A role's scorecard composition, KPI codes in display order, and its version (0 while the role shows its
     * default); sent back with a change, only that version is replaced, like If-Match.
     */
    public record CompositionJson(List<String> kpis, Long version) {

        public CompositionJson(List<String> kpis) {
            this(kpis, null);
        }
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

    @GET
    @Path("{role}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The KPIs of one role's scorecard with the composition's version (also its ETag)")
    public Response one(@PathParam("role") String role) {
        Versioned<List<String>> composition = scorecards.composition(role(role));
        return Response.ok(new CompositionJson(composition.value(), composition.version()))
                .tag(Versions.etag(composition.version())).build();
    }

    /**
     * With {@code If-Match} (or {@code version} in the body) only that composition is replaced: 412 when another
     * admin recomposed it since. Without, the last writer wins.
     */
    @PUT
    @Path("{role}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Recompose a role's scorecard: 1 to 12 distinct catalog KPIs; 422 with the reasons otherwise;"
            + " 412 when If-Match is no longer the composition's version")
    public Response compose(@PathParam("role") String role, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            CompositionJson json) {
        Role chosen = role(role);
        ExpectedVersion expected = Versions.expected(ifMatch, json == null ? null : json.version());
        List<String> kpis = json == null || json.kpis() == null ? List.of() : json.kpis();
        return switch (scorecards.compose(chosen, kpis, expected, identity.getPrincipal().getName())) {
            case RoleScorecards.Outcome.Saved saved -> Response.ok(new CompositionJson(saved.kpiCodes(), saved.version()))
                    .tag(Versions.etag(saved.version())).build();
            case RoleScorecards.Outcome.Rejected rejected -> Response.status(422)
                    .entity(Map.of("errors", rejected.reasons(), "problems", SetupProblemJson.all(rejected.problems()))).build();
            case RoleScorecards.Outcome.Stale stale -> Versions.stale(Versions.Subject.SCORECARD, stale.currentVersion());
        };
    }

    private static Role role(String claim) {
        return Role.fromClaim(claim).orElseThrow(() -> new NotFoundException("No role «" + InputProblem.excerpt(claim) + "»"));
    }
}

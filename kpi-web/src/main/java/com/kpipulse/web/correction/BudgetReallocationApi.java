package com.kpipulse.web.correction;

import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.correction.ReallocateBudget;
import com.kpipulse.domain.correction.budget.EfficiencyTarget;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code /api/v1/budget/reallocation}: a new spread of the weekly budget over the paid channels, for whoever may read
 * the outcome's KPI. Nothing is stored: the answer is worked out from the store's weeks on each call.
 */
@Path("/api/v1/budget/reallocation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "budget")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class BudgetReallocationApi {

    @Inject
    ReallocateBudget reallocate;

    @Inject
    CurrentReader reader;

    @Inject
    CurrentSettings settings;

    /**
     * The reallocation of the period's weekly budget ({@code period}: the week, month or quarter whose whole weeks
     * give the spend now and end the history), for {@code kpi} (revenue, orders, new_customers; revenue when absent),
     * each channel within ±{@code maxShift} (0.3 when absent); with {@code target} ({@code cac:1500},
     * {@code romi:0.5}) the total is free and the proposal reaches the target. 422 with every unusable parameter, its
     * field and its reason.
     */
    @GET
    @Operation(summary = "Reallocate the weekly budget between paid channels: each channel's response curve, the marginal return of its next rouble, the proposed spend within the shift limit, the moves with their reasons and the expected effect with its 80 % interval; or why there is no proposal")
    public Response reallocation(@QueryParam("period") String period, @QueryParam("kpi") String kpi,
                                 @QueryParam("maxShift") String maxShift, @QueryParam("target") String target) {
        ReallocateBudget.Request request;
        try {
            request = BudgetQuery.read(period, kpi, maxShift, target);
        } catch (InvalidInput invalid) {
            return Response.status(422).entity(Map.of("error", "invalid_input",
                    "errors", invalid.problems().stream().map(problem -> Map.of("field", problem.field(),
                            "code", problem.code(), "message", problem.reason().en(),
                            "messageRu", problem.reason().ru())).toList())).build();
        }
        EfficiencyTarget asked = request.mode() instanceof ReallocationMode.ReachTarget(EfficiencyTarget goal)
                ? goal : null;
        return Response.ok(BudgetReallocationJson.from(AccessAnswers.orRefuse(
                reallocate.propose(reader.get(), request), "budget reallocation of " + kpi),
                request.limit().maxShare(), asked, settings.current().currency())).build();
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.PermittedValues;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.evaluation.ValuesQuery;
import com.kpipulse.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/kpis/{code}/values}: a KPI's values per period, for whoever may read the KPI. */
@Path("/api/v1/kpis/{code}/values")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiValuesApi {

    @Inject
    PermittedValues values;

    @Inject
    CurrentReader reader;

    @GET
    @Operation(summary = "A KPI per period (to inclusive) and in total; ratios as fractions; null value with a reason when there is none;"
            + " a period still running or not all delivered is provisional: its value is over its first daysCovered of"
            + " its days (up to coveredTo), a growth KPI against the same days of the period before")
    public Response values(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("grain") String grain, @QueryParam("channel") List<String> channels) {
        return ValuesQuery.answer(from, to, grain, channels,
                query -> values.kpi(reader.get(), code, query.from(), query.to(), query.grain(), query.channels()),
                "KPI " + code);
    }
}

package com.kpipulse.web.measure;

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

/** {@code /api/v1/measures}: base measures over time. */
@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "measures")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class MeasureApi {

    @Inject
    PermittedValues values;

    @Inject
    CurrentReader reader;

    @GET
    @Path("{code}/values")
    @Operation(summary = "A base measure per period (to inclusive) and in total; channel is optional and repeatable; 403 for a "
            + "measure no KPI of the caller's is computed from; a period still running or not all delivered is provisional: "
            + "its value is over its first daysCovered of its days (up to coveredTo)")
    public Response values(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("grain") String grain, @QueryParam("channel") List<String> channels) {
        return ValuesQuery.answer(from, to, grain, channels,
                query -> values.measure(reader.get(), code, query.from(), query.to(), query.grain(),
                        query.channels()), "base measure " + code);
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.kpi.KpiCatalogQuery;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.evaluation.ValueSeriesJson;
import com.kpipulse.web.evaluation.ValuesQuery;
import com.kpipulse.web.layout.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** {@code /api/v1/kpis}: the KPI catalog. */
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiApi {

    @Inject
    KpiCatalogQuery catalog;

    @Inject
    ReadValues values;

    /** A catalog entry as the API shows it. */
    public record KpiJson(String code, String nameRu, String nameEn, String formula, String unit, String direction,
                          String level, String group, String explanationRu, String explanationEn) {

        static KpiJson from(KpiDefinition kpi) {
            return new KpiJson(kpi.code().value(), kpi.nameRu(), kpi.nameEn(), kpi.formula(), kpi.unit().name(),
                    kpi.direction().name(), kpi.level().name(), kpi.group().name(), kpi.explanationRu(),
                    kpi.explanationEn());
        }
    }

    @GET
    @Operation(summary = "Every KPI: code, names, formula over base measures, unit, direction, level")
    public List<KpiJson> all() {
        return catalog.all().stream().map(KpiJson::from).toList();
    }

    @GET
    @Path("{code}/values")
    @Operation(summary = "A KPI per period (to inclusive) and in total; ratios as fractions; null value with a reason when there is none")
    public Response values(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("grain") String grain, @QueryParam("channel") List<String> channels) {
        ValuesQuery query = ValuesQuery.parse(from, to, grain, channels);
        if (!query.valid()) {
            return Response.status(400).entity(Map.of("errors", query.errors())).build();
        }
        return values.kpi(code, query.from(), query.to(), query.grain(), query.channels())
                .map(series -> Response.ok(ValueSeriesJson.from(series)).build())
                .orElseThrow(() -> new NotFoundException("No KPI «" + code + "»"));
    }
}

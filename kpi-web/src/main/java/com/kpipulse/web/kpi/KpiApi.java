package com.kpipulse.web.kpi;

import com.kpipulse.application.kpi.KpiCatalogQuery;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.layout.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/kpis}: the KPI catalog. */
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiApi {

    @Inject
    KpiCatalogQuery catalog;

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
}

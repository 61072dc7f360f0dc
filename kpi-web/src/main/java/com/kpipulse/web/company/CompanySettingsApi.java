package com.kpipulse.web.company;

import com.kpipulse.application.company.ManageCompanySettings;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.web.admin.SetupProblemJson;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /api/v1/settings}: the company's currency and time zone. Every role reads them; admins change them. */
@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "settings")
public class CompanySettingsApi {

    /** The settings; {@code version} as read, or (in a change) the version the change was made against. */
    public record SettingsJson(String currency, String timeZone, Long version) {

        static SettingsJson from(CompanySettings settings, long version) {
            return new SettingsJson(settings.currency(), settings.zone().getId(), version);
        }
    }

    @Inject
    ManageCompanySettings settings;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The company's currency (ISO 4217) and time zone (IANA); its ETag is their version")
    public Response read() {
        Versioned<CompanySettings> current = settings.versioned();
        return Response.ok(SettingsJson.from(current.value(), current.version()))
                .tag(Versions.etag(current.version())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the currency and the time zone; 422 with each field's reason, nothing changed;"
            + " 412 when If-Match (or the body's version) is no longer the settings' version")
    public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SettingsJson json) {
        SettingsJson body = json == null ? new SettingsJson(null, null, null) : json;
        return switch (settings.change(body.currency(), body.timeZone(), Versions.expected(ifMatch, body.version()),
                identity.getPrincipal().getName())) {
            case ManageCompanySettings.Outcome.Saved saved -> Response.ok(SettingsJson.from(saved.settings(),
                    saved.version())).tag(Versions.etag(saved.version())).build();
            case ManageCompanySettings.Outcome.Rejected rejected -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("error", "invalid");
                answer.put("problems", SetupProblemJson.all(rejected.problems()));
                yield Response.status(422).entity(answer).build();
            }
            case ManageCompanySettings.Outcome.Stale stale -> Versions.stale(Versions.Subject.SETTINGS,
                    stale.currentVersion());
        };
    }
}

package com.kpipulse.web.channel;

import com.kpipulse.application.importing.EditChannelMapping;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.ChannelMapping;
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

import java.util.List;
import java.util.Map;

/** {@code /api/v1/channel-rules}: the mapping of raw traffic sources to channels. */
@Path("/api/v1/channel-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channels")
public class ChannelMappingApi {

    /**
     * One rule: a source as the systems spell it ({@code *} at the end matches the rest) and its channel, one of the
     * channel catalog ({@code /api/v1/channels}).
     */
    public record RuleJson(String sourcePattern, String channel) {
    }

    @Inject
    EditChannelMapping mapping;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The channel mapping in the order the admin keeps it; its ETag is the mapping's version")
    public Response rules() {
        Versioned<ChannelMapping> mapping = this.mapping.versioned();
        return Response.ok(json(mapping.value())).tag(Versions.etag(mapping.version())).build();
    }

    /**
     * The whole mapping is one record: with {@code If-Match} only the version read is replaced (412 when another
     * admin replaced it since); without, the last writer wins.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the whole mapping (kept in the array's order; every channel one of the catalog);"
            + " 422 with a reason per wrong line, nothing changed; 412 when If-Match is no longer the mapping's version")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, List<RuleJson> rules) {
        ExpectedVersion expected = Versions.expected(ifMatch, null);
        List<EditChannelMapping.RuleLine> lines = rules == null ? List.of()
                : rules.stream().map(rule -> rule == null ? null
                        : new EditChannelMapping.RuleLine(rule.sourcePattern(), rule.channel())).toList();
        return switch (mapping.replace(lines, expected, identity.getPrincipal().getName())) {
            case EditChannelMapping.Outcome.Saved saved ->
                    Response.ok(json(saved.mapping())).tag(Versions.etag(saved.version())).build();
            case EditChannelMapping.Outcome.Rejected rejected -> Response.status(422).entity(Map.of(
                    "errors", rejected.reasons(), "problems", SetupProblemJson.all(rejected.problems()))).build();
            case EditChannelMapping.Outcome.Stale stale -> Versions.stale(Versions.Subject.CHANNELS, stale.currentVersion());
        };
    }

    private static List<RuleJson> json(ChannelMapping mapping) {
        return mapping.listed().stream().map(rule -> new RuleJson(rule.sourcePattern(), rule.channel())).toList();
    }
}

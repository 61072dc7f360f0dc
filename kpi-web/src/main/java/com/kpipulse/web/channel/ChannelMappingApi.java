package com.kpipulse.web.channel;

import com.kpipulse.application.importing.EditChannelMapping;
import com.kpipulse.web.layout.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/channel-rules}: the mapping of raw traffic sources to channels. */
@Path("/api/v1/channel-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channels")
public class ChannelMappingApi {

    /** One rule: a source as the systems spell it ({@code *} at the end matches the rest) and its channel. */
    public record RuleJson(String sourcePattern, String channel) {
    }

    @Inject
    EditChannelMapping mapping;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The channel mapping, sorted by source pattern")
    public List<RuleJson> rules() {
        return mapping.current().rules().stream()
                .map(rule -> new RuleJson(rule.sourcePattern(), rule.channel()))
                .sorted(Comparator.comparing(RuleJson::sourcePattern))
                .toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the whole mapping; 422 with a reason per wrong line, nothing changed")
    public Response replace(List<RuleJson> rules) {
        List<EditChannelMapping.RuleLine> lines = rules == null ? List.of()
                : rules.stream().map(rule -> rule == null ? new EditChannelMapping.RuleLine(null, null)
                        : new EditChannelMapping.RuleLine(rule.sourcePattern(), rule.channel())).toList();
        return switch (mapping.replace(lines, identity.getPrincipal().getName())) {
            case EditChannelMapping.Outcome.Saved saved -> Response.ok(rules()).build();
            case EditChannelMapping.Outcome.Rejected rejected -> Response.status(422)
                    .entity(Map.of("errors", rejected.reasons())).build();
        };
    }
}

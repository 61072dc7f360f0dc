package com.kpipulse.web.channel;

import com.kpipulse.application.channel.EditChannelCatalog;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
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
import java.util.List;
import java.util.Map;

/** {@code /api/v1/channels}: the channel catalog every page, filter, import and the mapping go by. */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "channels")
public class ChannelCatalogApi {

    /** One channel; the catalog's order is the order of the array. */
    public record ChannelJson(String code, String nameRu, String nameEn, Boolean paid, Boolean social) {

        static ChannelJson from(Channel channel) {
            return new ChannelJson(channel.code(), channel.name().ru(), channel.name().en(), channel.paid(),
                    channel.social());
        }
    }

    @Inject
    EditChannelCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The channel catalog in display order; its ETag is the catalog's version")
    public Response channels() {
        Versioned<ChannelCatalog> current = catalog.versioned();
        return Response.ok(json(current.value())).tag(Versions.etag(current.version())).build();
    }

    /**
     * The catalog is one record: with {@code If-Match} only the version read is replaced (412 when another admin
     * replaced it since); without, the last writer wins.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace the whole catalog (the array's order is the display order); 422 with each problem's"
            + " index, field and reason, nothing changed (also when mapping rules or stored values still name a channel"
            + " left out); 412 when If-Match is no longer the catalog's version")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, List<ChannelJson> channels) {
        ExpectedVersion expected = Versions.expected(ifMatch, null);
        List<EditChannelCatalog.ChannelLine> lines = channels == null ? List.of()
                : channels.stream().map(channel -> channel == null ? null : new EditChannelCatalog.ChannelLine(
                        channel.code(), channel.nameRu(), channel.nameEn(), Boolean.TRUE.equals(channel.paid()),
                        Boolean.TRUE.equals(channel.social()))).toList();
        return switch (catalog.replace(lines, expected, identity.getPrincipal().getName())) {
            case EditChannelCatalog.Outcome.Saved saved ->
                    Response.ok(json(saved.catalog())).tag(Versions.etag(saved.version())).build();
            case EditChannelCatalog.Outcome.Rejected rejected -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", "invalid");
                body.put("problems", SetupProblemJson.all(rejected.problems()));
                yield Response.status(422).entity(body).build();
            }
            case EditChannelCatalog.Outcome.Stale stale -> Versions.stale(Versions.Subject.CHANNEL_CATALOG,
                    stale.currentVersion());
        };
    }

    private static List<ChannelJson> json(ChannelCatalog catalog) {
        return catalog.all().stream().map(ChannelJson::from).toList();
    }
}

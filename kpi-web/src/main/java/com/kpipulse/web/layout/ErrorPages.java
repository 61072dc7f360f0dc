package com.kpipulse.web.layout;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.UUID;

/**
 * Turns failures into pages a person can read (and JSON for {@code /api/}), never a stack trace.
 * A wrong role gets 403 with the reason; an unexpected error gets an id that is also in the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();

        static native TemplateInstance notFound();

        static native TemplateInstance error(String errorId);
    }

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Response.Status.FORBIDDEN, Templates.forbidden(), "forbidden",
                "Your role may not do this");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, Response.Status.NOT_FOUND, Templates.notFound(), "not_found", "No such resource");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return web.getResponse();
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(uri, Response.Status.INTERNAL_SERVER_ERROR, Templates.error(errorId), "internal_error",
                "Unexpected error " + errorId + "; it is in the server log");
    }

    private Response respond(UriInfo uri, Response.Status status, TemplateInstance page, String code, String message) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", code, "message", message)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(page).render()).build();
    }
}

package com.kpipulse.web.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns failures into pages a person can read, never a stack trace; under {@code /api/} every failure is JSON
 * ({@link ApiErrors}), also a missing or invalid bearer token (401 with {@code WWW-Authenticate: Bearer}).
 * A wrong role gets 403 with the reason; an unexpected error gets an id that is also in the log. While the database is
 * away (restarting, unreachable) the answer is 503 with {@code Retry-After}: nothing for a person to report, only to
 * wait for.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden();

        static native TemplateInstance notFound();

        static native TemplateInstance error(String errorId);

        static native TemplateInstance databaseUnavailable();
    }

    /** How long a person or a client is asked to wait before trying again while the database is away. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    Ui ui;

    /**
     * Nobody signed in where somebody must be: an API call gets JSON; elsewhere the challenge of the authentication
     * mechanism stands, as without this mapper (a browser is sent to the login page).
     */
    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext context) {
        return authenticationNeeded(context, false);
    }

    /** A credential that did not hold (a forged or expired bearer token, a broken session): as above. */
    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return authenticationNeeded(context, context.request().getHeader("Authorization") != null);
    }

    private static Uni<Response> authenticationNeeded(RoutingContext context, boolean tokenSent) {
        if (ApiErrors.isApi(context.normalizedPath())) {
            return Uni.createFrom().item(ApiErrors.unauthorized(tokenSent));
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        return authenticator.getChallenge(context).map(challenge -> {
            Response.ResponseBuilder response = Response.status(challenge.status);
            challenge.getHeaders().forEach((name, value) -> response.header(name.toString(), value));
            return response.build();
        }).onFailure().recoverWithItem(() -> Response.status(Response.Status.UNAUTHORIZED).build());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Response.Status.FORBIDDEN, Templates::forbidden, "forbidden",
                "Your role may not do this");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, Response.Status.NOT_FOUND, Templates::notFound, "not_found", "No such resource");
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            Response answer = web.getResponse();
            if (ApiErrors.isApi(uri.getPath()) && !answer.hasEntity()) {
                return ApiErrors.json(answer.getStatus(), ApiErrors.code(answer.getStatus()),
                        ApiErrors.reason(answer.getStatus()));
            }
            return answer;
        }
        if (DatabaseUnavailable.in(e)) {
            LOG.warnf("The database is unavailable, %s answered 503: %s", uri.getPath(), rootMessage(e));
            return Response.fromResponse(respond(uri, Response.Status.SERVICE_UNAVAILABLE,
                    Templates::databaseUnavailable, "database_unavailable",
                    "The database is unavailable for the moment; try again in a minute"))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(uri, Response.Status.INTERNAL_SERVER_ERROR, () -> Templates.error(errorId), "internal_error",
                "Unexpected error " + errorId + "; it is in the server log");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 20; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** The API's JSON, or the page, made only when it is shown. */
    private Response respond(UriInfo uri, Response.Status status, Supplier<TemplateInstance> page, String code,
                             String message) {
        if (ApiErrors.isApi(uri.getPath())) {
            return ApiErrors.json(status, code, message);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(page.get()).render()).build();
    }
}

package com.kpipulse.web.security;

import com.kpipulse.web.page.ApiErrors;
import com.kpipulse.web.page.Ui;
import io.quarkus.oidc.OIDCException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A replica that started while Keycloak was down has no keys to check a bearer token or a session with until Keycloak
 * answers; the OIDC extension then fails the request. That is nothing for a person to report, only to wait for:
 * 503 with {@code Retry-After}, JSON {@code sign_in_unavailable} under {@code /api/}, elsewhere the page «Вход
 * временно недоступен» that {@link SignInUnavailable} shows people without a session, rendered as for nobody signed
 * in (the identity cannot be asked for).
 */
public class SignInServerAway {

    private static final Logger LOG = Logger.getLogger(SignInServerAway.class);

    @Inject
    Ui ui;

    @Inject
    CsrfToken csrf;

    @ServerExceptionMapper
    public Response unavailable(OIDCException e, UriInfo uri) {
        LOG.warnf("The sign-in server does not answer, %s answered 503: %s", uri.getPath(), e.getMessage());
        if (ApiErrors.isApi(uri.getPath())) {
            return Response.fromResponse(ApiErrors.json(Response.Status.SERVICE_UNAVAILABLE, "sign_in_unavailable",
                            "The sign-in server does not answer for the moment, so no token can be checked; "
                                    + "try again in a minute"))
                    .header("Retry-After", SignInUnavailableResource.RETRY_AFTER_SECONDS).build();
        }
        ui.identityUnknown();
        csrf.identityUnknown();
        return SignInUnavailableResource.page(ui);
    }
}

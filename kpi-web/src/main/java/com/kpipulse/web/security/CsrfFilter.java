package com.kpipulse.web.security;

import com.kpipulse.web.page.Htmx;

import com.kpipulse.web.page.ApiErrors;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.text.Bundles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Optional;

/**
 * Refuses a state-changing browser request whose CSRF token is not its session's (see {@link CsrfToken}), with
 * 403 and a readable reason: a page for a form, a short text for htmx (the page puts it in its message area), JSON
 * under {@code /api/}.
 * Reads the body first so the token may come as form field {@value CsrfToken#FIELD}, in urlencoded and multipart forms.
 */
public class CsrfFilter {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused();
    }

    @Inject
    CsrfToken csrf;

    @Inject
    Ui ui;

    @ServerRequestFilter(readBody = true)
    public Optional<Response> check(ResteasyReactiveContainerRequestContext context) {
        String method = context.getMethod();
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (CsrfToken.permits(method, authorization, null, null)) {
            return Optional.empty();
        }
        String sent = context.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            sent = formField(context);
        }
        if (CsrfToken.permits(method, authorization, csrf.token(), sent)) {
            return Optional.empty();
        }
        if (ApiErrors.isApi(context.getUriInfo().getPath())) {
            return Optional.of(ApiErrors.json(Response.Status.FORBIDDEN, "csrf_refused",
                    "A state-changing call without a bearer token needs the X-CSRF-Token of its session"));
        }
        return Optional.of(refusal(Htmx.asked(context.getHeaderString(Htmx.REQUEST_HEADER))));
    }

    private static String formField(ResteasyReactiveContainerRequestContext context) {
        if (context.getServerRequestContext() instanceof ResteasyReactiveRequestContext request
                && request.getFormData() != null) {
            Object value = request.getFormParameter(CsrfToken.FIELD, true, false);
            return value == null ? null : value.toString();
        }
        return null;
    }

    private Response refusal(boolean htmx) {
        if (htmx) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(Bundles.of(CsrfMessages.class, ui.locale()).refused_text())
                    .build();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(Templates.refused()).render()).build();
    }
}

package com.kpipulse.web.security;

import com.kpipulse.web.page.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The page a person without a session gets while Keycloak does not answer ({@link SignInUnavailable} shows it at the
 * address they asked for): 503 with {@code Retry-After}, saying that signing in is impossible for now and that the
 * people signed in go on working. Public.
 */
@Path(SignInUnavailableResource.PATH)
public class SignInUnavailableResource {

    public static final String PATH = "/sign-in-unavailable";
    static final int RETRY_AFTER_SECONDS = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable();
    }

    @Inject
    Ui ui;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response unavailable() {
        return page(ui);
    }

    /** The page, 503 with {@code Retry-After}, in {@code ui}'s language. */
    static Response page(Ui ui) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(ui.page(Templates.unavailable()).render()).build();
    }
}

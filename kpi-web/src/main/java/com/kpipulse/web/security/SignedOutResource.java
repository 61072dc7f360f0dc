package com.kpipulse.web.security;

import com.kpipulse.web.page.Ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends the browser after logout. Public. */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @Inject
    Ui ui;

    @GET
    public TemplateInstance signedOut() {
        return ui.page(Templates.signedOut());
    }
}

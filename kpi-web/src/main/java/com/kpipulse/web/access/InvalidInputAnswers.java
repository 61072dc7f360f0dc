package com.kpipulse.web.access;

import com.kpipulse.web.page.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/**
 * 400 for {@link InvalidInput}: JSON under {@code /api/} ({@code field}, stable {@code code}, {@code message} in English
 * and {@code messageRu}), a page with the reasons in the reader's language elsewhere (the reasons quote what was sent;
 * parameter names are for API clients, not for people).
 */
public class InvalidInputAnswers {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invalid(List<String> reasons);
    }

    @Inject
    Ui ui;

    @ServerExceptionMapper
    public Response invalid(InvalidInput invalid, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return Response.status(400).type(MediaType.APPLICATION_JSON).entity(Map.of("error", "invalid_input",
                    "errors", invalid.problems().stream().map(problem -> Map.of("field", problem.field(),
                            "code", problem.code(), "message", problem.reason().en(),
                            "messageRu", problem.reason().ru())).toList())).build();
        }
        List<String> reasons = invalid.problems().stream().map(problem -> problem.reason().in(ui.locale())).toList();
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ui.page(Templates.invalid(reasons)).render()).build();
    }
}

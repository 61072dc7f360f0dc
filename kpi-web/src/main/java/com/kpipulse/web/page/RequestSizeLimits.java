package com.kpipulse.web.page;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Set;

/**
 * Refuses a request by its declared size before its body is read: only a file upload (the import's form and API) may
 * be as large as {@code quarkus.http.limits.max-body-size} (a million-row export is about 40 MB); the values API,
 * which takes up to 100 000 values in one JSON body, up to {@code kpi.limits.max-values-body} (16 MB); everything
 * else, a JSON body or a form, is refused with 413 above {@code kpi.limits.max-other-body} (4 MB), whoever sends it,
 * so nobody makes a replica hold a large body in memory to be parsed. Below it a text too long for its field is
 * refused by that field, with its name. A body sent without its length is held to the
 * global limit by the HTTP layer.
 */
@ApplicationScoped
public class RequestSizeLimits {

    /** Where files are uploaded, the only requests allowed the global limit. */
    static final Set<String> UPLOADS = Set.of("/api/v1/imports", "/imports/preview", "/imports/confirm");

    /** The values API: a JSON body of up to 100 000 values. */
    static final String VALUES = "/api/v1/observations";

    private final long otherLimit;
    private final long valuesLimit;

    public RequestSizeLimits(@ConfigProperty(name = "kpi.limits.max-other-body", defaultValue = "4194304") long otherLimit,
                             @ConfigProperty(name = "kpi.limits.max-values-body", defaultValue = "16777216")
                             long valuesLimit) {
        this.otherLimit = otherLimit;
        this.valuesLimit = valuesLimit;
    }

    void install(@Observes Router router) {
        router.route().order(-1_000).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            String path = context.normalizedPath();
            long limit = VALUES.equals(path) ? valuesLimit : otherLimit;
            if (length != null && context.request().method() != HttpMethod.GET && !UPLOADS.contains(path)
                    && tooLong(length, limit)) {
                context.response().setStatusCode(413).putHeader("Content-Type", "application/json; charset=UTF-8")
                        .putHeader("Connection", "close")
                        .end("{\"error\":\"body_too_large\",\"limitBytes\":" + limit + "}");
                return;
            }
            context.next();
        });
    }

    private static boolean tooLong(String length, long limit) {
        String digits = length.strip();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return Long.parseLong(digits) > limit;
    }
}

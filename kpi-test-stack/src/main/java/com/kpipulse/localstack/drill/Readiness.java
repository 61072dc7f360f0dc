package com.kpipulse.localstack.drill;

import java.util.regex.Pattern;

/** What {@code /q/health/ready} says about one of its checks ({@code {"name": …, "status": "UP"|"DOWN", …}}). */
final class Readiness {

    /** The check of the datasource (Quarkus Agroal). */
    static final String DATABASE = "Database connections health check";
    /** The check of the OIDC provider (Quarkus OIDC, {@code quarkus.oidc.health.enabled}). */
    static final String OIDC = "OIDC Provider Health Check";

    private Readiness() {
    }

    /** Whether the answer holds the check {@code name} with {@code status}. */
    static boolean says(String body, String name, String status) {
        return body != null && Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*\"status\"\\s*:\\s*\""
                + status + "\"").matcher(body).find();
    }
}

package com.kpipulse.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL and the real Keycloak of the {@link TestStack}.
 * Use as {@code @WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)}
 * so every test class shares one application start.
 */
public class RealStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestStack stack = TestStack.get();
        return Map.of(
                "quarkus.datasource.jdbc.url", stack.jdbcUrl(),
                "quarkus.datasource.username", TestStack.DB_USER,
                "quarkus.datasource.password", TestStack.DB_PASSWORD,
                "quarkus.datasource.db-version", LocalPostgres.MAJOR_VERSION,
                "quarkus.oidc.auth-server-url", stack.realmUrl(),
                "quarkus.oidc.credentials.secret", LocalKeycloak.CLIENT_SECRET,
                "kpi.directory.secret", LocalKeycloak.DIRECTORY_SECRET);
    }

    @Override
    public void stop() {
        // The stack is shared by every test class of this JVM and stops with it (see TestStack).
    }
}

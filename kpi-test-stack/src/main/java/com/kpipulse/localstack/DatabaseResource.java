package com.kpipulse.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL of the {@link TestStack} only, for modules whose tests need
 * the database but no login (the adapters' port contracts).
 */
public class DatabaseResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestStack.database(),
                "quarkus.datasource.username", TestStack.DB_USER,
                "quarkus.datasource.password", TestStack.DB_PASSWORD,
                "quarkus.datasource.db-version", LocalPostgres.MAJOR_VERSION);
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM; stops with it (see TestStack)
    }
}

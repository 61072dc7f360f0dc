package com.kpipulse.adapters.people;

import com.kpipulse.application.people.Directory;
import com.kpipulse.localstack.LocalKeycloak;
import com.kpipulse.localstack.TestStack;

import java.time.Clock;
import java.util.Optional;

/**
 * The directory contract against the real Keycloak of the test stack with the local realm, read by the directory's
 * own client; unavailable when Keycloak refuses that client a token.
 */
class DirectoryInKeycloakTest extends DirectoryContract {

    @Override
    protected Directory directory() {
        return directory(LocalKeycloak.DIRECTORY_SECRET);
    }

    @Override
    protected Directory unavailable() {
        return directory("not-the-directory-secret");
    }

    private static Directory directory(String secret) {
        return new KeycloakDirectory(TestStack.keycloakRealm(), "kpi-directory", Optional.of(secret), Clock.systemUTC());
    }
}

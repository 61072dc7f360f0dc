package com.kpipulse.web.access;

import com.kpipulse.application.access.Reader;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/** The signed-in person of this request as the application's reading rules know them. */
@RequestScoped
public class CurrentReader {

    @Inject
    SecurityIdentity identity;

    public Reader get() {
        if (identity == null || identity.isAnonymous()) {
            return new Reader("", Set.of());
        }
        return Reader.of(identity.getPrincipal().getName(), identity.getRoles());
    }
}

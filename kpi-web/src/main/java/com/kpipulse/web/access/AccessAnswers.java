package com.kpipulse.web.access;

import com.kpipulse.application.access.Access;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * Turns the application's answer about access into what HTTP says: the value, 404 for no such thing, 403 for a
 * refusal (rendered as a page or as JSON by the error mappers, in the reader's language).
 */
public final class AccessAnswers {

    private AccessAnswers() {
    }

    /** The granted value; throws the 404 or 403 the error pages render. */
    public static <T> T orRefuse(Access<T> access, String what) {
        return switch (access) {
            case Access.Granted<T> granted -> granted.value();
            case Access.Unknown<T> unknown -> throw new NotFoundException(what);
            case Access.Denied<T> denied -> throw new ForbiddenException(what);
        };
    }
}

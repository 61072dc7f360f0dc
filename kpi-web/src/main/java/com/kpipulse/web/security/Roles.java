package com.kpipulse.web.security;

import com.kpipulse.domain.scorecard.Role;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}; they equal {@link Role#claim()} (checked by a test).
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MARKETING_HEAD = "marketing-head";
    public static final String MARKETER = "marketer";
    public static final String SMM_SPECIALIST = "smm-specialist";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}

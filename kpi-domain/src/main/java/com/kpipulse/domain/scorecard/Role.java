package com.kpipulse.domain.scorecard;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of a marketing department, as the identity provider names them (realm roles of realm {@code kpi}).
 * Each role gets its own scorecard; the admin also sets goals up.
 */
public enum Role {
    ADMIN("admin", "Администратор", "Administrator"),
    MARKETING_HEAD("marketing-head", "Руководитель отдела маркетинга", "Marketing head"),
    MARKETER("marketer", "Маркетолог", "Marketer"),
    SMM_SPECIALIST("smm-specialist", "SMM-специалист", "SMM specialist"),
    VIEWER("viewer", "Наблюдатель", "Viewer");

    private final String claim;
    private final String nameRu;
    private final String nameEn;

    Role(String claim, String nameRu, String nameEn) {
        this.claim = claim;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
    }

    /** The role name in tokens and in {@code @RolesAllowed}. */
    public String claim() {
        return claim;
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }

    public static Optional<Role> fromClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}

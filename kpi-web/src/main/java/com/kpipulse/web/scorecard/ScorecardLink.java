package com.kpipulse.web.scorecard;

import com.kpipulse.domain.scorecard.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The address of each role's scorecard page. */
public enum ScorecardLink {
    HEAD(Role.MARKETING_HEAD, "head"),
    MARKETER(Role.MARKETER, "marketer"),
    SMM(Role.SMM_SPECIALIST, "smm"),
    VIEWER(Role.VIEWER, "viewer");

    private final Role role;
    private final String slug;

    ScorecardLink(Role role, String slug) {
        this.role = role;
        this.slug = slug;
    }

    public Role role() {
        return role;
    }

    public String href() {
        return "/scorecards/" + slug;
    }

    public String title(Locale locale) {
        return role.name(locale);
    }

    /** The scorecards a person with these roles may open: their own, the overview, and all of them for admins. */
    public static List<ScorecardLink> openableBy(List<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return List.of(values());
        }
        return Arrays.stream(values()).filter(link -> link == VIEWER || roles.contains(link.role)).toList();
    }

    static Optional<ScorecardLink> of(Role role) {
        return Arrays.stream(values()).filter(link -> link.role == role).findFirst();
    }
}

package com.kpipulse.web.page;

import com.kpipulse.domain.scorecard.Role;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every page needs to know about the request: who is signed in, with which roles, in which language.
 * Templates reach it as {@code inject:ui}. Russian unless the user switched to English (cookie {@value #LANGUAGE_COOKIE}).
 */
@RequestScoped
@Named("ui")
public class Ui {

    public static final String LANGUAGE_COOKIE = "kpi_lang";
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    private boolean identityUnknown;

    /** Renders the page in the user's language. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(locale());
    }

    public Locale locale() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return localeOf(cookie == null ? null : cookie.getValue());
    }

    /**
     * The one place that decides a reader's language: English when they chose it ({@code en}, the cookie's value or
     * the language switch's), Russian otherwise. Every text then comes from the bundles of that locale.
     */
    public static Locale localeOf(String chosen) {
        return "en".equals(chosen) ? Locale.ENGLISH : RUSSIAN;
    }

    public String lang() {
        return locale().getLanguage();
    }

    /** Where the language switch comes back to. */
    public String path() {
        String uri = request.uri();
        return uri == null || uri.isBlank() ? "/" : uri;
    }

    /** {@link #path()} encoded for a query parameter. */
    public String pathParam() {
        return java.net.URLEncoder.encode(path(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean signedIn() {
        return identity != null && !identityUnknown && !identity.isAnonymous();
    }

    /**
     * This request's identity cannot be known (the sign-in server has never answered, so a token or session cannot
     * be checked): its page is rendered as for nobody signed in, without asking for the identity again.
     */
    public void identityUnknown() {
        identityUnknown = true;
    }

    /** The person's name as the identity provider knows it, else the login name. */
    public String displayName() {
        if (!signedIn()) {
            return "";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String name = token.getClaim("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
            String login = token.getClaim("preferred_username");
            if (login != null) {
                return login;
            }
        }
        return principal.getName();
    }

    public List<Role> roles() {
        if (!signedIn()) {
            return List.of();
        }
        return Arrays.stream(Role.values()).filter(role -> identity.hasRole(role.claim())).toList();
    }

    public String roleNames() {
        return String.join(", ", roles().stream().map(role -> role.name(locale())).toList());
    }

    public boolean hasRole(String claim) {
        return signedIn() && identity.hasRole(claim);
    }

    /** Every role, for forms that choose roles. */
    public List<Role> allRoles() {
        return List.of(Role.values());
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN.claim());
    }
}

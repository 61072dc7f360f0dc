package com.kpipulse.web.text;

import com.kpipulse.web.page.Ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The language switch: remembers the choice in a cookie and goes back to the page it came from. The way back is a
 * path on this site and the {@code Location} says only that path: nothing of the request's {@code Host} header, and
 * nothing a link could use to send people elsewhere.
 */
@Path("/lang")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final int LONGEST_PATH = 2000;

    @ConfigProperty(name = "kpi.cookies.secure")
    boolean secureCookies;

    @GET
    public Response switchTo(@QueryParam("to") String language, @QueryParam("back") String back) {
        String chosen = Ui.localeOf(language).getLanguage();
        NewCookie cookie = new NewCookie.Builder(Ui.LANGUAGE_COOKIE).value(chosen).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).secure(secureCookies).build();
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, localPath(back)).cookie(cookie)
                .build();
    }

    /**
     * {@code back} when it is a plain path on this site, else {@code /}: no scheme or host ({@code https://…},
     * {@code //…}, {@code /\…}), no control characters, blanks or backslashes (a CR LF would split the header, a tab
     * is dropped by browsers and turns {@code /\t/x} into {@code //x}).
     */
    static String localPath(String back) {
        if (back == null || back.length() > LONGEST_PATH || !back.startsWith("/") || back.startsWith("//")) {
            return "/";
        }
        for (int i = 0; i < back.length(); i++) {
            char c = back.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c)) {
                return "/";
            }
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/") || uri.getRawPath().startsWith("//")) {
                return "/";
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}

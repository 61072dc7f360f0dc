package com.kpipulse.web.layout;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The language switch: remembers the choice in a cookie and goes back to the page it came from. */
@Path("/lang")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response switchTo(@QueryParam("to") String language, @QueryParam("back") String back) {
        String chosen = "en".equals(language) ? "en" : "ru";
        NewCookie cookie = new NewCookie.Builder(Ui.LANGUAGE_COOKIE).value(chosen).path("/").maxAge(ONE_YEAR)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path on this site, so the switch cannot be used to send people elsewhere. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}

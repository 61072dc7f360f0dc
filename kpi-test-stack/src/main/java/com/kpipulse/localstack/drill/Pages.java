package com.kpipulse.localstack.drill;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a drill reads in the app's answers: whether a page is fit for a person, its heading, JSON on one line. */
final class Pages {

    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

    private Pages() {
    }

    /** A page a person can read: HTML of the app, no exception's name or stack frame. */
    static boolean readable(String body) {
        return body != null && body.contains("<html") && !body.contains("Exception") && !body.contains("\tat ")
                && !body.contains("at com.kpipulse.");
    }

    /** The page's first heading, for the report. */
    static String headline(String body) {
        Matcher h1 = HEADING.matcher(body == null ? "" : body);
        return h1.find() ? h1.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip() : "(no heading)";
    }

    /** An answer's body on one line, for the report. */
    static String compact(String body) {
        return body == null ? "" : body.replaceAll("\\s+", " ").strip();
    }
}

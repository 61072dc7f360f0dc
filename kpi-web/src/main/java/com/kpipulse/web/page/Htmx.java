package com.kpipulse.web.page;

/**
 * Whether a request was sent by htmx (a fragment is wanted, not a whole page): htmx sends {@code HX-Request: true}
 * with each of its requests. Every resource asks this one way.
 */
public final class Htmx {

    /** The header htmx sends with each request. */
    public static final String REQUEST_HEADER = "HX-Request";

    private Htmx() {
    }

    /** @param header the {@value #REQUEST_HEADER} header's value, or null when it was not sent */
    public static boolean asked(String header) {
        return "true".equalsIgnoreCase(header);
    }
}

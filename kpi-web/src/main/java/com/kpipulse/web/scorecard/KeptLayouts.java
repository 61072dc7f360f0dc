package com.kpipulse.web.scorecard;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The layout around a kept scorecard body, rendered once per person, page address and body and kept as UTF-8 bytes:
 * it holds the person's name, roles and CSRF token and the page's language switch, so it is kept under the request's
 * own credentials (bearer token or session cookies, with the language cookie) and address, and only while the body
 * it was rendered around is the one kept (a change of the data keeps a new body, and its layout is rendered again).
 * At most {@value #MOST} are kept; when more are asked for, all are dropped and rendered again as asked.
 */
@ApplicationScoped
class KeptLayouts {

    static final int MOST = 512;

    /** The layout's bytes before and after the body, for one body. */
    record Around(Object body, byte[] before, byte[] after) {
    }

    private final Map<String, Around> kept = new ConcurrentHashMap<>();

    /**
     * The layout around {@code body} for this credential and address: kept, or {@code render}ed (with {@code mark}
     * where the body goes) and kept.
     */
    Around around(Object body, String credentials, String address, String mark, Supplier<String> render) {
        String key = credentials + '\n' + address;
        Around known = kept.get(key);
        if (known != null && known.body() == body) {
            return known;
        }
        String page = render.get();
        int at = page.indexOf(mark);
        Around around = new Around(body, page.substring(0, at).getBytes(StandardCharsets.UTF_8),
                page.substring(at + mark.length()).getBytes(StandardCharsets.UTF_8));
        if (kept.size() >= MOST) {
            kept.clear();
        }
        kept.put(key, around);
        return around;
    }

    int size() {
        return kept.size();
    }
}

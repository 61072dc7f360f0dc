package com.kpipulse.web.page;

import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.LocalizedText;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The API's one rule for versions: a read answers with {@code ETag: "<version>"}; a write may send it back in
 * {@code If-Match} (or the version in the body, where the body has one). If-Match wins over the body; with neither,
 * the write replaces whatever is stored (the last writer wins, as before versions existed). A write whose version is
 * no longer the stored one is answered {@code 412} with the version now stored, in both languages; an If-Match that
 * is not one of this API's ETags is answered {@code 400}.
 */
public final class Versions {

    /** What a stale answer names, by the {@link AppMessages} text that names it. */
    public enum Subject {
        GOAL(AppMessages::api_goal),
        KPI(AppMessages::api_kpi),
        CHANNELS(AppMessages::api_channels),
        SCORECARD(AppMessages::api_scorecard),
        CHANNEL_CATALOG(AppMessages::api_channel_catalog),
        SETTINGS(AppMessages::api_settings);

        private final Function<AppMessages, String> name;

        Subject(Function<AppMessages, String> name) {
            this.name = name;
        }
    }

    private static final int MAX_DIGITS = 18;

    private Versions() {
    }

    /** The ETag of a version: strong, the number in quotes. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * What a write expects: the version in {@code ifMatch} ({@code "3"}, also {@code W/"3"} or {@code 3}; {@code *}
     * is any), else {@code bodyVersion}, else any. Answers 400 (thrown) for anything else.
     */
    public static ExpectedVersion expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            return fromHeader(ifMatch.strip());
        }
        if (bodyVersion == null) {
            return ExpectedVersion.any();
        }
        if (bodyVersion < 0) {
            throw unreadable(bodyVersion.toString());
        }
        return ExpectedVersion.of(bodyVersion);
    }

    /**
     * What a browser form expects: the version in its hidden field, or any when the field is empty (a form that
     * creates) or missing (a page rendered before versions existed). Anything else in it was not written by our page:
     * a 400 with the reason, never a silent "any".
     */
    public static ExpectedVersion fromForm(String field) {
        if (field == null || field.isBlank()) {
            return ExpectedVersion.any();
        }
        String digits = field.strip();
        if (digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String shown = InputProblem.excerpt(digits);
            throw com.kpipulse.web.access.InvalidInput.of("version", "NOT_A_VERSION",
                    Bundles.both(AppMessages.class, texts -> texts.problem_not_a_version(shown)));
        }
        return ExpectedVersion.of(Long.parseLong(digits));
    }

    /** 412: somebody else changed the record; the body says so in both languages, with the version now stored. */
    public static Response stale(Subject subject, long currentVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        LocalizedText said = Bundles.both(AppMessages.class, texts -> texts.api_stale(subject.name.apply(texts),
                currentVersion));
        body.put("error", "stale");
        body.put("message", said.en());
        body.put("messageRu", said.ru());
        body.put("messageEn", said.en());
        body.put("currentVersion", currentVersion);
        Response.ResponseBuilder answer = Response.status(Response.Status.PRECONDITION_FAILED)
                .type(MediaType.APPLICATION_JSON).entity(body);
        return currentVersion > 0 ? answer.tag(etag(currentVersion)).build() : answer.build();
    }

    private static ExpectedVersion fromHeader(String header) {
        if (header.equals("*")) {
            return ExpectedVersion.any();
        }
        String tag = header.startsWith("W/") ? header.substring(2) : header;
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (tag.isEmpty() || tag.length() > MAX_DIGITS || !tag.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw unreadable(header);
        }
        return ExpectedVersion.of(Long.parseLong(tag));
    }

    private static BadRequestException unreadable(String sent) {
        String shown = InputProblem.excerpt(sent);
        Map<String, Object> body = new LinkedHashMap<>();
        LocalizedText said = Bundles.both(AppMessages.class, texts -> texts.api_version_unreadable(shown));
        body.put("error", "version_unreadable");
        body.put("message", said.en());
        body.put("messageRu", said.ru());
        body.put("messageEn", said.en());
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(body).build());
    }
}

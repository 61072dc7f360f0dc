package com.kpipulse.web.access;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.WebRoutes;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite: every text, number and date parameter of every route that takes input, fed a table of
 * hostile values (NUL and other control characters, broken characters, a megabyte, numbers that expand or vanish,
 * impossible and extreme dates, nulls and duplicates in lists, deep nesting). Each must be answered with a 4xx and a
 * reason a person can read (JSON under {@code /api/}), never a 5xx or a stack trace, and leave the store as it was.
 * Every route's baseline request succeeds first, so a refusal is the hostile value's doing; and every parameter the
 * resources declare must be fed here, so a new parameter cannot slip past the suite.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileInputIsRefusedWithAReasonAndLeavesTheStoreAsItWasTest {

    private static final String MEGABYTE = "x".repeat(1 << 20);
    /** Longer than any request line or form the HTTP server accepts. */
    private static final int OVER_THE_SERVERS_LIMITS = 64 * 1024;
    private static final String RAW = "\u0001raw:";
    private static final String DEEP = RAW + "[".repeat(10_000) + "]".repeat(10_000);
    private static final String NULL = RAW + "null";
    private static final String NULL_ELEMENT = RAW + "[null]";
    private static final String DUPLICATES = RAW + "[\"revenue\",\"revenue\"]";

    /** What a field holds, which decides the hostile values it is fed. */
    private enum Kind {
        TEXT, NUMBER, DATE, LIST
    }

    private static final List<String> TEXTS = List.of("a\u0000b", "a\u001Bb", "\uD800x", MEGABYTE);
    private static final List<String> NUMBERS = List.of("1e400", "-1e9999999", "1e-400", "9".repeat(1000),
            "9".repeat(100_000), "NaN", "Infinity", "-Infinity", "0x1F", "1e2147483648");
    private static final List<String> DATES = List.of("0000-01-01", "+10000-01-01", "-999999999-01-01", "2026-02-30",
            "9999-12-31", "1990-01-01");

    /**
     * A route that takes input: who calls it, its fields with their baseline values and kinds, how a request is
     * sent, and which statuses the baseline and a refusal may have.
     */
    private record Target(String route, String user, Map<String, String> baseline, Map<String, Kind> kinds,
                          Function<Map<String, String>, Response> send, Set<Integer> baselineStatuses,
                          boolean refusalMayBeOk, boolean json) {

        /** A check or a preview: it may answer 200 with the problems listed, as long as nothing is stored. */
        Target acceptingOk() {
            return new Target(route, user, baseline, kinds, send, baselineStatuses, true, json);
        }

        Target withStatuses(Set<Integer> statuses) {
            return new Target(route, user, baseline, kinds, send, statuses, refusalMayBeOk, json);
        }

        /** A redirect that falls back to a safe default for a value it cannot use. */
        Target acceptingRedirect() {
            return acceptingOk();
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Proposals proposalStore;

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void tokens() {
        for (String user : List.of("ada", "hanna", "mark", "vic")) {
            TOKENS.put(user, KeycloakTokens.accessTokenOf(user));
        }
    }

    @Test
    void everyHostileValueInEveryFieldIsRefusedWithAReasonAndStoresNothing() {
        List<String> wrong = new ArrayList<>();
        for (Target target : targets()) {
            Response baseline = target.send().apply(target.baseline());
            assertThat(target.baselineStatuses()).as(target.route() + " baseline: " + baseline.asString())
                    .contains(baseline.statusCode());
            target.kinds().forEach((field, kind) -> {
                for (String hostile : hostileValuesOf(kind)) {
                    if (!target.json() && hostile.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                        continue; // an address or a form is UTF-8: a broken character cannot be sent that way
                    }
                    String before = uncheckedFingerprint();
                    Map<String, String> values = new LinkedHashMap<>(target.baseline());
                    values.put(field, hostile);
                    String problem;
                    try {
                        problem = judge(target, target.send().apply(values));
                    } catch (Exception e) { // RestAssured rethrows I/O exceptions unchecked
                        // a value longer than any request line the server takes (a megabyte, a hundred thousand
                        // digits) is cut off by its size limits (414, 413) while the client is still writing;
                        // anything else is a fault
                        problem = hostile.length() > OVER_THE_SERVERS_LIMITS && e instanceof java.net.SocketException
                                ? null : "no answer: " + e;
                    }
                    String after = uncheckedFingerprint();
                    if (problem == null && !after.equals(before)) {
                        problem = "the store changed";
                    }
                    if (problem != null) {
                        wrong.add(target.route() + " " + field + "=" + shown(hostile) + ": " + problem);
                    }
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyParameterTheResourcesDeclareIsFedHostileValues() {
        Set<String> fed = new TreeSet<>();
        for (Target target : targets()) {
            String route = target.route().replaceAll(" \\([^)]*\\)$", "");
            target.kinds().keySet().forEach(field -> fed.add(route + " " + DECLARED_AS.getOrDefault(field, field)));
        }
        Set<String> declared = declaredParameters();
        declared.removeAll(NOT_INPUT);
        assertThat(fed).as("parameters no hostile value is fed to").containsAll(declared);
    }

    /** Fields the suite names differently from the resources: a goal's id in the path, a weekly part's value. */
    private static final Map<String, String> DECLARED_AS = Map.of("goalId", "id", "partValue", "value");

    /** Parameters that select what is shown and carry no data: read strictly elsewhere or ignored when odd. */
    private static final Set<String> NOT_INPUT = Set.of(
            "GET /admin/kpis added", "POST /imports/confirm fingerprint",
            "POST /imports/preview file", "POST /imports/confirm file", "POST /api/v1/imports file",
            "POST /api/v1/imports dryRun", "GET /admin/goals/{id}/edit saved", "GET /admin/kpis saved",
            "GET /admin/kpis removed", "GET /admin/values done", "GET /admin/channels saved",
            "GET /admin/scorecards saved", "GET /admin/channel-catalog saved", "GET /admin/settings saved",
            // the note after an action a goal page was sent back to show: any other value shows none
            "GET /goals done", "GET /goals/{id} done", "GET /cycles/{period} done", "GET /actions/{id} done",
            "GET /reviews/{id} done",
            // read only in a goal's JSON (the API archives through POST …/archive): never read from a request
            "POST /api/v1/goals archived", "PUT /api/v1/goals/{id} archived");

    private static List<String> hostileValuesOf(Kind kind) {
        List<String> values = new ArrayList<>(TEXTS);
        switch (kind) {
            case NUMBER -> values.addAll(NUMBERS);
            case DATE -> values.addAll(DATES);
            case LIST -> {
                values.add(NULL_ELEMENT);
                values.add(DUPLICATES);
                values.add(DEEP);
            }
            case TEXT -> {
            }
        }
        return values;
    }

    /** Request line, headers or body over the HTTP server's limits: refused by size, with no body to speak of. */
    private static final Set<Integer> CODEC_LIMITS = Set.of(413, 414, 431);

    /** Null when the answer is a proper refusal, else what is wrong with it. */
    private static String judge(Target target, Response response) {
        int status = response.statusCode();
        String body = response.asString();
        boolean api = target.route().contains(" /api/");
        if (status >= 500) {
            return "answered " + status + ": " + shown(body);
        }
        if (status < 400 && !target.refusalMayBeOk()) {
            return "accepted with " + status;
        }
        if (body.contains("Exception") || body.contains("\tat ") || body.contains("at com.kpipulse")) {
            return "the answer shows exception text: " + shown(body);
        }
        if (CODEC_LIMITS.contains(status)) {
            return null; // the HTTP server's own size limits answer before the application sees the request
        }
        if (api && status >= 400) {
            if (!String.valueOf(response.contentType()).startsWith("application/json")) {
                return "error " + status + " is not JSON";
            }
            if (!body.contains("message") && !body.contains("errors") && !body.contains("problems")) {
                return "error " + status + " gives no reason: " + shown(body);
            }
            if (body.length() > 64 * 1024) {
                return "the reason is " + body.length() + " characters long";
            }
        }
        return null;
    }

    /**
     * What the store holds, cheaply: per table its row count and the newest transaction that wrote a row (any insert
     * or update moves it, a delete moves the count); values through their loads.
     */
    private String fingerprint() throws SQLException {
        Sql sql = new Sql(dataSource);
        StringBuilder union = new StringBuilder();
        // every write of values records a load, so the loads stand for the (large) value table
        for (String table : List.of("annotation", "audit_entry", "channel_rule", "channel", "channel_catalog",
                "company_settings", "custom_kpi", "goal", "goal_kpi", "goal_kpi_phasing_part", "scorecard_layout",
                "observation_series", "observation_load", "pull_connection", "cycle_snapshot",
                "anomaly_acknowledgement", "corrective_action", "corrective_action_comment", "proposal", "weekly_review",
                "weekly_review_item", "weekly_review_attendance", "weekly_review_rating", "weekly_review_note",
                "weekly_review_minutes", "weekly_review_addendum")) {
            union.append(union.isEmpty() ? "" : " || ' ' || ").append("(select '").append(table)
                    .append("=' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) from ").append(table).append(')');
        }
        return sql.text("select " + union + " || ' committed=' || (select count(*) from import_batch"
                + " where status = 'COMMITTED')");
    }

    private String uncheckedFingerprint() {
        try {
            return fingerprint();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "… (" + text.length() + " chars)" : oneLine;
    }

    // ---- the routes that take input ---------------------------------------------------------------------------

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        String span = "from=2026-09-01&to=2026-11-22";
        // values, notes and exports
        targets.add(query("GET /api/v1/kpis/{code}/values", "vic", "/api/v1/kpis/{code}/values",
                fields("code", "romi", "from", "2026-09-01", "to", "2026-11-22", "grain", "MONTH", "channel", "vk_ads"),
                kinds("code", Kind.TEXT, "from", Kind.DATE, "to", Kind.DATE, "grain", Kind.TEXT, "channel", Kind.TEXT),
                200));
        targets.add(query("GET /api/v1/measures/{code}/values", "vic", "/api/v1/measures/{code}/values",
                fields("code", "revenue", "from", "2026-09-01", "to", "2026-11-22", "grain", "WEEK", "channel", "seo"),
                kinds("code", Kind.TEXT, "from", Kind.DATE, "to", Kind.DATE, "grain", Kind.TEXT, "channel", Kind.TEXT),
                200));
        targets.add(query("GET /api/v1/kpis/{code}/analysis", "vic", "/api/v1/kpis/{code}/analysis",
                fields("code", "romi", "period", "2026-W45", "compareTo", "PREVIOUS", "channel", "vk_ads"),
                kinds("code", Kind.TEXT, "period", Kind.TEXT, "compareTo", Kind.TEXT, "channel", Kind.TEXT), 200));
        targets.add(query("GET /api/v1/budget/reallocation", "vic", "/api/v1/budget/reallocation",
                fields("period", "2026-W45", "kpi", "revenue", "maxShift", "0.3", "target", "romi:0.5"),
                kinds("period", Kind.TEXT, "kpi", Kind.TEXT, "maxShift", Kind.NUMBER, "target", Kind.TEXT), 200));
        targets.add(form("POST /budget/propose", "hanna", "/budget/propose",
                fields("period", "2091-W07", "kpi", "revenue", "maxShift", "0.3"),
                kinds("period", Kind.TEXT, "kpi", Kind.TEXT, "maxShift", Kind.NUMBER), 422));
        targets.add(query("GET /budget", "vic", "/budget",
                fields("period", "2026-W45", "kpi", "revenue", "maxShift", "0.3", "targetKind", "romi",
                        "targetValue", "0.5"),
                kinds("period", Kind.TEXT, "kpi", Kind.TEXT, "maxShift", Kind.NUMBER, "targetKind", Kind.TEXT,
                        "targetValue", Kind.NUMBER), 200));
        targets.add(query("GET /api/v1/kpis/{code}/annotations", "vic", "/api/v1/kpis/{code}/annotations",
                fields("code", "romi", "from", "2026-09-01", "to", "2026-11-22"),
                kinds("code", Kind.TEXT, "from", Kind.DATE, "to", Kind.DATE), 200));
        targets.add(query("GET /api/v1/observations/export.csv", "vic", "/api/v1/observations/export.csv",
                fields("from", "2026-09-01", "to", "2026-11-22", "measure", "revenue", "channel", "seo"),
                kinds("from", Kind.DATE, "to", Kind.DATE, "measure", Kind.TEXT, "channel", Kind.TEXT), 200));
        targets.add(query("GET /api/v1/anomalies", "vic", "/api/v1/anomalies",
                fields("from", "2026-09-01", "to", "2026-09-30"), kinds("from", Kind.DATE, "to", Kind.DATE), 200));
        targets.add(json("POST /api/v1/anomalies/{id}/acknowledge", "mark", "POST", "/api/v1/anomalies/{id}/acknowledge",
                "{\"note\":@note}", fields("id", "visits.manual.seo.2026-01-05.drop", "note", "Распродажа"),
                kinds("id", Kind.TEXT, "note", Kind.TEXT), 404));
        targets.add(query("GET /api/v1/kpis/formula-check", "vic", "/api/v1/kpis/formula-check",
                fields("formula", "revenue / visits"), kinds("formula", Kind.TEXT), 200).acceptingOk());
        targets.add(json("POST /api/v1/kpis/{code}/annotations", "vic", "POST", "/api/v1/kpis/{code}/annotations",
                """
                {"day":@day,"channel":@channel,"text":@text}""",
                fields("code", "romi", "day", "2026-11-02", "channel", "seo", "text", "Распродажа"),
                kinds("code", Kind.TEXT, "day", Kind.DATE, "channel", Kind.TEXT, "text", Kind.TEXT), 201));
        targets.add(json("DELETE /api/v1/kpis/{code}/annotations/{id}", "vic", "DELETE",
                "/api/v1/kpis/{code}/annotations/{id}", null,
                fields("code", "romi", "id", "00000000-0000-0000-0000-000000000000"),
                kinds("code", Kind.TEXT, "id", Kind.TEXT), 404));
        targets.add(json("POST /api/v1/observations", "mark", "POST", "/api/v1/observations",
                """
                {"source":@source,"observations":[{"measure":@measure,"periodStart":@periodStart,"grain":@grain,
                 "channel":@channel,"campaign":@campaign,"value":@value,"currency":@currency}, @observations]}""",
                fields("source", "manual", "measure", "ad_spend", "periodStart", "2026-11-02", "grain", "DAY",
                        "channel", "vk_ads", "campaign", "Проверка ввода", "value", "10.5", "currency", "RUB",
                        "observations", RAW + "{\"measure\":\"visits\",\"periodStart\":\"2026-11-02\",\"channel\":\"seo\","
                                + "\"value\":\"3\"}"),
                kinds("source", Kind.TEXT, "measure", Kind.TEXT, "periodStart", Kind.DATE, "grain", Kind.TEXT,
                        "channel", Kind.TEXT, "campaign", Kind.TEXT, "value", Kind.NUMBER, "currency", Kind.TEXT,
                        "observations", Kind.LIST), 200));
        // the monitoring cycle: a run of a week that is over, then its reads
        targets.add(json("POST /api/v1/cycles", "hanna", "POST", "/api/v1/cycles", "{\"period\":@period}",
                fields("period", "2026-W45"), kinds("period", Kind.TEXT), 200));
        targets.add(query("GET /api/v1/cycles/{period}", "vic", "/api/v1/cycles/{period}", fields("period", "2026-W45"),
                kinds("period", Kind.TEXT), 200));
        targets.add(query("GET /api/v1/cycles", "vic", "/api/v1/cycles", fields("from", "2026-01-01", "to", "2026-12-31"),
                kinds("from", Kind.DATE, "to", Kind.DATE), 200));
        targets.add(query("GET /cycles/{period}", "vic", "/cycles/{period}", fields("period", "2026-W45"),
                kinds("period", Kind.TEXT), 200));
        targets.add(query("GET /cycles/{period}/anomalies", "vic", "/cycles/{period}/anomalies",
                fields("period", "2026-W45"), kinds("period", Kind.TEXT), 200));
        targets.add(form("POST /cycles", "hanna", "/cycles", fields("period", "2026-W45"), kinds("period", Kind.TEXT), 303));
        // pages with parameters
        targets.add(query("GET /kpis/{code}", "vic", "/kpis/{code}",
                fields("code", "romi", "grain", "MONTH", "day", "2026-11-02", "channel", "vk_ads"),
                kinds("code", Kind.TEXT, "grain", Kind.TEXT, "day", Kind.DATE, "channel", Kind.TEXT), 200));
        targets.add(query("GET /kpis/{code}/why", "vic", "/kpis/{code}/why",
                fields("code", "romi", "grain", "MONTH", "day", "2026-11-02", "compareTo", "PLAN", "channel", "vk_ads"),
                kinds("code", Kind.TEXT, "grain", Kind.TEXT, "day", Kind.DATE, "compareTo", Kind.TEXT, "channel",
                        Kind.TEXT), 200));
        targets.add(query("GET /goals/{id}/forecast", "vic", "/goals/{id}/forecast",
                fields("id", "00000000-0000-0000-0000-000000000000", "kpi", "revenue"),
                kinds("id", Kind.TEXT, "kpi", Kind.TEXT), 404));
        targets.add(query("GET /kpis/{code}/why/cause", "vic", "/kpis/{code}/why/cause",
                fields("code", "revenue", "grain", "WEEK", "day", "2026-11-02", "channel", "vk_ads"),
                kinds("code", Kind.TEXT, "grain", Kind.TEXT, "day", Kind.DATE, "channel", Kind.TEXT), 200));
        for (String role : List.of("head", "marketer", "smm", "viewer")) {
            targets.add(query("GET /scorecards/" + role, "ada", "/scorecards/" + role,
                    fields("grain", "WEEK", "day", "2026-11-02", "channel", "vk_ads"),
                    kinds("grain", Kind.TEXT, "day", Kind.DATE, "channel", Kind.TEXT), 200));
        }
        targets.add(query("GET /imports/{id}", "vic", "/imports/{id}", fields("id", "00000000-0000-0000-0000-000000000000"),
                kinds("id", Kind.TEXT), 404));
        targets.add(query("GET /imports/progress/{upload}", "mark", "/imports/progress/{upload}",
                fields("upload", "00000000-0000-0000-0000-000000000000"), kinds("upload", Kind.TEXT), 404));
        targets.add(query("GET /api/v1/imports/{id}", "vic", "/api/v1/imports/{id}",
                fields("id", "00000000-0000-0000-0000-000000000000"), kinds("id", Kind.TEXT), 404));
        targets.add(query("GET /lang", "vic", "/lang", fields("to", "en", "back", "/kpis/romi"),
                kinds("to", Kind.TEXT, "back", Kind.TEXT), 303).acceptingRedirect());
        targets.add(form("POST /kpis/{code}/notes", "vic", "/kpis/{code}/notes",
                fields("code", "romi", "day", "2026-11-03", "text", "Акция", "grain", "WEEK"),
                kinds("code", Kind.TEXT, "day", Kind.DATE, "text", Kind.TEXT, "grain", Kind.TEXT), 200));
        targets.add(query("GET /admin/kpis/check", "ada", "/admin/kpis/check", fields("formula", "revenue / visits"),
                kinds("formula", Kind.TEXT), 200).acceptingOk());
        targets.add(form("POST /admin/values", "ada", "/admin/values",
                fields("measure", "nps_promoters", "periodStart", "2026-11-01", "grain", "MONTH", "channel", "seo",
                        "value", "12", "currency", "", "original", ""),
                kinds("measure", Kind.TEXT, "periodStart", Kind.DATE, "grain", Kind.TEXT, "channel", Kind.TEXT,
                        "value", Kind.NUMBER, "currency", Kind.TEXT, "original", Kind.TEXT), 303));
        targets.add(form("POST /admin/values (a change)", "ada", "/admin/values",
                fields("measure", "nps_promoters", "periodStart", "2026-11-01", "grain", "MONTH", "channel", "seo",
                        "value", "12", "currency", "", "original", "nps_promoters:MONTH:2026-11-01:seo"),
                kinds("original", Kind.TEXT), 303));
        targets.add(query("GET /admin/values", "ada", "/admin/values",
                fields("page", "1", "edit", "nps_promoters:MONTH:2026-11-01:seo"),
                kinds("page", Kind.NUMBER, "edit", Kind.TEXT), 200));
        targets.add(form("POST /admin/values/delete", "ada", "/admin/values/delete",
                fields("key", "nps_promoters:MONTH:2001-01-01:"), kinds("key", Kind.TEXT), 409));
        targets.add(form("POST /admin/settings", "ada", "/admin/settings",
                fields("currency", "RUB", "timeZone", "Europe/Moscow", "version", ""),
                kinds("currency", Kind.TEXT, "timeZone", Kind.TEXT, "version", Kind.NUMBER), 303));
        targets.add(json("PUT /api/v1/settings", "ada", "PUT", "/api/v1/settings", """
                {"currency":@currency,"timeZone":@timeZone,"version":@version}""",
                fields("currency", "RUB", "timeZone", "Europe/Moscow", "version", NULL),
                kinds("currency", Kind.TEXT, "timeZone", Kind.TEXT, "version", Kind.NUMBER), 200));
        targets.addAll(writes());
        targets.addAll(actions());
        targets.addAll(proposals());
        targets.addAll(reviews());
        return targets;
    }

    /** The routes that write the department's shared records: custom KPIs, scorecards, the mapping, goals, imports. */
    private List<Target> writes() {
        List<Target> targets = new ArrayList<>();
        Map<String, String> kpi = fields("code", "hostile_probe", "nameRu", "Проба", "nameEn", "Probe",
                "formula", "revenue / visits", "unit", "MONEY", "direction", "HIGHER_IS_BETTER", "level", "ANALYTICAL",
                "group", "MARKETING", "explanationRu", "Проверка ввода", "explanationEn", "Input check", "version", NULL);
        Map<String, Kind> kpiKinds = kinds("code", Kind.TEXT, "nameRu", Kind.TEXT, "nameEn", Kind.TEXT,
                "formula", Kind.TEXT, "unit", Kind.TEXT, "direction", Kind.TEXT, "level", Kind.TEXT, "group", Kind.TEXT,
                "explanationRu", Kind.TEXT, "explanationEn", Kind.TEXT, "version", Kind.NUMBER);
        String kpiJson = """
                {"code":@code,"nameRu":@nameRu,"nameEn":@nameEn,"formula":@formula,"unit":@unit,"direction":@direction,
                 "level":@level,"group":@group,"explanationRu":@explanationRu,"explanationEn":@explanationEn,
                 "version":@version}""";
        targets.add(json("POST /api/v1/kpis", "ada", "POST", "/api/v1/kpis", kpiJson, kpi, kpiKinds, 201));
        targets.add(json("PUT /api/v1/kpis/{code}", "ada", "PUT", "/api/v1/kpis/{code}", kpiJson, kpi, kpiKinds, 201)
                .withStatuses(Set.of(200, 201)));
        targets.add(json("GET /api/v1/kpis/{code}", "vic", "GET", "/api/v1/kpis/{code}", null, fields("code", "romi"),
                kinds("code", Kind.TEXT), 200));
        targets.add(json("DELETE /api/v1/kpis/{code}", "ada", "DELETE", "/api/v1/kpis/{code}", null,
                fields("code", "no_such_kpi"), kinds("code", Kind.TEXT), 404));
        targets.add(query("GET /admin/kpis", "ada", "/admin/kpis", fields("edit", "hostile_probe", "remove", "hostile_probe"),
                kinds("edit", Kind.TEXT, "remove", Kind.TEXT), 200).acceptingOk());
        targets.add(form("POST /admin/kpis", "ada", "/admin/kpis", fields("code", "hostile_form_probe", "nameRu", "Проба",
                        "nameEn", "Probe", "formula", "revenue / visits", "unit", "MONEY", "direction", "HIGHER_IS_BETTER",
                        "explanationRu", "Проверка", "explanationEn", "Check", "version", ""),
                kinds("code", Kind.TEXT, "nameRu", Kind.TEXT, "nameEn", Kind.TEXT, "formula", Kind.TEXT, "unit", Kind.TEXT,
                        "direction", Kind.TEXT, "explanationRu", Kind.TEXT, "explanationEn", Kind.TEXT,
                        "version", Kind.NUMBER), 303));
        targets.add(form("POST /admin/kpis/delete", "ada", "/admin/kpis/delete", fields("code", "no_such_kpi", "version", ""),
                kinds("code", Kind.TEXT, "version", Kind.NUMBER), 303));
        // scorecards: the admin's own, recomposed as it is
        String adminKpis = "revenue,sales_growth,romi,roas,cac,traffic";
        targets.add(json("PUT /api/v1/scorecards/{role}", "ada", "PUT", "/api/v1/scorecards/{role}", """
                {"kpis":["revenue","sales_growth","romi","roas","cac","traffic",@kpi],"version":@version}""",
                fields("role", "admin", "kpi", "nps", "version", NULL),
                kinds("role", Kind.TEXT, "kpi", Kind.TEXT, "version", Kind.NUMBER), 200));
        targets.add(json("PUT /api/v1/scorecards/{role} (list)", "ada", "PUT", "/api/v1/scorecards/{role}", """
                {"kpis":@kpis}""", fields("role", "admin", "kpis", RAW + "[\"" + adminKpis.replace(",", "\",\"")
                        + "\",\"nps\"]"), kinds("kpis", Kind.LIST), 200));
        targets.add(json("GET /api/v1/scorecards/{role}", "vic", "GET", "/api/v1/scorecards/{role}", null,
                fields("role", "viewer"), kinds("role", Kind.TEXT), 200));
        targets.add(form("POST /admin/scorecards", "ada", "/admin/scorecards",
                fields("role", "admin", "kpis", "nps", "version", "", "action", ""),
                kinds("role", Kind.TEXT, "kpis", Kind.TEXT, "version", Kind.NUMBER, "action", Kind.TEXT), 303,
                rows(List.of(adminKpis.split(",")).stream().map(code -> Map.of("kpis", code)).toList())));
        // the channel mapping, replaced by itself plus one rule
        List<Map<String, String>> rules = given().auth().oauth2(TOKENS.get("ada")).get("/api/v1/channel-rules")
                .then().statusCode(200).extract().path("$");
        StringBuilder knownJson = new StringBuilder();
        List<Map<String, String>> known = new ArrayList<>();
        for (Map<String, String> rule : rules) {
            if (!rule.get("sourcePattern").equals("hostile probe / cpc")) {
                knownJson.append("{\"sourcePattern\":").append(jsonValue(rule.get("sourcePattern"))).append(",\"channel\":")
                        .append(jsonValue(rule.get("channel"))).append("},");
                known.add(Map.of("sourcePattern", rule.get("sourcePattern"), "channel", rule.get("channel")));
            }
        }
        targets.add(json("PUT /api/v1/channel-rules", "ada", "PUT", "/api/v1/channel-rules",
                "[" + knownJson + "{\"sourcePattern\":@sourcePattern,\"channel\":@channel}]",
                fields("sourcePattern", "hostile probe / cpc", "channel", "vk_ads"),
                kinds("sourcePattern", Kind.TEXT, "channel", Kind.TEXT), 200));
        targets.add(form("POST /admin/channels", "ada", "/admin/channels",
                fields("sourcePattern", "hostile probe / cpc", "channel", "vk_ads", "version", "", "action", ""),
                kinds("sourcePattern", Kind.TEXT, "channel", Kind.TEXT, "version", Kind.NUMBER, "action", Kind.TEXT), 303,
                rows(known)));
        // the channel catalog, replaced by itself plus one channel
        List<Map<String, Object>> channels = given().auth().oauth2(TOKENS.get("ada")).get("/api/v1/channels")
                .then().statusCode(200).extract().path("$");
        StringBuilder catalog = new StringBuilder();
        List<Map<String, String>> catalogRows = new ArrayList<>();
        for (Map<String, Object> channel : channels) {
            if (!channel.get("code").equals("hostile_probe_channel")) {
                catalog.append("{\"code\":").append(jsonValue((String) channel.get("code"))).append(",\"nameRu\":")
                        .append(jsonValue((String) channel.get("nameRu"))).append(",\"nameEn\":")
                        .append(jsonValue((String) channel.get("nameEn"))).append(",\"paid\":").append(channel.get("paid"))
                        .append(",\"social\":").append(channel.get("social")).append("},");
                catalogRows.add(Map.of("code", (String) channel.get("code"), "nameRu", (String) channel.get("nameRu"),
                        "nameEn", (String) channel.get("nameEn"), "paid", String.valueOf(channel.get("paid")),
                        "social", String.valueOf(channel.get("social"))));
            }
        }
        Map<String, String> probe = fields("code", "hostile_probe_channel", "nameRu", "Проба", "nameEn", "Probe",
                "paid", "false", "social", "false");
        targets.add(json("PUT /api/v1/channels", "ada", "PUT", "/api/v1/channels",
                "[" + catalog + "{\"code\":@code,\"nameRu\":@nameRu,\"nameEn\":@nameEn,\"paid\":@paid,\"social\":@social}]",
                probe, kinds("code", Kind.TEXT, "nameRu", Kind.TEXT, "nameEn", Kind.TEXT, "paid", Kind.TEXT,
                        "social", Kind.TEXT), 200));
        Map<String, String> probeRow = new LinkedHashMap<>(probe);
        probeRow.put("version", "");
        probeRow.put("action", "");
        targets.add(form("POST /admin/channel-catalog", "ada", "/admin/channel-catalog", probeRow,
                kinds("code", Kind.TEXT, "nameRu", Kind.TEXT, "nameEn", Kind.TEXT, "paid", Kind.TEXT, "social", Kind.TEXT,
                        "version", Kind.NUMBER, "action", Kind.TEXT), 303, rows(catalogRows)));
        // goals: a week of revenue phased by hand, created, then changed
        String goalJson = """
                {"id":@id,"title":@title,"objective":@objective,"owner":@owner,"start":@start,"deadline":@deadline,
                 "baselineStart":@baselineStart,"baselineEnd":@baselineEnd,
                 "kpis":[{"kpi":@kpi,"target":{"kind":@kind,"value":@value,"changePercent":@changePercent},
                          "phasing":@phasing,"parts":[{"periodStart":@periodStart,"value":@partValue}]}, @kpis],
                 "visibleTo":@visibleTo,"version":@version}""";
        Map<String, String> goal = fields("id", NULL, "title", "Проба ввода", "objective", "SALES", "owner", "hanna",
                "start", "2026-11-02", "deadline", "2026-11-08", "baselineStart", NULL, "baselineEnd", NULL,
                "kpi", "revenue", "kind", "ABSOLUTE", "value", "1000", "changePercent", NULL, "phasing", "MANUAL",
                "periodStart", "2026-11-02", "partValue", "1000",
                "kpis", RAW + "{\"kpi\":\"romi\",\"target\":{\"kind\":\"ABSOLUTE\",\"value\":\"0.3\"}}",
                "visibleTo", RAW + "[\"marketing-head\"]", "version", NULL);
        Map<String, Kind> goalKinds = kinds("id", Kind.TEXT, "title", Kind.TEXT, "objective", Kind.TEXT,
                "owner", Kind.TEXT, "start", Kind.DATE, "deadline", Kind.DATE, "baselineStart", Kind.DATE,
                "baselineEnd", Kind.DATE, "kpi", Kind.TEXT, "kind", Kind.TEXT, "value", Kind.NUMBER,
                "changePercent", Kind.NUMBER, "phasing", Kind.TEXT, "periodStart", Kind.DATE, "partValue", Kind.NUMBER,
                "kpis", Kind.LIST, "visibleTo", Kind.LIST, "version", Kind.NUMBER);
        targets.add(json("POST /api/v1/goals", "ada", "POST", "/api/v1/goals", goalJson, goal, goalKinds, 201));
        String created = given().auth().oauth2(TOKENS.get("ada")).contentType("application/json; charset=UTF-8")
                .body(fill(goalJson, goal)).post("/api/v1/goals").then().log().ifValidationFails().statusCode(201).extract().path("goal.id");
        Map<String, String> stored = new LinkedHashMap<>(goal);
        stored.put("goalId", created);
        Map<String, Kind> storedKinds = new LinkedHashMap<>(goalKinds);
        storedKinds.put("goalId", Kind.TEXT);
        targets.add(json("PUT /api/v1/goals/{id}", "ada", "PUT", "/api/v1/goals/{goalId}", goalJson, stored, storedKinds,
                200));
        targets.add(json("GET /api/v1/goals/{id}", "hanna", "GET", "/api/v1/goals/{id}", null, fields("id", created),
                kinds("id", Kind.TEXT), 200));
        targets.add(json("GET /api/v1/goals/{id}/forecast", "hanna", "GET", "/api/v1/goals/{id}/forecast", null,
                fields("id", created), kinds("id", Kind.TEXT), 200));
        targets.add(json("DELETE /api/v1/goals/{id}", "ada", "DELETE", "/api/v1/goals/{id}", null,
                fields("id", "00000000-0000-0000-0000-000000000000"), kinds("id", Kind.TEXT), 404));
        Map<String, String> wizard = fields("title", "Проба мастера", "objective", "SALES", "owner", "hanna",
                "start", "2026-11-02", "deadline", "2026-12-27", "baselineStart", "", "baselineEnd", "",
                "kpi", "revenue", "targetKind", "ABSOLUTE", "targetValue", "1000000", "changePercent", "",
                "phasing", "EVEN", "visibleTo", "marketing-head", "version", "");
        Map<String, Kind> wizardKinds = kinds("title", Kind.TEXT, "objective", Kind.TEXT, "owner", Kind.TEXT,
                "start", Kind.DATE, "deadline", Kind.DATE, "baselineStart", Kind.DATE, "baselineEnd", Kind.DATE,
                "kpi", Kind.TEXT, "targetKind", Kind.TEXT, "targetValue", Kind.NUMBER, "changePercent", Kind.NUMBER,
                "phasing", Kind.TEXT, "visibleTo", Kind.TEXT, "version", Kind.NUMBER);
        targets.add(form("POST /admin/goals/check", "ada", "/admin/goals/check", wizard, wizardKinds, 200).acceptingOk());
        targets.add(form("POST /admin/goals", "ada", "/admin/goals", wizard, wizardKinds, 303));
        Map<String, String> wizardAgain = new LinkedHashMap<>(wizard);
        wizardAgain.put("id", created);
        Map<String, Kind> wizardAgainKinds = new LinkedHashMap<>(wizardKinds);
        wizardAgainKinds.put("id", Kind.TEXT);
        targets.add(form("POST /admin/goals/{id}", "ada", "/admin/goals/{id}", wizardAgain, wizardAgainKinds, 303));
        targets.add(query("GET /admin/goals/{id}/edit", "ada", "/admin/goals/{id}/edit", fields("id", created),
                kinds("id", Kind.TEXT), 200));
        targets.add(query("GET /admin/goals/{id}", "ada", "/admin/goals/{id}", fields("id", created),
                kinds("id", Kind.TEXT), 200));
        // the goals list and a goal's page; archiving and deleting a goal of its own (the baseline really does it)
        targets.add(query("GET /goals", "hanna", "/goals", fields("archived", "true"), kinds("archived", Kind.TEXT), 200));
        targets.add(query("GET /goals/{id}", "hanna", "/goals/{id}", fields("id", created), kinds("id", Kind.TEXT), 200));
        String shelved = given().auth().oauth2(TOKENS.get("ada")).contentType("application/json; charset=UTF-8")
                .body(fill(goalJson, goal)).post("/api/v1/goals").then().statusCode(201).extract().path("goal.id");
        targets.add(form("POST /goals/{id}/archive", "ada", "/goals/{id}/archive",
                fields("id", shelved, "version", "", "archived", "true"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "archived", Kind.TEXT), 303));
        targets.add(json("POST /api/v1/goals/{id}/archive", "ada", "POST", "/api/v1/goals/{id}/archive",
                "{\"archived\":@archived,\"version\":@version}",
                fields("id", shelved, "archived", RAW + "false", "version", NULL),
                kinds("id", Kind.TEXT, "archived", Kind.TEXT, "version", Kind.NUMBER), 200));
        String doomed = given().auth().oauth2(TOKENS.get("ada")).contentType("application/json; charset=UTF-8")
                .body(fill(goalJson, goal)).post("/api/v1/goals").then().statusCode(201).extract().path("goal.id");
        targets.add(form("POST /goals/{id}/delete", "ada", "/goals/{id}/delete",
                fields("id", doomed, "version", "", "confirm", "true"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "confirm", Kind.TEXT), 303));
        // imports: a day of spend through the generic preset, previewed; hostile cells and fields refused whole
        Function<Map<String, String>, String> file = values -> "date,channel,campaign,ad_spend\n"
                + String.join(",", values.get("cell.date"), values.get("cell.channel"), values.get("cell.campaign"),
                values.get("cell.ad_spend")) + "\n";
        Map<String, String> upload = fields("preset", "generic", "mapping", "", "options", "{\"currency\":\"RUB\"}",
                "dryRun", "true", "cell.date", "2001-05-02", "cell.channel", "referral", "cell.campaign", "Проба",
                "cell.ad_spend", "10.5");
        targets.add(multipart("POST /api/v1/imports", "mark", "/api/v1/imports", upload,
                kinds("preset", Kind.TEXT, "mapping", Kind.TEXT, "options", Kind.TEXT, "cell.date", Kind.DATE,
                        "cell.channel", Kind.TEXT, "cell.campaign", Kind.TEXT, "cell.ad_spend", Kind.NUMBER), file, 200));
        Map<String, String> page = fields("preset", "generic", "mapping", "", "currency", "RUB", "cell.date",
                "2001-05-02", "cell.channel", "referral", "cell.campaign", "Проба", "cell.ad_spend", "10.5",
                "progress", UUID.randomUUID().toString());
        Map<String, Kind> pageKinds = kinds("preset", Kind.TEXT, "mapping", Kind.TEXT, "currency", Kind.TEXT,
                "cell.date", Kind.DATE, "cell.channel", Kind.TEXT, "cell.campaign", Kind.TEXT, "cell.ad_spend", Kind.NUMBER,
                "progress", Kind.TEXT);
        targets.add(multipart("POST /imports/preview", "mark", "/imports/preview", page, pageKinds, file, 200)
                .acceptingOk());
        Map<String, String> confirm = new LinkedHashMap<>(page);
        confirm.put("fingerprint", "0".repeat(64));
        targets.add(multipart("POST /imports/confirm", "mark", "/imports/confirm", confirm, pageKinds, file, 200)
                .acceptingOk());
        return targets;
    }

    /**
     * Corrective actions: proposed by the head for the SMM specialist through the API and the form, listed, changed
     * (details, status, comments) on one action of the suite's own.
     */
    private List<Target> actions() {
        List<Target> targets = new ArrayList<>();
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(10).toString();
        String actionJson = """
                {"title":@title,"goal":@goal,"kpi":@kpi,"channels":@channels,"owner":@owner,"dueDate":@dueDate,
                 "hypothesis":@hypothesis,"expectedEffect":{"kpi":"revenue","direction":@direction,"size":@size},
                 "effectWindowDays":@effectWindowDays}""";
        Map<String, String> action = fields("title", "Проба ввода действия", "goal", NULL, "kpi", "revenue",
                "channels", RAW + "[\"vk_ads\"]", "owner", "sofia", "dueDate", due, "hypothesis", "Гипотеза",
                "direction", "UP", "size", "0.1", "effectWindowDays", "21");
        Map<String, Kind> actionKinds = kinds("title", Kind.TEXT, "goal", Kind.TEXT, "kpi", Kind.TEXT,
                "channels", Kind.LIST, "owner", Kind.TEXT, "dueDate", Kind.DATE, "hypothesis", Kind.TEXT,
                "direction", Kind.TEXT, "size", Kind.NUMBER, "effectWindowDays", Kind.NUMBER);
        targets.add(json("POST /api/v1/actions", "hanna", "POST", "/api/v1/actions", actionJson, action, actionKinds,
                201));
        String created = given().auth().oauth2(TOKENS.get("hanna")).contentType("application/json; charset=UTF-8")
                .body(fill(actionJson, action)).post("/api/v1/actions").then().statusCode(201).extract().path("id");
        String changeJson = """
                {"version":@version,"title":@title,"goal":@goal,"kpi":@kpi,"channels":@channels,"owner":@owner,
                 "dueDate":@dueDate,"hypothesis":@hypothesis,"expectedEffect":{"kpi":"revenue","direction":@direction,
                 "size":@size},"effectWindowDays":@effectWindowDays,"status":@status,"dropReason":@dropReason,
                 "comment":@comment}""";
        Map<String, String> change = new LinkedHashMap<>(action);
        change.put("id", created);
        change.put("version", NULL);
        change.put("status", NULL);
        change.put("dropReason", NULL);
        change.put("comment", NULL);
        Map<String, Kind> changeKinds = new LinkedHashMap<>(actionKinds);
        changeKinds.putAll(kinds("id", Kind.TEXT, "version", Kind.NUMBER, "status", Kind.TEXT, "dropReason", Kind.TEXT,
                "comment", Kind.TEXT));
        targets.add(json("PUT /api/v1/actions/{id}", "hanna", "PUT", "/api/v1/actions/{id}", changeJson, change,
                changeKinds, 200));
        targets.add(json("GET /api/v1/actions/{id}", "vic", "GET", "/api/v1/actions/{id}", null, fields("id", created),
                kinds("id", Kind.TEXT), 200));
        targets.add(json("GET /api/v1/actions/{id}/effect", "vic", "GET", "/api/v1/actions/{id}/effect", null,
                fields("id", created), kinds("id", Kind.TEXT), 200));
        Map<String, String> filters = fields("mine", "true", "overdue", "false",
                "goal", "00000000-0000-0000-0000-000000000000", "status", "PROPOSED");
        Map<String, Kind> filterKinds = kinds("mine", Kind.TEXT, "overdue", Kind.TEXT, "goal", Kind.TEXT,
                "status", Kind.TEXT);
        targets.add(query("GET /api/v1/actions", "vic", "/api/v1/actions", filters, filterKinds, 200));
        targets.add(query("GET /actions", "vic", "/actions", filters, filterKinds, 200));
        targets.add(query("GET /actions/new", "hanna", "/actions/new",
                fields("kpi", "revenue", "grain", "WEEK", "day", "2026-11-02", "channel", "vk_ads"),
                kinds("kpi", Kind.TEXT, "grain", Kind.TEXT, "day", Kind.DATE, "channel", Kind.TEXT), 200));
        targets.add(query("GET /actions/{id}", "vic", "/actions/{id}", fields("id", created), kinds("id", Kind.TEXT),
                200));
        Map<String, String> form = fields("title", "Проба формы действия", "goal", "", "kpi", "revenue",
                "channels", "vk_ads", "owner", "sofia", "dueDate", due, "hypothesis", "Гипотеза", "effectKpi", "revenue",
                "effectDirection", "UP", "effectSize", "10", "effectWindowDays", "21");
        Map<String, Kind> formKinds = kinds("title", Kind.TEXT, "goal", Kind.TEXT, "kpi", Kind.TEXT,
                "channels", Kind.TEXT, "owner", Kind.TEXT, "dueDate", Kind.DATE, "hypothesis", Kind.TEXT,
                "effectKpi", Kind.TEXT, "effectDirection", Kind.TEXT, "effectSize", Kind.NUMBER,
                "effectWindowDays", Kind.NUMBER);
        targets.add(form("POST /actions", "hanna", "/actions", form, formKinds, 303));
        Map<String, String> edit = new LinkedHashMap<>(form);
        edit.put("id", created);
        edit.put("version", "");
        Map<String, Kind> editKinds = new LinkedHashMap<>(formKinds);
        editKinds.putAll(kinds("id", Kind.TEXT, "version", Kind.NUMBER));
        targets.add(form("POST /actions/{id}", "hanna", "/actions/{id}", edit, editKinds, 303));
        targets.add(form("POST /actions/{id}/comments", "hanna", "/actions/{id}/comments",
                fields("id", created, "version", "", "text", "Комментарий"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "text", Kind.TEXT), 303));
        // last: the baseline accepts the action, so each refused value finds it accepted
        targets.add(form("POST /actions/{id}/status", "hanna", "/actions/{id}/status",
                fields("id", created, "version", "", "status", "ACCEPTED", "dropReason", ""),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "status", Kind.TEXT, "dropReason", Kind.TEXT), 303));
        return targets;
    }

    /**
     * A cycle's proposals: listed, and one of the suite's own accepted with a due date in the past and rejected
     * without a reason, so that the baseline is refused after every check and each hostile value is too.
     */
    private List<Target> proposals() {
        CyclePeriod week = CyclePeriod.parse("2091-W07").orElseThrow();
        Proposal proposal = Proposal.open(ProposalId.random(), week, ProposalKind.CAMPAIGNS, new KpiCode("revenue"),
                Optional.of("vk_ads"), Cause.CHANNEL, Message.of(ProposalText.AS_WRITTEN, "Проба ввода предложения"),
                List.of(), Optional.empty(), Optional.empty(), java.time.Instant.now());
        QuarkusTransaction.requiringNew().run(() -> proposalStore.replaceOpen(week, List.of(proposal)));
        String id = proposal.id().toString();
        List<Target> targets = new ArrayList<>();
        targets.add(query("GET /api/v1/proposals", "vic", "/api/v1/proposals", fields("period", week.code()),
                kinds("period", Kind.TEXT), 200));
        targets.add(query("GET /proposals/{id}/curves", "vic", "/proposals/{id}/curves", fields("id", id),
                kinds("id", Kind.TEXT), 200));
        targets.add(query("GET /proposals", "vic", "/proposals",
                fields("period", week.code(), "kpi", "revenue", "channel", "vk_ads"),
                kinds("period", Kind.TEXT, "kpi", Kind.TEXT, "channel", Kind.TEXT), 200));
        Map<String, String> accept = fields("id", id, "version", NULL, "owner", "sofia", "due", "2020-01-01");
        Map<String, Kind> acceptKinds = kinds("id", Kind.TEXT, "version", Kind.NUMBER, "owner", Kind.TEXT,
                "due", Kind.DATE);
        targets.add(json("POST /api/v1/proposals/{id}/accept", "hanna", "POST", "/api/v1/proposals/{id}/accept",
                "{\"version\":@version,\"owner\":@owner,\"due\":@due}", accept, acceptKinds, 422));
        Map<String, String> reject = fields("id", id, "version", NULL, "reason", "");
        Map<String, Kind> rejectKinds = kinds("id", Kind.TEXT, "version", Kind.NUMBER, "reason", Kind.TEXT);
        targets.add(json("POST /api/v1/proposals/{id}/reject", "hanna", "POST", "/api/v1/proposals/{id}/reject",
                "{\"version\":@version,\"reason\":@reason}", reject, rejectKinds, 422));
        Map<String, String> acceptForm = new LinkedHashMap<>(accept);
        acceptForm.put("version", "");
        targets.add(form("POST /proposals/{id}/accept", "hanna", "/proposals/{id}/accept", acceptForm, acceptKinds,
                422));
        Map<String, String> rejectForm = new LinkedHashMap<>(reject);
        rejectForm.put("version", "");
        targets.add(form("POST /proposals/{id}/reject", "hanna", "/proposals/{id}/reject", rejectForm, rejectKinds,
                422));
        return targets;
    }

    /**
     * Weekly reviews: a review of the suite's own week, started afresh from its cycle, fed through every door that
     * takes input while it is open, then closed (by the page's form), its closed doors and its minutes last.
     */
    private List<Target> reviews() {
        String week = "2022-W30";
        try {
            new Sql(dataSource).execute("delete from weekly_review where week_code = '" + week + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        as("hanna").contentType("application/json").body("{\"period\":\"" + week + "\"}").post("/api/v1/cycles")
                .then().statusCode(200);
        io.restassured.response.Response started = as("hanna").contentType("application/json; charset=UTF-8")
                .body("{\"week\":\"" + week + "\"}").post("/api/v1/reviews").then().statusCode(201).extract().response();
        String id = started.path("id");
        List<Integer> numbers = started.path("items.number");
        String order = RAW + numbers.stream().map(number -> "\"" + number + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        String due = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(7).toString();
        List<Target> targets = new ArrayList<>();
        Map<String, Kind> idKind = kinds("id", Kind.TEXT);
        targets.add(query("GET /api/v1/reviews", "mark", "/api/v1/reviews", fields("q", "revenue"),
                kinds("q", Kind.TEXT), 200));
        targets.add(query("GET /reviews", "mark", "/reviews", fields("q", "revenue"), kinds("q", Kind.TEXT), 200));
        targets.add(json("GET /api/v1/reviews/{id}", "mark", "GET", "/api/v1/reviews/{id}", null, fields("id", id),
                idKind, 200));
        targets.add(query("GET /reviews/{id}", "mark", "/reviews/{id}", fields("id", id), idKind, 200));
        // the week has its open review: starting it again opens that one and stores nothing
        targets.add(json("POST /api/v1/reviews", "hanna", "POST", "/api/v1/reviews", """
                {"week":@week}""", fields("week", week), kinds("week", Kind.TEXT), 409));
        targets.add(form("POST /reviews", "hanna", "/reviews", fields("week", week), kinds("week", Kind.TEXT), 303));
        targets.add(json("PUT /api/v1/reviews/{id}/agenda", "hanna", "PUT", "/api/v1/reviews/{id}/agenda", """
                {"version":@version,"order":@order}""", fields("id", id, "version", NULL, "order", order),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "order", Kind.LIST), 200));
        targets.add(json("POST /api/v1/reviews/{id}/agenda/items", "hanna", "POST", "/api/v1/reviews/{id}/agenda/items",
                """
                {"version":@version,"section":@section,"title":@title}""",
                fields("id", id, "version", NULL, "section", "4", "title", "Проба пункта"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "section", Kind.NUMBER, "title", Kind.TEXT), 200));
        targets.add(json("PUT /api/v1/reviews/{id}/agenda/items/{number}", "hanna", "PUT",
                "/api/v1/reviews/{id}/agenda/items/{number}", """
                {"version":@version,"dropped":@dropped}""",
                fields("id", id, "number", "1", "version", NULL, "dropped", RAW + "false"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "version", Kind.NUMBER, "dropped", Kind.TEXT), 200));
        targets.add(json("PUT /api/v1/reviews/{id}/items/{number}/decision", "hanna", "PUT",
                "/api/v1/reviews/{id}/items/{number}/decision", """
                {"version":@version,"text":@text}""",
                fields("id", id, "number", "1", "version", RAW + "0", "text", "Проба решения"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "version", Kind.NUMBER, "text", Kind.TEXT), 200));
        targets.add(json("POST /api/v1/reviews/{id}/items/{number}/notes", "mark", "POST",
                "/api/v1/reviews/{id}/items/{number}/notes", """
                {"text":@text}""", fields("id", id, "number", "1", "text", "Проба заметки"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "text", Kind.TEXT), 201));
        targets.add(json("POST /api/v1/reviews/{id}/items/{number}/actions", "hanna", "POST",
                "/api/v1/reviews/{id}/items/{number}/actions", """
                {"title":@title,"goal":@goal,"kpi":@kpi,"channels":@channels,"owner":@owner,"dueDate":@dueDate,
                 "hypothesis":@hypothesis,"expectedEffect":{"kpi":"revenue","direction":@direction,"size":@size},
                 "effectWindowDays":@effectWindowDays}""",
                fields("id", id, "number", "1", "title", "Проба действия обзора", "goal", NULL, "kpi", "revenue",
                        "channels", RAW + "[\"vk_ads\"]", "owner", "sofia", "dueDate", due, "hypothesis", "Гипотеза",
                        "direction", "UP", "size", "0.1", "effectWindowDays", "21"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "title", Kind.TEXT, "goal", Kind.TEXT, "kpi", Kind.TEXT,
                        "channels", Kind.LIST, "owner", Kind.TEXT, "dueDate", Kind.DATE, "hypothesis", Kind.TEXT,
                        "direction", Kind.TEXT, "size", Kind.NUMBER, "effectWindowDays", Kind.NUMBER), 201));
        targets.add(json("PUT /api/v1/reviews/{id}/attendance", "hanna", "PUT", "/api/v1/reviews/{id}/attendance", """
                {"version":@version,"present":@present}""",
                fields("id", id, "version", NULL, "present", RAW + "[\"hanna\",\"mark\"]"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "present", Kind.LIST), 200));
        targets.add(form("POST /reviews/{id}/agenda", "hanna", "/reviews/{id}/agenda",
                fields("id", id, "version", "", "op", "add", "item", "", "section", "4", "title", "Проба формы пункта"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "op", Kind.TEXT, "item", Kind.NUMBER,
                        "section", Kind.NUMBER, "title", Kind.TEXT), 303));
        targets.add(form("POST /reviews/{id}/items/{number}/notes", "mark", "/reviews/{id}/items/{number}/notes",
                fields("id", id, "number", "1", "text", "Проба заметки формы"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "text", Kind.TEXT), 303));
        targets.add(form("POST /reviews/{id}/items/{number}/decision", "hanna",
                "/reviews/{id}/items/{number}/decision", fields("id", id, "number", "2", "version", "0",
                        "text", "Проба решения формы"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "version", Kind.NUMBER, "text", Kind.TEXT), 303));
        targets.add(form("POST /reviews/{id}/items/{number}/actions", "hanna", "/reviews/{id}/items/{number}/actions",
                fields("id", id, "number", "1", "title", "Проба действия формы", "goal", "", "kpi", "revenue",
                        "channels", "vk_ads", "owner", "sofia", "dueDate", due, "effectKpi", "revenue",
                        "effectDirection", "UP", "effectSize", "10"),
                kinds("id", Kind.TEXT, "number", Kind.NUMBER, "title", Kind.TEXT, "goal", Kind.TEXT, "kpi", Kind.TEXT,
                        "channels", Kind.TEXT, "owner", Kind.TEXT, "dueDate", Kind.DATE, "effectKpi", Kind.TEXT,
                        "effectDirection", Kind.TEXT, "effectSize", Kind.NUMBER), 303));
        targets.add(query("GET /reviews/{id}/present", "hanna", "/reviews/{id}/present", fields("id", id), idKind, 200));
        targets.add(form("POST /reviews/{id}/present", "hanna", "/reviews/{id}/present",
                fields("id", id, "item", Integer.toString(numbers.getFirst())),
                kinds("id", Kind.TEXT, "item", Kind.NUMBER), 303));
        targets.add(query("GET /reviews/{id}/follow", "mark", "/reviews/{id}/follow", fields("id", id), idKind, 200));
        targets.add(form("POST /reviews/{id}/attendance", "hanna", "/reviews/{id}/attendance",
                fields("id", id, "version", "", "present", "hanna"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "present", Kind.TEXT), 303));
        // last: the baseline closes the review, so each refused value finds it closed
        targets.add(form("POST /reviews/{id}/close", "hanna", "/reviews/{id}/close",
                fields("id", id, "version", "", "login", "hanna", "rating", "8"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "login", Kind.TEXT, "rating", Kind.NUMBER), 303));
        targets.add(json("POST /api/v1/reviews/{id}/close", "hanna", "POST", "/api/v1/reviews/{id}/close", """
                {"version":@version,"ratings":@ratings}""", fields("id", id, "version", NULL, "ratings", RAW + "{}"),
                kinds("id", Kind.TEXT, "version", Kind.NUMBER, "ratings", Kind.TEXT), 409));
        targets.add(json("POST /api/v1/reviews/{id}/addenda", "hanna", "POST", "/api/v1/reviews/{id}/addenda", """
                {"text":@text}""", fields("id", id, "text", "Проба дополнения"),
                kinds("id", Kind.TEXT, "text", Kind.TEXT), 201));
        targets.add(form("POST /reviews/{id}/addenda", "hanna", "/reviews/{id}/addenda",
                fields("id", id, "text", "Проба дополнения формы"), kinds("id", Kind.TEXT, "text", Kind.TEXT), 303));
        targets.add(query("GET /reviews/{id}/minutes", "vic", "/reviews/{id}/minutes", fields("id", id), idKind, 200));
        // a closed review has nothing to follow: its stream answers 404 before it starts, so nothing is left open
        targets.add(query("GET /reviews/{id}/events", "mark", "/reviews/{id}/events", fields("id", id), idKind, 404));
        targets.add(query("GET /reviews/{id}/minutes.md", "vic", "/reviews/{id}/minutes.md", fields("id", id), idKind,
                200));
        targets.add(query("GET /reviews/{id}/minutes.pdf", "vic", "/reviews/{id}/minutes.pdf", fields("id", id), idKind,
                200));
        return targets;
    }

    /** Fills {@code @name} placeholders, longest names first ({@code @kpis} before {@code @kpi}). */
    private static String fill(String template, Map<String, String> values) {
        String filled = template;
        List<String> names = new ArrayList<>(values.keySet());
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            filled = filled.replace("@" + name, jsonValue(values.get(name)));
        }
        return filled;
    }

    // ---- building requests ------------------------------------------------------------------------------------

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static Map<String, Kind> kinds(Object... pairs) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            kinds.put((String) pairs[i], (Kind) pairs[i + 1]);
        }
        return kinds;
    }

    private static RequestSpecification as(String user) {
        return given().redirects().follow(false).auth().oauth2(TOKENS.get(user));
    }

    /** Fills {@code {name}} path segments; returns the names it used. */
    private static String path(String template, Map<String, String> values, Set<String> used) {
        String path = template;
        for (Map.Entry<String, String> field : values.entrySet()) {
            String placeholder = "{" + field.getKey() + "}";
            if (path.contains(placeholder)) {
                path = path.replace(placeholder, java.net.URLEncoder.encode(field.getValue(),
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
                used.add(field.getKey());
            }
        }
        return path;
    }

    private static Target query(String route, String user, String template, Map<String, String> baseline,
                                Map<String, Kind> kinds, int status) {
        return new Target(route, user, baseline, kinds, values -> {
            Set<String> used = new TreeSet<>();
            String path = path(template, values, used);
            RequestSpecification request = as(user);
            for (Map.Entry<String, String> field : values.entrySet()) {
                if (!used.contains(field.getKey())) {
                    request = request.queryParam(field.getKey(), field.getValue());
                }
            }
            return request.get(path);
        }, Set.of(status), false, false);
    }

    private static Target form(String route, String user, String template, Map<String, String> baseline,
                               Map<String, Kind> kinds, int status) {
        return form(route, user, template, baseline, kinds, status, List.of());
    }

    /** Rows a form with rows sends before the one whose fields are fed (each row's fields in its order). */
    private static List<Map<String, String>> rows(List<Map<String, String>> rows) {
        return rows;
    }

    /** A form with rows: {@code rows} are sent as they are, then the fed fields as one more row. */
    private static Target form(String route, String user, String template, Map<String, String> baseline,
                               Map<String, Kind> kinds, int status, List<Map<String, String>> rows) {
        return new Target(route, user, baseline, kinds, values -> {
            Set<String> used = new TreeSet<>();
            String path = path(template, values, used);
            RequestSpecification request = as(user).contentType("application/x-www-form-urlencoded; charset=UTF-8");
            for (Map<String, String> row : rows) {
                for (Map.Entry<String, String> field : row.entrySet()) {
                    request = request.formParam(field.getKey(), field.getValue());
                }
            }
            for (Map.Entry<String, String> field : values.entrySet()) {
                if (!used.contains(field.getKey())) {
                    request = request.formParam(field.getKey(), field.getValue());
                }
            }
            return request.post(path);
        }, Set.of(status), false, false);
    }

    /** A multipart upload: {@code file} is built from the fields whose names start with {@code cell.}. */
    private static Target multipart(String route, String user, String path, Map<String, String> baseline,
                                    Map<String, Kind> kinds, Function<Map<String, String>, String> file, int status) {
        return new Target(route, user, baseline, kinds, values -> {
            RequestSpecification request = as(user).multiPart("file", "web-import-hostile.csv",
                    file.apply(values).getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
            for (Map.Entry<String, String> field : values.entrySet()) {
                if (!field.getKey().startsWith("cell.")) {
                    request = request.multiPart(field.getKey(), field.getValue());
                }
            }
            return request.post(path);
        }, Set.of(status), false, false);
    }

    /** A JSON body from a template: {@code @name} becomes the field's value as a JSON string (or raw JSON). */
    private static Target json(String route, String user, String method, String template, String body,
                               Map<String, String> baseline, Map<String, Kind> kinds, int status) {
        return new Target(route, user, baseline, kinds, values -> {
            Set<String> used = new TreeSet<>();
            String path = path(template, values, used);
            RequestSpecification request = as(user);
            if (body != null) {
                request = request.contentType("application/json; charset=UTF-8").body(fill(body, values));
            }
            return request.request(method, path);
        }, Set.of(status), false, body != null);
    }

    private static String jsonValue(String value) {
        if (value.startsWith(RAW)) {
            return value.substring(RAW.length());
        }
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    // ---- what the resources declare ---------------------------------------------------------------------------

    /** "METHOD /path name" for every query, path and form parameter and every JSON body field of the resources. */
    private static Set<String> declaredParameters() {
        Set<String> declared = new TreeSet<>();
        for (WebRoutes.WebRoute route : WebRoutes.all()) {
            for (JavaParameter parameter : route.method().getParameters()) {
                String name = parameter.tryGetAnnotationOfType(QueryParam.class).map(QueryParam::value)
                        .or(() -> parameter.tryGetAnnotationOfType(PathParam.class).map(PathParam::value))
                        .or(() -> parameter.tryGetAnnotationOfType(RestForm.class).map(RestForm::value))
                        .orElse(null);
                if (name != null) {
                    declared.add(route.key() + " " + (name.isEmpty() ? parameterName(route.method(), parameter) : name));
                } else if (parameter.getRawType().isRecord()) {
                    recordFields(parameter.getRawType(), 0).forEach(field -> declared.add(route.key() + " " + field));
                }
            }
        }
        return declared;
    }

    /** A {@code @RestForm} without a value is named after the Java parameter (compiled with -parameters). */
    private static String parameterName(JavaMethod method, JavaParameter parameter) {
        try {
            return method.reflect().getParameters()[parameter.getIndex()].getName();
        } catch (RuntimeException e) {
            return "arg" + parameter.getIndex();
        }
    }

    private static Set<String> recordFields(JavaClass record, int depth) {
        Set<String> fields = new TreeSet<>();
        for (java.lang.reflect.RecordComponent component : record.reflect().getRecordComponents()) {
            Class<?> type = component.getType();
            boolean container = type.isRecord() || List.class.isAssignableFrom(type)
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord();
            if (!container) {
                fields.add(component.getName()); // a container is fed through its fields
            }
            if (depth < 3 && type.isRecord()) {
                fields.addAll(recordFields(new ClassFileImporter().importClass(type), depth + 1));
            }
            if (depth < 3 && List.class.isAssignableFrom(type)
                    && component.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                fields.addAll(recordFields(new ClassFileImporter().importClass(element), depth + 1));
            }
        }
        return fields;
    }
}

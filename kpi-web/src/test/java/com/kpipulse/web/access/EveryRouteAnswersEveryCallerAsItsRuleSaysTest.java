package com.kpipulse.web.access;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.WebRoutes;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix, built from the application itself: every route it serves (the JAX-RS resources of
 * {@code com.kpipulse.web} and the routes on its HTTP router, such as {@code /q/*}) × every role × anonymous. Every
 * route needs a rule here; a route without one fails the build (deny by default), and so does a rule for a route
 * that no longer exists. Each rule probes the route with a real token of each demo user and says what each must get.
 * Writes are probed with bodies the use case refuses after the door (so nothing is stored): the door is open when
 * the answer is neither 401 nor 403.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryRouteAnswersEveryCallerAsItsRuleSaysTest {

    private static final List<String> USERS = List.of("ada", "hanna", "mark", "sofia", "vic");
    private static final String ANONYMOUS = "anonymous";
    private static final String ADMIN = "ada";
    private static final String HEAD = "hanna";
    private static final String MARKETER = "mark";
    private static final String SMM = "sofia";
    private static final String VIEWER = "vic";
    private static final Set<String> EVERYONE = Set.copyOf(USERS);
    private static final String SPAN = "from=2026-09-01&to=2026-11-22";
    private static final String NOBODY_ID = UUID.randomUUID().toString();
    private static final String MULTIPART = "multipart";

    /** What a caller must get: OPEN (the door opens: not 401, 403 or 5xx), or an exact status. */
    private record Expect(Integer status) {
        static final Expect OPEN = new Expect(null);
        static final Expect FORBIDDEN = new Expect(403);
        static final Expect LOGIN = new Expect(302);
        static final Expect UNAUTHORIZED = new Expect(401);

        boolean accepts(int actual) {
            return status == null ? actual != 401 && actual != 403 && actual < 500 && actual != 302 : actual == status;
        }
    }

    /** One request to a route and what each caller must get. */
    private record Probe(String method, String uri, String body, String contentType, Map<String, Expect> expected) {
    }

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @Inject
    Router router;

    @BeforeAll
    static void tokens() {
        USERS.forEach(user -> TOKENS.put(user, KeycloakTokens.accessTokenOf(user)));
    }

    @Test
    void everyRouteTheApplicationServesHasARuleAndEveryRuleARoute() {
        Set<String> served = new TreeSet<>(jaxRsRoutes());
        served.addAll(routerRoutes());
        Set<String> ruled = new TreeSet<>(rules().keySet());
        // Quarkus mounts its /q endpoints on a sub-router the main one lists only at times: a ruled /q route that
        // is not listed counts as served when it answers
        rules().forEach((route, probes) -> {
            if (route.startsWith("GET /q") && !served.contains(route)
                    && given().auth().oauth2(TOKENS.get(ADMIN)).redirects().follow(false).get(probes.getFirst().uri())
                    .statusCode() != 404) {
                served.add(route);
            }
        });

        assertThat(served).as("routes without an access rule (add one to rules())").isSubsetOf(ruled);
        assertThat(ruled).as("rules for routes that do not exist").isSubsetOf(served);
    }

    @Test
    void everyCallerGetsWhatTheRuleSays() {
        List<String> wrong = new ArrayList<>();
        rules().forEach((route, probes) -> {
            for (Probe probe : probes) {
                probe.expected().forEach((caller, expect) -> {
                    Response response = send(probe, caller);
                    int status = response.statusCode();
                    if (!expect.accepts(status)) {
                        wrong.add(route + " " + probe.uri() + " as " + caller + ": " + status + ", expected "
                                + (expect.status() == null ? "the door to open" : expect.status()));
                    }
                    if (caller.equals(ANONYMOUS) && probe.uri().startsWith("/api/") && status == 401
                            && response.header("WWW-Authenticate") == null) {
                        wrong.add(route + " as anonymous: 401 without WWW-Authenticate");
                    }
                    if (caller.equals(ANONYMOUS) && status == 302 && !String.valueOf(response.header("Location"))
                            .contains("/protocol/openid-connect/auth")) {
                        wrong.add(route + " as anonymous: redirected elsewhere than to the login page: "
                                + response.header("Location"));
                    }
                    if (probe.uri().startsWith("/api/") && status >= 400 && !String.valueOf(response.contentType())
                            .startsWith("application/json")) {
                        wrong.add(route + " as " + caller + ": error " + status + " is not JSON but "
                                + response.contentType());
                    }
                });
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Response send(Probe probe, String caller) {
        RequestSpecification request = given().redirects().follow(false);
        if (!caller.equals(ANONYMOUS)) {
            request = request.auth().oauth2(TOKENS.get(caller));
        }
        if (MULTIPART.equals(probe.body())) {
            request = request.multiPart("file", "nothing.csv", "not,a,table\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/csv").multiPart("preset", "generic");
        } else if (probe.body() != null) {
            request = request.contentType(probe.contentType()).body(probe.body());
        }
        return request.request(probe.method(), probe.uri());
    }

    // ---- the rules -------------------------------------------------------------------------------------------

    private static Map<String, List<Probe>> rules() {
        Map<String, List<Probe>> rules = new LinkedHashMap<>();
        // pages
        rule(rules, "GET /", page("GET", "/", EVERYONE));
        rule(rules, "GET /lang", page("GET", "/lang?to=en&back=/", EVERYONE));
        rule(rules, "GET /signed-out", probe("GET", "/signed-out", null, null, everybody(new Expect(200))));
        // what a person without a session sees while Keycloak does not answer: public, 503 by design
        rule(rules, "GET /sign-in-unavailable", probe("GET", "/sign-in-unavailable", null, null,
                everybody(new Expect(503))));
        rule(rules, "GET /scorecards/head", page("GET", "/scorecards/head", Set.of(ADMIN, HEAD)));
        rule(rules, "GET /scorecards/marketer", page("GET", "/scorecards/marketer", Set.of(ADMIN, MARKETER)));
        rule(rules, "GET /scorecards/smm", page("GET", "/scorecards/smm", Set.of(ADMIN, SMM)));
        rule(rules, "GET /scorecards/viewer", page("GET", "/scorecards/viewer", EVERYONE));
        rule(rules, "GET /kpis/{code}",
                page("GET", "/kpis/romi", EVERYONE),
                page("GET", "/kpis/profit", Set.of(ADMIN, HEAD, MARKETER)),
                page("GET", "/kpis/cac?channel=vk_ads", Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /kpis/{code}/why",
                page("GET", "/kpis/romi/why?grain=WEEK&day=2026-11-02", EVERYONE),
                page("GET", "/kpis/profit/why?compareTo=LAST_YEAR", Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /goals/{id}/forecast",
                page("GET", "/goals/" + NOBODY_ID + "/forecast?kpi=revenue", EVERYONE));
        rule(rules, "GET /kpis/{code}/why/cause",
                page("GET", "/kpis/revenue/why/cause?grain=WEEK&day=2026-11-02", EVERYONE),
                page("GET", "/kpis/profit/why/cause?grain=MONTH&day=2026-11-02", Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "POST /kpis/{code}/notes",
                form("/kpis/profit/notes", "day=2026-11-02&text=", Set.of(ADMIN, HEAD, MARKETER)),
                form("/kpis/romi/notes", "day=not-a-day&text=x", EVERYONE));
        rule(rules, "GET /budget", page("GET", "/budget?period=2026-W45", EVERYONE),
                page("GET", "/budget?period=2026-W45&kpi=new_customers", Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /imports", page("GET", "/imports", EVERYONE));
        rule(rules, "GET /imports/new", page("GET", "/imports/new", Set.of(ADMIN, MARKETER)));
        rule(rules, "POST /imports/preview", upload("/imports/preview", expect(Set.of(ADMIN, MARKETER), Expect.LOGIN)));
        rule(rules, "POST /imports/confirm", upload("/imports/confirm", expect(Set.of(ADMIN, MARKETER), Expect.LOGIN)));
        rule(rules, "GET /imports/{id}", page("GET", "/imports/" + NOBODY_ID, EVERYONE));
        rule(rules, "GET /imports/progress/{upload}", page("GET", "/imports/progress/" + NOBODY_ID, Set.of(ADMIN, MARKETER)));
        rule(rules, "GET /admin", page("GET", "/admin", Set.of(ADMIN)));
        rule(rules, "GET /admin/kpis", page("GET", "/admin/kpis", Set.of(ADMIN)));
        rule(rules, "GET /admin/kpis/check", page("GET", "/admin/kpis/check?formula=revenue", Set.of(ADMIN)));
        rule(rules, "POST /admin/kpis", form("/admin/kpis", "code=", Set.of(ADMIN)));
        rule(rules, "POST /admin/kpis/delete", form("/admin/kpis/delete", "code=no_such_kpi", Set.of(ADMIN)));
        rule(rules, "GET /admin/values", page("GET", "/admin/values", Set.of(ADMIN)));
        rule(rules, "POST /admin/values", form("/admin/values", "measure=", Set.of(ADMIN)));
        rule(rules, "POST /admin/values/delete", form("/admin/values/delete", "key=no_such_value", Set.of(ADMIN)));
        rule(rules, "GET /admin/channels", page("GET", "/admin/channels", Set.of(ADMIN)));
        rule(rules, "POST /admin/channels", form("/admin/channels", "sourcePattern=a&channel=Not%20A%20Channel",
                Set.of(ADMIN)));
        rule(rules, "GET /admin/channel-catalog", page("GET", "/admin/channel-catalog", Set.of(ADMIN)));
        rule(rules, "POST /admin/channel-catalog", form("/admin/channel-catalog", "code=", Set.of(ADMIN)));
        rule(rules, "GET /admin/scorecards", page("GET", "/admin/scorecards", Set.of(ADMIN)));
        rule(rules, "POST /admin/scorecards", form("/admin/scorecards", "role=viewer&kpis=no_such_kpi", Set.of(ADMIN)));
        rule(rules, "GET /admin/settings", page("GET", "/admin/settings", Set.of(ADMIN)));
        rule(rules, "POST /admin/settings", form("/admin/settings", "currency=", Set.of(ADMIN)));
        rule(rules, "GET /goals", page("GET", "/goals", EVERYONE), page("GET", "/goals?archived=true", EVERYONE));
        rule(rules, "GET /goals/{id}", page("GET", "/goals/" + NOBODY_ID, EVERYONE));
        rule(rules, "POST /goals/{id}/archive", form("/goals/" + NOBODY_ID + "/archive", "version=&archived=true", Set.of(ADMIN)));
        rule(rules, "POST /goals/{id}/delete", form("/goals/" + NOBODY_ID + "/delete", "version=&confirm=true", Set.of(ADMIN)));
        Set<String> runners = Set.of(ADMIN, HEAD);
        Set<String> followers = Set.of(ADMIN, HEAD, MARKETER, SMM);
        String review = "/reviews/" + NOBODY_ID;
        rule(rules, "GET /reviews", page("GET", "/reviews", EVERYONE), page("GET", "/reviews?q=revenue", EVERYONE));
        rule(rules, "POST /reviews", form("/reviews", "week=not-a-week", runners));
        rule(rules, "GET /reviews/{id}", page("GET", review, EVERYONE));
        rule(rules, "POST /reviews/{id}/agenda", form(review + "/agenda", "version=&op=drop&item=1", runners));
        rule(rules, "POST /reviews/{id}/items/{number}/notes", form(review + "/items/1/notes", "text=x", followers));
        rule(rules, "POST /reviews/{id}/items/{number}/decision", form(review + "/items/1/decision",
                "version=0&text=x", runners));
        rule(rules, "POST /reviews/{id}/items/{number}/actions", form(review + "/items/1/actions", "title=", followers));
        rule(rules, "POST /reviews/{id}/attendance", form(review + "/attendance", "version=&present=hanna", runners));
        rule(rules, "POST /reviews/{id}/close", form(review + "/close", "version=", runners));
        rule(rules, "GET /reviews/{id}/minutes", page("GET", review + "/minutes", EVERYONE));
        rule(rules, "GET /reviews/{id}/minutes.md", page("GET", review + "/minutes.md", EVERYONE));
        rule(rules, "GET /reviews/{id}/minutes.pdf", page("GET", review + "/minutes.pdf", EVERYONE));
        rule(rules, "POST /reviews/{id}/addenda", form(review + "/addenda", "text=x", runners));
        rule(rules, "GET /reviews/{id}/present", page("GET", review + "/present", runners));
        rule(rules, "POST /reviews/{id}/present", form(review + "/present", "item=1", runners));
        rule(rules, "GET /reviews/{id}/follow", page("GET", review + "/follow", followers));
        // the stream answers an unknown review with 404 before it starts, so the matrix reads no stream
        rule(rules, "GET /reviews/{id}/events", page("GET", review + "/events", followers));
        rule(rules, "GET /cycles", page("GET", "/cycles", EVERYONE));
        rule(rules, "GET /cycles/{period}", page("GET", "/cycles/2026-W05", EVERYONE));
        rule(rules, "GET /cycles/{period}/anomalies", page("GET", "/cycles/2026-W05/anomalies", EVERYONE));
        rule(rules, "POST /cycles", form("/cycles", "period=not-a-period", Set.of(ADMIN, HEAD)));
        Set<String> proposers = Set.of(ADMIN, HEAD, MARKETER, SMM);
        rule(rules, "GET /actions", page("GET", "/actions", EVERYONE),
                page("GET", "/actions?mine=true&overdue=true&status=PROPOSED", EVERYONE));
        rule(rules, "GET /actions/mine", page("GET", "/actions/mine", EVERYONE));
        rule(rules, "GET /actions/new", page("GET", "/actions/new", proposers));
        rule(rules, "POST /actions", form("/actions", "title=", proposers));
        rule(rules, "GET /actions/{id}", page("GET", "/actions/" + NOBODY_ID, EVERYONE));
        rule(rules, "POST /actions/{id}", form("/actions/" + NOBODY_ID, "version=&title=", proposers));
        rule(rules, "POST /actions/{id}/status", form("/actions/" + NOBODY_ID + "/status", "version=&status=ACCEPTED",
                proposers));
        rule(rules, "POST /actions/{id}/comments", form("/actions/" + NOBODY_ID + "/comments", "version=&text=x",
                proposers));
        rule(rules, "GET /proposals", page("GET", "/proposals?period=2026-W05", EVERYONE),
                page("GET", "/proposals?period=2026-W05&kpi=revenue&channel=vk_ads", EVERYONE));
        rule(rules, "POST /proposals/{id}/accept", form("/proposals/" + NOBODY_ID + "/accept", "version=&owner=",
                proposers));
        rule(rules, "POST /proposals/{id}/reject", form("/proposals/" + NOBODY_ID + "/reject", "version=&reason=",
                proposers));
        rule(rules, "GET /proposals/{id}/curves", page("GET", "/proposals/" + NOBODY_ID + "/curves", EVERYONE));
        rule(rules, "POST /budget/propose", form("/budget/propose", "period=2091-W07&kpi=revenue&maxShift=0.3",
                proposers));
        rule(rules, "GET /admin/goals/new", page("GET", "/admin/goals/new", Set.of(ADMIN)));
        rule(rules, "GET /admin/goals", page("GET", "/admin/goals", Set.of(ADMIN)));
        rule(rules, "GET /admin/goals/{id}", page("GET", "/admin/goals/" + NOBODY_ID, Set.of(ADMIN)));
        rule(rules, "POST /admin/goals/check", form("/admin/goals/check", "title=", Set.of(ADMIN)));
        rule(rules, "POST /admin/goals", form("/admin/goals", "title=", Set.of(ADMIN)));
        rule(rules, "GET /admin/goals/{id}/edit", page("GET", "/admin/goals/" + NOBODY_ID + "/edit", Set.of(ADMIN)));
        rule(rules, "POST /admin/goals/{id}", form("/admin/goals/" + NOBODY_ID, "title=", Set.of(ADMIN)));
        // the API
        rule(rules, "GET /api/v1/kpis", api("GET", "/api/v1/kpis", null, EVERYONE));
        rule(rules, "POST /api/v1/kpis", api("POST", "/api/v1/kpis", "{}", Set.of(ADMIN)));
        rule(rules, "GET /api/v1/kpis/{code}", api("GET", "/api/v1/kpis/romi", null, EVERYONE));
        rule(rules, "PUT /api/v1/kpis/{code}", api("PUT", "/api/v1/kpis/no_such_kpi", "{}", Set.of(ADMIN)));
        rule(rules, "DELETE /api/v1/kpis/{code}", api("DELETE", "/api/v1/kpis/no_such_kpi", null, Set.of(ADMIN)));
        rule(rules, "GET /api/v1/kpis/formula-check", api("GET", "/api/v1/kpis/formula-check?formula=revenue", null, EVERYONE));
        rule(rules, "GET /api/v1/kpis/{code}/values",
                api("GET", "/api/v1/kpis/romi/values?" + SPAN + "&grain=MONTH", null, EVERYONE),
                api("GET", "/api/v1/kpis/profit/values?" + SPAN + "&grain=MONTH", null, Set.of(ADMIN, HEAD, MARKETER)),
                api("GET", "/api/v1/kpis/cac/values?" + SPAN + "&grain=MONTH", null, Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /api/v1/kpis/{code}/analysis",
                api("GET", "/api/v1/kpis/romi/analysis?period=2026-W45", null, EVERYONE),
                api("GET", "/api/v1/kpis/profit/analysis?period=2026-W45", null, Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /api/v1/kpis/{code}/annotations",
                api("GET", "/api/v1/kpis/romi/annotations?" + SPAN, null, EVERYONE),
                api("GET", "/api/v1/kpis/profit/annotations?" + SPAN, null, Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "POST /api/v1/kpis/{code}/annotations",
                api("POST", "/api/v1/kpis/profit/annotations", "{\"day\":\"2026-11-02\",\"text\":\"\"}",
                        Set.of(ADMIN, HEAD, MARKETER)),
                api("POST", "/api/v1/kpis/romi/annotations", "{\"day\":\"2026-11-02\",\"text\":\"\"}", EVERYONE));
        rule(rules, "DELETE /api/v1/kpis/{code}/annotations/{id}",
                api("DELETE", "/api/v1/kpis/romi/annotations/" + NOBODY_ID, null, EVERYONE));
        rule(rules, "GET /api/v1/measures/{code}/values",
                api("GET", "/api/v1/measures/revenue/values?" + SPAN, null, EVERYONE),
                api("GET", "/api/v1/measures/total_costs/values?" + SPAN, null, Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "POST /api/v1/observations", api("POST", "/api/v1/observations", "{}", Set.of(ADMIN, MARKETER)));
        rule(rules, "GET /api/v1/observations/export.csv",
                api("GET", "/api/v1/observations/export.csv?" + SPAN, null, EVERYONE),
                api("GET", "/api/v1/observations/export.csv?" + SPAN + "&measure=total_costs", null,
                        Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /api/v1/budget/reallocation",
                api("GET", "/api/v1/budget/reallocation?period=2026-W45&kpi=revenue", null, EVERYONE),
                api("GET", "/api/v1/budget/reallocation?period=2026-W45&kpi=new_customers", null,
                        Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /api/v1/anomalies", api("GET", "/api/v1/anomalies", null, EVERYONE));
        rule(rules, "POST /api/v1/anomalies/{id}/acknowledge", api("POST",
                "/api/v1/anomalies/visits.manual.seo.2026-01-05.drop/acknowledge", "{}", Set.of(ADMIN, HEAD, MARKETER)));
        rule(rules, "GET /api/v1/imports", api("GET", "/api/v1/imports", null, EVERYONE));
        rule(rules, "GET /api/v1/imports/presets", api("GET", "/api/v1/imports/presets", null, EVERYONE));
        rule(rules, "POST /api/v1/imports", upload("/api/v1/imports", apiExpect(Set.of(ADMIN, MARKETER))));
        rule(rules, "GET /api/v1/imports/{id}", api("GET", "/api/v1/imports/" + NOBODY_ID, null, EVERYONE));
        rule(rules, "GET /api/v1/goals", api("GET", "/api/v1/goals", null, EVERYONE));
        rule(rules, "POST /api/v1/goals", api("POST", "/api/v1/goals", "{}", Set.of(ADMIN)));
        rule(rules, "GET /api/v1/goals/{id}", api("GET", "/api/v1/goals/" + NOBODY_ID, null, EVERYONE));
        rule(rules, "GET /api/v1/goals/{id}/forecast", api("GET", "/api/v1/goals/" + NOBODY_ID + "/forecast", null, EVERYONE));
        rule(rules, "PUT /api/v1/goals/{id}", api("PUT", "/api/v1/goals/" + NOBODY_ID, "{}", Set.of(ADMIN)));
        rule(rules, "DELETE /api/v1/goals/{id}", api("DELETE", "/api/v1/goals/" + NOBODY_ID, null, Set.of(ADMIN)));
        rule(rules, "POST /api/v1/goals/{id}/archive", api("POST", "/api/v1/goals/" + NOBODY_ID + "/archive", "{}", Set.of(ADMIN)));
        rule(rules, "GET /api/v1/actions", api("GET", "/api/v1/actions", null, EVERYONE));
        rule(rules, "POST /api/v1/actions", api("POST", "/api/v1/actions", "{}", Set.of(ADMIN, HEAD, MARKETER, SMM)));
        rule(rules, "GET /api/v1/actions/{id}", api("GET", "/api/v1/actions/" + NOBODY_ID, null, EVERYONE));
        rule(rules, "GET /api/v1/actions/{id}/effect", api("GET", "/api/v1/actions/" + NOBODY_ID + "/effect", null,
                EVERYONE));
        rule(rules, "PUT /api/v1/actions/{id}", api("PUT", "/api/v1/actions/" + NOBODY_ID, "{}",
                Set.of(ADMIN, HEAD, MARKETER, SMM)));
        String reviewApi = "/api/v1/reviews/" + NOBODY_ID;
        rule(rules, "GET /api/v1/reviews", api("GET", "/api/v1/reviews?q=revenue", null, EVERYONE));
        rule(rules, "POST /api/v1/reviews", api("POST", "/api/v1/reviews", "{\"week\":\"not-a-week\"}",
                Set.of(ADMIN, HEAD)));
        rule(rules, "GET /api/v1/reviews/{id}", api("GET", reviewApi, null, EVERYONE));
        rule(rules, "PUT /api/v1/reviews/{id}/agenda", api("PUT", reviewApi + "/agenda", "{\"order\":[]}",
                Set.of(ADMIN, HEAD)));
        rule(rules, "POST /api/v1/reviews/{id}/agenda/items", api("POST", reviewApi + "/agenda/items",
                "{\"section\":\"4\",\"title\":\"x\"}", Set.of(ADMIN, HEAD)));
        rule(rules, "PUT /api/v1/reviews/{id}/agenda/items/{number}", api("PUT", reviewApi + "/agenda/items/1",
                "{\"dropped\":true}", Set.of(ADMIN, HEAD)));
        rule(rules, "PUT /api/v1/reviews/{id}/items/{number}/decision", api("PUT", reviewApi + "/items/1/decision",
                "{\"version\":0,\"text\":\"x\"}", Set.of(ADMIN, HEAD)));
        rule(rules, "POST /api/v1/reviews/{id}/items/{number}/notes", api("POST", reviewApi + "/items/1/notes",
                "{\"text\":\"x\"}", Set.of(ADMIN, HEAD, MARKETER, SMM)));
        rule(rules, "POST /api/v1/reviews/{id}/items/{number}/actions", api("POST", reviewApi + "/items/1/actions",
                "{}", Set.of(ADMIN, HEAD, MARKETER, SMM)));
        rule(rules, "PUT /api/v1/reviews/{id}/attendance", api("PUT", reviewApi + "/attendance",
                "{\"present\":[]}", Set.of(ADMIN, HEAD)));
        rule(rules, "POST /api/v1/reviews/{id}/close", api("POST", reviewApi + "/close", "{}", Set.of(ADMIN, HEAD)));
        rule(rules, "POST /api/v1/reviews/{id}/addenda", api("POST", reviewApi + "/addenda", "{\"text\":\"x\"}",
                Set.of(ADMIN, HEAD)));
        rule(rules, "GET /api/v1/scorecards", api("GET", "/api/v1/scorecards", null, EVERYONE));
        rule(rules, "GET /api/v1/scorecards/{role}", api("GET", "/api/v1/scorecards/viewer", null, EVERYONE));
        rule(rules, "PUT /api/v1/scorecards/{role}", api("PUT", "/api/v1/scorecards/viewer", "{\"kpis\":[]}", Set.of(ADMIN)));
        rule(rules, "GET /api/v1/proposals", api("GET", "/api/v1/proposals?period=2026-W05", null, EVERYONE));
        rule(rules, "POST /api/v1/proposals/{id}/accept", api("POST", "/api/v1/proposals/" + NOBODY_ID + "/accept",
                "{}", Set.of(ADMIN, HEAD, MARKETER, SMM)));
        rule(rules, "POST /api/v1/proposals/{id}/reject", api("POST", "/api/v1/proposals/" + NOBODY_ID + "/reject",
                "{}", Set.of(ADMIN, HEAD, MARKETER, SMM)));
        rule(rules, "POST /api/v1/cycles", api("POST", "/api/v1/cycles", "{\"period\":\"not-a-period\"}",
                Set.of(ADMIN, HEAD)));
        rule(rules, "GET /api/v1/cycles", api("GET", "/api/v1/cycles", null, EVERYONE));
        rule(rules, "GET /api/v1/cycles/{period}", api("GET", "/api/v1/cycles/2026-W05", null, EVERYONE));
        rule(rules, "GET /api/v1/channel-rules", api("GET", "/api/v1/channel-rules", null, EVERYONE));
        rule(rules, "GET /api/v1/channels", api("GET", "/api/v1/channels", null, EVERYONE));
        rule(rules, "PUT /api/v1/channels", api("PUT", "/api/v1/channels", "[]", Set.of(ADMIN)));
        rule(rules, "GET /api/v1/settings", api("GET", "/api/v1/settings", null, EVERYONE));
        rule(rules, "PUT /api/v1/settings", api("PUT", "/api/v1/settings", "{}", Set.of(ADMIN)));
        rule(rules, "PUT /api/v1/channel-rules", api("PUT", "/api/v1/channel-rules",
                "[{\"sourcePattern\":\"\",\"channel\":\"Not A Channel\"}]", Set.of(ADMIN)));
        // Quarkus endpoints: health is public, the API description for signed-in people
        rule(rules, "GET /q/health", probe("GET", "/q/health", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/live", probe("GET", "/q/health/live", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/ready", probe("GET", "/q/health/ready", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/started", probe("GET", "/q/health/started", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/well", probe("GET", "/q/health/well", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/group", probe("GET", "/q/health/group", null, null, everybody(new Expect(200))));
        rule(rules, "GET /q/health/group/*", probe("GET", "/q/health/group/none", null, null, everybody(Expect.OPEN)));
        rule(rules, "GET /q/openapi", page("GET", "/q/openapi", EVERYONE));
        rule(rules, "GET /q", page("GET", "/q", EVERYONE));
        rule(rules, "GET /logout", page("GET", "/logout", EVERYONE));
        // last: it ends the callers' sessions
        rule(rules, "POST /logout", page("POST", "/logout", EVERYONE));
        return rules;
    }

    private static void rule(Map<String, List<Probe>> rules, String route, Probe... probes) {
        rules.put(route, List.of(probes));
    }

    /** A page: the roles get in, other roles a 403, anonymous callers the login page. */
    private static Probe page(String method, String uri, Set<String> roles) {
        return probe(method, uri, null, null, expect(roles, Expect.LOGIN));
    }

    /** A multipart upload of a file no preset can read (refused after the door, nothing stored). */
    private static Probe upload(String uri, Map<String, Expect> expected) {
        return probe("POST", uri, MULTIPART, "multipart/form-data", expected);
    }

    /** A browser form post (a bearer token needs no CSRF token). */
    private static Probe form(String uri, String body, Set<String> roles) {
        return probe("POST", uri, body, "application/x-www-form-urlencoded", expect(roles, Expect.LOGIN));
    }

    /** An API call: the roles get in, other roles a 403, anonymous callers a 401 with WWW-Authenticate. */
    private static Probe api(String method, String uri, String json, Set<String> roles) {
        return probe(method, uri, json, json == null ? null : "application/json", apiExpect(roles));
    }

    private static Map<String, Expect> apiExpect(Set<String> roles) {
        return expect(roles, Expect.UNAUTHORIZED);
    }

    private static Map<String, Expect> expect(Set<String> roles, Expect anonymous) {
        Map<String, Expect> expected = new LinkedHashMap<>();
        expected.put(ANONYMOUS, anonymous);
        USERS.forEach(user -> expected.put(user, roles.contains(user) ? Expect.OPEN : Expect.FORBIDDEN));
        return expected;
    }

    private static Map<String, Expect> everybody(Expect expect) {
        Map<String, Expect> expected = new LinkedHashMap<>();
        expected.put(ANONYMOUS, expect);
        USERS.forEach(user -> expected.put(user, expect));
        return expected;
    }

    private static Probe probe(String method, String uri, String body, String contentType, Map<String, Expect> expected) {
        return new Probe(method, uri, body, contentType, expected);
    }

    // ---- the routes the application serves --------------------------------------------------------------------

    /** Every JAX-RS resource method of the web module, as "METHOD /path/{param}". */
    private static Set<String> jaxRsRoutes() {
        return WebRoutes.all().stream().map(WebRoutes.WebRoute::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The routes on the HTTP router outside JAX-RS (Quarkus endpoints such as health and OpenAPI). */
    private Set<String> routerRoutes() {
        return router.getRoutes().stream().map(Route::getPath)
                .filter(path -> path != null && path.startsWith("/q/"))
                .map(path -> "GET " + (path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

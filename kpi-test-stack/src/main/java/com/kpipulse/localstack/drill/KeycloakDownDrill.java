package com.kpipulse.localstack.drill;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Issue 16: Keycloak is down. People already signed in keep working until their session ends, a new login gets a
 * clear page, and readiness reports it.
 * <p>
 * Both kinds of people are tried: a browser signed in through the code flow (the app's encrypted session cookies;
 * the app checks the tokens in them with the keys it fetched from Keycloak before) and an API client with a bearer
 * token. The session lasts as long as its tokens (the local realm: 10 minutes of access token); renewing it needs
 * Keycloak back.
 */
final class KeycloakDownDrill implements FaultDrill {

    /** A little longer than the app keeps its latest look at Keycloak ({@code SignInProvider}: 5 s). */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(6);

    @Override
    public String name() {
        return "keycloak-down";
    }

    @Override
    public String purpose() {
        return "Keycloak is stopped while hanna is signed in in a browser session (code flow, session cookies) and mark "
                + "holds a bearer token; both keep working, a browser without a session gets the app's own page saying "
                + "sign-in is unavailable (HTTP 503, in Russian) instead of a redirect to a dead Keycloak, and readiness "
                + "reports the OIDC provider DOWN; after Keycloak is back, signing in works again.";
    }

    @Override
    public void run(DrillStack stack, DrillReport report) throws Exception {
        AppClient client = new AppClient(stack);
        BrowserLogin hanna = BrowserLogin.fresh(stack);
        HttpResponse<String> signedIn = report.value("Sign hanna in through the Keycloak login page (code flow)",
                () -> hanna.signIn("/scorecards/head", "hanna"));
        report.check("hanna lands on her scorecard (HTTP " + signedIn.statusCode() + ", " + signedIn.uri().getPath() + ")",
                signedIn.statusCode() == 200 && onApp(stack, signedIn) && signedIn.uri().getPath().equals("/scorecards/head"));
        String token = client.token("mark");

        report.step("Stop Keycloak", stack::stopKeycloak);

        for (String path : new String[] {"/scorecards/head", "/kpis/romi", "/goals"}) {
            HttpResponse<String> page = hanna.get(path);
            report.check("hanna's session still opens " + path + " (HTTP " + page.statusCode() + ")",
                    page.statusCode() == 200 && onApp(stack, page) && page.uri().getPath().equals(path));
        }
        AppClient.Answer api = client.get("/api/v1/kpis/romi", token, Duration.ofSeconds(15));
        report.check("mark's bearer token still reads GET /api/v1/kpis/romi (HTTP " + api.kind() + ")", api.status() == 200);

        report.step("Wait " + LOOK_EVERY.toSeconds() + " s: the app looks at Keycloak at most every 5 s before it sends"
                + " somebody to its login page", () -> Thread.sleep(LOOK_EVERY.toMillis()));
        HttpResponse<String> newcomer;
        try {
            newcomer = report.value("A browser without a session opens /scorecards/head",
                    () -> BrowserLogin.fresh(stack).get("/scorecards/head"));
        } catch (IOException e) {
            report.check("the newcomer gets an answer from the app, not a redirect to the dead Keycloak ("
                    + e.getClass().getSimpleName() + ")", false);
            stack.startKeycloak();
            return;
        }
        report.note("the newcomer gets HTTP " + newcomer.statusCode() + " from " + newcomer.uri() + ": «"
                + Pages.headline(newcomer.body()) + "»");
        report.check("the newcomer gets the app's own page, 503, not a redirect to the dead Keycloak",
                newcomer.statusCode() == 503 && onApp(stack, newcomer));
        report.check("the page says it readably, in Russian, without a stack trace",
                Pages.readable(newcomer.body()) && newcomer.body().contains("Вход временно недоступен"));

        AppClient.Answer ready = client.get("/q/health/ready", null, Duration.ofSeconds(15));
        report.note("readiness while Keycloak is down: HTTP " + ready.kind() + " " + Pages.compact(ready.body()));
        report.check("readiness answers DOWN with the OIDC provider's check DOWN (HTTP " + ready.kind() + ", in "
                        + DrillReport.seconds(ready.took()) + ")",
                ready.status() == 503 && Readiness.says(ready.body(), Readiness.OIDC, "DOWN")
                        && Readiness.says(ready.body(), Readiness.DATABASE, "UP"));

        report.step("Start Keycloak again", stack::startKeycloak);
        AppClient.Answer back = awaitReady(client);
        report.check("readiness is UP again (HTTP " + back.kind() + ")", back.status() == 200);
        HttpResponse<String> again = report.value("Sign vic in anew",
                () -> BrowserLogin.fresh(stack).signIn("/scorecards/viewer", "vic"));
        report.check("signing in works again (HTTP " + again.statusCode() + ", " + again.uri().getPath() + ")",
                again.statusCode() == 200 && onApp(stack, again) && again.uri().getPath().equals("/scorecards/viewer"));
        HttpResponse<String> stillHanna = hanna.get("/scorecards/head");
        report.check("hanna's session went on through it all (HTTP " + stillHanna.statusCode() + ")",
                stillHanna.statusCode() == 200 && onApp(stack, stillHanna));
    }

    private static boolean onApp(DrillStack stack, HttpResponse<String> page) {
        return page.uri().getPort() == DrillStack.APP_PORT;
    }

    private static AppClient.Answer awaitReady(AppClient client) throws IOException, InterruptedException {
        AppClient.Answer ready = client.get("/q/health/ready", null, Duration.ofSeconds(15));
        for (int i = 0; i < 60 && ready.status() != 200; i++) {
            Thread.sleep(1_000);
            ready = client.get("/q/health/ready", null, Duration.ofSeconds(15));
        }
        return ready;
    }
}

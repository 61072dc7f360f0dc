package com.kpipulse.web.scorecard;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryRoleOpensItsOwnScorecardTest {

    @Test
    void theHeadSeesGoalsAndHerKpisAndSoDoesTheAdmin() {
        for (String user : new String[]{"hanna", "ada"}) {
            page(user, "/scorecards/head").then().statusCode(200)
                    .body(allOf(containsString("id=\"scorecard-title\""), containsString("Руководитель отдела маркетинга"),
                            containsString("id=\"kpi-romi\""), containsString("id=\"goals\""),
                            containsString("Свежесть данных"), containsString("id=\"scorecard-messages\" class=\"sc-messages\" role=\"alert\""),
                            not(containsString("id=\"by-channel\""))));
        }
    }

    @Test
    void theMarketerSeesTheChannelTableAndTheFunnel() {
        for (String user : new String[]{"mark", "ada"}) {
            page(user, "/scorecards/marketer").then().statusCode(200)
                    .body(allOf(containsString("Маркетолог"), containsString("id=\"by-channel\""),
                            containsString("id=\"channel-total\""), containsString("id=\"funnel\""),
                            containsString("id=\"kpi-cpc\""), not(containsString("id=\"goals\""))));
        }
    }

    @Test
    void theSmmSpecialistSeesHerSocialKpis() {
        for (String user : new String[]{"sofia", "ada"}) {
            page(user, "/scorecards/smm").then().statusCode(200)
                    .body(allOf(containsString("SMM-специалист"), containsString("Прирост подписчиков"),
                            containsString("Вовлечённость"), containsString("id=\"kpi-engagement_rate\""),
                            containsString("id=\"by-network\""), containsString("name=\"channel\" value=\"telegram\""),
                            not(containsString("name=\"channel\" value=\"vk_ads\""))));
        }
    }

    @Test
    void everybodyMayOpenTheReadOnlyOverview() {
        for (String user : new String[]{"vic", "sofia", "ada"}) {
            page(user, "/scorecards/viewer").then().statusCode(200)
                    .body(allOf(containsString("Наблюдатель"), containsString("id=\"goals\"")));
        }
    }

    @Test
    void aWrongRoleGetsAReadableRefusalNotAStackTrace() {
        page("sofia", "/scorecards/head").then().statusCode(403)
                .body(allOf(containsString("Доступ запрещён"), not(containsString("Exception"))));
        page("vic", "/scorecards/marketer").then().statusCode(403).body(containsString("Доступ запрещён"));
        page("mark", "/scorecards/smm").then().statusCode(403).body(containsString("Доступ запрещён"));
    }

    @Test
    void anHtmxRequestGetsOnlyTheTableFragment() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).header("HX-Request", "true")
                .queryParam("grain", "WEEK").queryParam("day", "2023-04-12")
                .when().get("/scorecards/head")
                .then().statusCode(200)
                .body(allOf(containsString("id=\"scorecard-table\""), containsString("неделя 15"),
                        not(containsString("<html")), not(containsString("id=\"scorecard-filter\"")),
                        not(containsString("id=\"scorecard-title\""))));
    }

    @Test
    void unusableParametersAreRefusedWithTheirReasonNotSilentlyReplaced() {
        page("hanna", "/scorecards/head?grain=HOUR").then().statusCode(400)
                .body(allOf(containsString("id=\"invalid-input\""), containsString("«HOUR» — не шаг периода")));
        page("hanna", "/scorecards/head?day=31.02.2023").then().statusCode(400)
                .body(containsString("«31.02.2023» — не дата"));
        page("hanna", "/scorecards/head?day=-999999999-01-01").then().statusCode(400);
        page("hanna", "/scorecards/head?channel=<script>").then().statusCode(400)
                .body(allOf(containsString("нет канала «&lt;script&gt;»"), not(containsString("<script>"))));
        page("hanna", "/scorecards/head?grain=week&channel=vk_ads").then().statusCode(200)
                .body(containsString("id=\"scorecard-table\""));
    }

    private static io.restassured.response.Response page(String user, String path) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).redirects().follow(false)
                .when().get(path);
    }
}

package com.kpipulse.web.cycle;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests through SEO typed in day by day from 4 January to 14 March 2021, about 200 a day; on Wednesday 10 March
 * only 40. The head runs the cycle of week 10 (8–14 March 2021) and the marketer acknowledges the drop. The cycle's
 * page comes without judging the period's data: its anomalies section says it is loading and loads itself with htmx
 * from {@code /cycles/2021-W10/anomalies}, which lists the drop with its evidence and who acknowledged it, by name;
 * opened without scripts, that address is the cycle's page with the anomalies in it.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheCyclePageComesAtOnceAndLoadsItsAnomaliesBesideItTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 4);
    private static final LocalDate LAST = LocalDate.of(2021, 3, 14);
    private static final LocalDate DROP_DAY = LocalDate.of(2021, 3, 10);
    private static final String PERIOD = "2021-W10";
    private static final String DROP = "anomaly-requests.manual.seo.2021-03-10.drop";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void requestsWithADropAndTheWeeksCycle() throws SQLException {
        clean();
        List<String> values = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            int value = day.equals(DROP_DAY) ? 40 : 200 + (day.getDayOfYear() * 7) % 11;
            values.add("{\"measure\":\"requests\",\"periodStart\":\"%s\",\"channel\":\"seo\",\"value\":\"%d\"}"
                    .formatted(day, value));
        }
        as("ada").contentType("application/json")
                .body("{\"source\":\"manual\",\"observations\":[" + String.join(",", values) + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
        as("hanna").contentType("application/json").body("{\"period\":\"" + PERIOD + "\"}").post("/api/v1/cycles")
                .then().statusCode(200);
        as("mark").contentType("application/json").body("{\"note\":\"форму заявки чинили\"}")
                .post("/api/v1/anomalies/requests.manual.seo.2021-03-10.drop/acknowledge").then().statusCode(200);
    }

    @AfterEach
    void clean() throws SQLException {
        Sql sql = new Sql(dataSource);
        sql.execute("delete from observation where measure = 'requests' and period_start between date '" + FIRST
                + "' and date '" + LAST + "'");
        sql.execute("delete from anomaly_acknowledgement where anomaly_id like 'requests.manual.seo.2021-%'");
        sql.execute("delete from cycle_snapshot where period_code = '" + PERIOD + "'");
    }

    @Test
    void thePageSaysItIsLoadingTheAnomaliesAndDoesNotListThemItself() {
        String page = as("hanna").get("/cycles/" + PERIOD).then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"cycle-anomalies\"", "hx-get=\"/cycles/" + PERIOD + "/anomalies\"",
                "hx-trigger=\"load\"", "id=\"anomalies-heading\"", "Загрузка…",
                "href=\"/cycles/" + PERIOD + "/anomalies#anomalies-heading\"", "id=\"deviations-heading\"");
        assertThat(page).as("the anomalies are not judged for the page").doesNotContain(DROP, "id=\"anomalies\"",
                "id=\"no-anomalies\"");
    }

    @Test
    void theFragmentListsTheDropWithItsEvidenceAndWhoAcknowledgedItByName() {
        String fragment = as("hanna").header("HX-Request", "true").get("/cycles/" + PERIOD + "/anomalies")
                .then().statusCode(200).extract().asString();

        assertThat(fragment).contains("id=\"cycle-anomalies\"", "id=\"anomalies\"", "id=\"" + DROP + "\"",
                "Ручной ввод", "SEO", "10.03.2021", "Mark Marketer", "форму заявки чинили");
        assertThat(fragment).as("the section alone, loaded: no page around it, no second load")
                .doesNotContain("<html", "hx-get", "Загрузка");

        String english = as("hanna").cookie("kpi_lang", "en").header("HX-Request", "true")
                .get("/cycles/" + PERIOD + "/anomalies").then().statusCode(200).extract().asString();
        assertThat(english).contains("Anomalies in the incoming data", "Manual entry", "2021-03-10", "by Mark Marketer")
                .doesNotContain("Ручной ввод");
    }

    @Test
    void withoutScriptsTheLinkOpensTheCyclesPageWithTheAnomaliesInIt() {
        String page = as("vic").get("/cycles/" + PERIOD + "/anomalies").then().statusCode(200).extract().asString();

        assertThat(page).contains("<html", "id=\"cycle-title\"", "id=\"deviations-heading\"", "id=\"cycle-anomalies\"")
                .doesNotContain("hx-trigger=\"load\"", "Загрузка…");
    }

    @Test
    void whoRanTheCycleIsNamedAndTheWeekSaysItsDaysAndYear() {
        String page = as("hanna").get("/cycles/" + PERIOD).then().statusCode(200).extract().asString();
        String list = as("hanna").get("/cycles").then().statusCode(200).extract().asString();

        assertThat(page).contains("Цикл: неделя 10, 8–14 марта 2021").containsPattern("id=\"cycle-ran\"[^>]*>[^<]*Hanna Head");
        String row = list.substring(list.indexOf("id=\"cycle-" + PERIOD + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("неделя 10, 8–14 марта 2021", "<td>Hanna Head</td>")
                .doesNotContain("<td>hanna</td>");
        assertThat(as("hanna").cookie("kpi_lang", "en").get("/cycles/" + PERIOD).then().statusCode(200).extract()
                .asString()).contains("Cycle: week 10, 8–14 Mar 2021", "by Hanna Head");
    }

    @Test
    void aPeriodWithoutACycleHasNoAnomaliesToLoadAndAPeriodThatIsNoneIsRefused() {
        as("hanna").header("HX-Request", "true").get("/cycles/2021-W11/anomalies").then().statusCode(404);
        assertThat(as("hanna").header("HX-Request", "true").get("/cycles/2021-W60/anomalies").then().statusCode(400)
                .extract().asString()).contains("не период цикла");
        assertThat(as("hanna").get("/cycles/2021-W11").then().statusCode(404).extract().asString())
                .contains("Цикл за неделю 11 (15–21 марта 2021) ещё не запускали.");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }
}

package com.kpipulse.web.correction;

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
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

/**
 * «Сработало ли?» over the API and the action's page, on days of 2012 no other test writes to: about 2 000 visits a day
 * in each of VK Ads, Yandex Direct and SEO, 3 % of them buying, from sixteen weeks before 4 June 2012, when the action
 * on VK Ads started, to 6 July, two weeks after its due date; from the start VK Ads converts a third better while the
 * others stay.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhetherAnActionWorkedIsMeasuredOnItsKpiAndShownOnItsPageTest {

    private static final String SOURCE = "action_effect_test";
    private static final String MARK = "[action-effect-test]";
    private static final LocalDate START = LocalDate.of(2012, 6, 4);
    private static final LocalDate DUE = LocalDate.of(2012, 6, 22);
    private static final LocalDate WINDOW_END = DUE.plusDays(14);
    private static final String[] CHANNELS = {"vk_ads", "yandex_direct", "seo"};

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void cleanUp() throws SQLException {
        Sql sql = new Sql(dataSource);
        sql.execute("delete from corrective_action where title like '" + MARK + "%'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8");
    }

    @Test
    void vkAdsConversionThatRoseAfterTheStartWhileTheOthersStayedWorked() throws SQLException {
        seedConversions();
        String id = UUID.randomUUID().toString();
        new Sql(dataSource).execute("""
                insert into corrective_action (id, title, kpi, channels, owner, due_date, hypothesis, status, created_by,
                    created_at)
                values ('%s', '%s Новая посадочная для VK', 'conversion_rate', 'vk_ads', 'sofia', '%s',
                    'Старая страница грузилась 6 секунд', 'DONE', 'hanna', '%sT09:00:00+03:00')"""
                .formatted(id, MARK, DUE, START));

        as("hanna").get("/api/v1/actions/" + id + "/effect").then().log().ifValidationFails().statusCode(200)
                .body("verdict", equalTo("WORKED"), "method", equalTo("DID"), "kpi.code", equalTo("conversion_rate"),
                        "controlChannels.code", org.hamcrest.Matchers.contains("yandex_direct", "seo"),
                        "controlChannels[0].nameRu", equalTo("Яндекс Директ"),
                        "window.start", equalTo(START.toString()), "window.end", equalTo(WINDOW_END.toString()),
                        "effect.low", greaterThan(0f), "relativeEffect.estimate", greaterThan(0.15f),
                        "summary.ru", containsString("Сработало"), "summary.en", containsString("Worked"),
                        "reason", nullValue());

        String russian = as("hanna").get("/actions/" + id).then().statusCode(200).extract().asString();
        assertThat(russian).contains("Сработало ли?", "сработало", "Без действия было бы", "Яндекс Директ, SEO",
                "04.06.2012");
        String english = as("hanna").cookie("kpi_lang", "en").get("/actions/" + id).then().statusCode(200).extract()
                .asString();
        assertThat(english).contains("Did it work?", "worked", "Without the action", "Yandex Direct, SEO");
    }

    @Test
    void beforeTheWindowIsOverTheEffectIsNotYetMeasured() {
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7);
        String id = as("hanna").body("""
                        {"title":"%s Новая посадочная для VK","kpi":"conversion_rate","channels":["vk_ads"],
                         "owner":"sofia","dueDate":"%s"}""".formatted(MARK, due))
                .post("/api/v1/actions").then().statusCode(201).extract().path("id");

        as("hanna").get("/api/v1/actions/" + id + "/effect").then().statusCode(200)
                .body("verdict", equalTo("NOT_YET"), "method", nullValue(), "effect", nullValue(),
                        "window.end", equalTo(due.plusDays(14).toString()),
                        "reason.en", containsString(Integer.toString(due.plusDays(14).getYear())));
        assertThat(as("hanna").get("/actions/" + id).then().statusCode(200).extract().asString())
                .contains("Сработало ли?", "Измерим после");
        as("hanna").get("/api/v1/actions/" + UUID.randomUUID() + "/effect").then().statusCode(404);
    }

    private void seedConversions() {
        Random noise = new Random(2012);
        StringJoiner observations = new StringJoiner(",\n");
        for (LocalDate day = START.minusWeeks(16); !day.isAfter(WINDOW_END); day = day.plusDays(1)) {
            for (String channel : CHANNELS) {
                double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
                long visits = Math.round(2000 * weekday * (1 + 0.05 * noise.nextGaussian()));
                double rate = 0.03 * (channel.equals("vk_ads") && !day.isBefore(START) ? 1.35 : 1.0);
                double mean = visits * rate;
                long orders = Math.max(0, Math.round(mean + Math.sqrt(mean) * noise.nextGaussian()));
                observations.add(value("visits", day, channel, visits));
                observations.add(value("orders", day, channel, orders));
            }
        }
        as("ada").body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }

    private static String value(String measure, LocalDate day, String channel, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"}"
                .formatted(measure, day, channel, value);
    }
}

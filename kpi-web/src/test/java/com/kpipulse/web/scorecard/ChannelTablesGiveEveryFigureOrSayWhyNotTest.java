package com.kpipulse.web.scorecard;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * June 2021, a quiet corner of the calendar: VK Ads with every figure of the channel economics, SEO without ads and
 * without new customers, sales costs kept for the company only, and the SMM specialist's two networks. Monthly buyers
 * for LTV, which a week cannot have.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChannelTablesGiveEveryFigureOrSayWhyNotTest {

    private static final String SOURCE = "channel_tables_test";
    private static final String NBSP = "\u00A0";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seed() throws SQLException {
        cleanUp();
        StringJoiner values = new StringJoiner(",");
        values.add(money("marketing_spend", "vk_ads", 30_000)).add(money("ad_spend", "vk_ads", 25_000))
                .add(count("clicks", "vk_ads", 500)).add(count("target_actions", "vk_ads", 50))
                .add(count("visits", "vk_ads", 450)).add(count("leads", "vk_ads", 45))
                .add(count("new_customers", "vk_ads", 10)).add(money("revenue", "vk_ads", 90_000))
                .add(money("marketing_spend", "seo", 5_000)).add(count("visits", "seo", 2_000))
                .add(count("leads", "seo", 60)).add(count("new_customers", "seo", 0)).add(money("revenue", "seo", 40_000))
                .add(money("sales_spend", null, 15_000))
                .add(count("followers", "smm_vk", 3_000)).add(count("followers", "telegram", 700))
                .add(count("reach", "smm_vk", 20_000)).add(count("engagements", "smm_vk", 600))
                .add(count("visits", "telegram", 150)).add(count("social_orders", "telegram", 4));
        for (String month : new String[]{"2021-04-01", "2021-05-01", "2021-06-01"}) {
            values.add("{\"measure\":\"active_customers\",\"periodStart\":\"" + month
                    + "\",\"grain\":\"MONTH\",\"channel\":\"seo\",\"value\":\"200\"}");
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where source_system = '" + SOURCE + "'");
        }
    }

    @Test
    void theChannelEconomicsGiveEachChannelsFiguresAndTheTotalInOneSortableTable() {
        String html = marketer("MONTH", "2021-06-15");
        String table = element(html, "table", "by-channel-table");

        assertThat(table).contains("data-sortable", "<tfoot>", "Затраты на маркетинг", "Клики по рекламе",
                "href=\"/kpis/cpc?grain=MONTH&amp;day=2021-06-01\"", "href=\"/kpis/romi?grain=MONTH&amp;day=2021-06-01\"");
        String vk = row(table, "channel-vk_ads");
        assertThat(vk).contains(rub("30" + NBSP + "000,00"), rub("50,00"), rub("500,00"), "360,0" + NBSP + "%",
                "200,0" + NBSP + "%", "data-sort=\"2\"");
        // CAC of a channel: sales costs are kept for the company only, so it is on marketing spend, and says so
        assertThat(vk).contains(rub("3" + NBSP + "000,00") + "<span class=\"sc-stood-in\"",
                "Нет данных «Затраты на продажи» по этому каналу — показан «CAC по маркетинговым затратам»");
        String seo = row(table, "channel-seo");
        assertThat(seo).contains("«Новые клиенты» за этот период — 0, делить не на что.",
                "Нет данных «Расходы на рекламу» за этот период.", "700,0" + NBSP + "%");
        // the total is the scorecard's own CAC, sales costs included: (35 000 + 15 000) / 10
        String total = row(table, "channel-total");
        assertThat(total).contains("Все каналы", rub("5" + NBSP + "000,00"), rub("130" + NBSP + "000,00"), "271,4" + NBSP + "%")
                .doesNotContain("sc-stood-in");
        assertThat(html).contains("«Стоимость привлечения клиента» канала — это «CAC по маркетинговым затратам»",
                "Без данных за этот период:", "Переходы с сайтов");
    }

    @Test
    void theSmmSpecialistGetsATablePerSocialNetworkAndFiltersByNetworksOnly() {
        String html = given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).queryParam("grain", "MONTH")
                .queryParam("day", "2021-06-15").when().get("/scorecards/smm").then().statusCode(200).extract().asString();

        String filter = element(html, "fieldset", null);
        assertThat(filter).contains("Соцсети", "value=\"smm_vk\"", "value=\"telegram\"").doesNotContain("value=\"vk_ads\"",
                "value=\"seo\"");
        String table = element(html, "table", "by-network-table");
        assertThat(table).contains("Подписчики", "Прирост подписчиков", "Охват публикаций", "Вовлечённость",
                "Переходы из соцсетей", "Продажи из соцсетей", "href=\"/kpis/engagement_rate?grain=MONTH&amp;day=2021-06-01\"");
        assertThat(row(table, "channel-smm_vk")).contains("3" + NBSP + "000", "20" + NBSP + "000", "3,0" + NBSP + "%");
        assertThat(row(table, "channel-telegram")).contains("700", "150", ">4<",
                "Нет данных «Переходы из соцсетей» по этому каналу — показан «Посещаемость сайта»");
    }

    @Test
    void ltvInAWeekOrAQuarterSaysItsBuyersAreCountedPerMonthAndLinksTheMonth() {
        for (String grain : new String[]{"WEEK", "QUARTER"}) {
            String ltv = row(marketer(grain, "2021-06-15"), "kpi-ltv");
            assertThat(ltv).as(grain).contains("«Активные клиенты (купившие в периоде)» учитываются только помесячно",
                    ">за месяц</a>", "href=\"/scorecards/marketer?grain=MONTH&amp;day=2021-06-01\"");
        }
        assertThat(row(marketer("MONTH", "2021-06-15"), "kpi-ltv")).doesNotContain("учитываются только помесячно");
    }

    private static String marketer(String grain, String day) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).queryParam("grain", grain).queryParam("day", day)
                .when().get("/scorecards/marketer").then().statusCode(200).extract().asString();
    }

    private static String money(String measure, String channel, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"2021-06-10\",\"grain\":\"DAY\",%s\"value\":\"%d\",\"currency\":\"RUB\"}"
                .formatted(measure, channel == null ? "" : "\"channel\":\"" + channel + "\",", value);
    }

    private static String count(String measure, String channel, long value) {
        return "{\"measure\":\"%s\",\"periodStart\":\"2021-06-10\",\"grain\":\"DAY\",\"channel\":\"%s\",\"value\":\"%d\"}"
                .formatted(measure, channel, value);
    }

    private static String rub(String digits) {
        return digits + NBSP + "₽";
    }

    private static String element(String html, String tag, String id) {
        Matcher matcher = Pattern.compile("<" + tag + "[^>]*" + (id == null ? "" : "id=\"" + id + "\"") + ".*?</" + tag + ">",
                Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("%s %s on the page", tag, id).isTrue();
        return matcher.group();
    }

    private static String row(String html, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + id + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(matcher.find()).as("row %s on the page", id).isTrue();
        return matcher.group();
    }
}

package com.kpipulse.web.review;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the meeting, through the doors with real tokens: week 20 of 2023 (15–21 May), social traffic far short of its
 * goal; the head decides in Russian, the marketer gives the SMM specialist an action, the head and the marketer
 * attend and rate the meeting. The minutes come as a PDF that reads back as the Markdown says them, Cyrillic
 * included, for a viewer too; each participant with an address gets the recap by mail, once the close is stored.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AfterTheMeetingTheMinutesComeInPdfAndEachParticipantGetsTheRecapTest {

    private static final String SOURCE = "recap_test";
    private static final String WEEK = "2023-W20";
    private static final String DECISION = "Удвоить бюджет VK Рекламы до конца мая: +50 000 ₽";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MockMailbox mailbox;

    private String goalId;
    private final List<String> actionIds = new ArrayList<>();

    @BeforeEach
    void weekWithACycle() throws SQLException {
        cleanUp();
        seed("2023-05-15", "40", "2023-05-17", "30", "2023-05-21", "30");
        goalId = TestGoals.create("""
                {"title":"Соцсети в мае","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-05-15","deadline":"2023-05-21",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        as("hanna").contentType("application/json").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles")
                .then().log().ifValidationFails().statusCode(200);
        mailbox.clear();
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        for (String action : actionIds) {
            sql.execute("delete from corrective_action where id = '" + java.util.UUID.fromString(action) + "'");
        }
        actionIds.clear();
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void theMinutesReadBackFromThePdfAsTheMarkdownSaysThemAndAnOpenReviewsPdfIsItsDraft() throws IOException {
        String id = startedWithADecision();

        as("hanna").get("/reviews/" + id + "/minutes.md").then().statusCode(200);
        Response draft = as("hanna").get("/reviews/" + id + "/minutes.pdf");
        draft.then().statusCode(200);
        assertThat(textOf(draft)).as("an open review's PDF is its draft, as its Markdown is")
                .contains("Черновик: обзор ещё идёт", DECISION);
        as("vic").get("/reviews/" + id + "/minutes.md").then().statusCode(403);
        as("vic").get("/reviews/" + id + "/minutes.pdf").then().statusCode(403);

        closedWithHannaAndMark(id);

        Response pdf = as("vic").get("/reviews/" + id + "/minutes.pdf");
        pdf.then().statusCode(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("review-" + WEEK + ".pdf");
        String text = textOf(pdf);
        assertThat(text).contains(DECISION, "неделя 20, 15–21 мая 2023", "Переходы из соцсетей", "Mark Marketer (9)")
                .doesNotContain("Черновик");
        assertThat(textOf(as("vic").cookie("kpi_lang", "en").get("/reviews/" + id + "/minutes.pdf")))
                .contains("week 20, 15–21 May 2023", "Visits from social networks", DECISION);
        assertThat(as("vic").get("/reviews/" + id + "/minutes").then().statusCode(200).extract().asString())
                .contains("id=\"review-pdf\"", "/reviews/" + id + "/minutes.pdf");
    }

    @Test
    void closingMailsEachParticipantWithAnAddressTheRecapAndARefusedCloseMailsNobody() {
        String id = startedWithADecision();
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7);
        actionIds.add(json("mark").body("""
                        {"title":"Новые креативы для соцсетей","kpi":"social_traffic","owner":"sofia","dueDate":"%s"}"""
                        .formatted(due)).post(itemPath(id, kpiItem(id)) + "/actions")
                .then().log().ifValidationFails().statusCode(201).extract().path("action"));
        json("hanna").body("{\"present\":[\"hanna\",\"mark\"]}").put("/api/v1/reviews/" + id + "/attendance")
                .then().statusCode(200);

        json("hanna").body("{\"version\":1,\"ratings\":{}}").post("/api/v1/reviews/" + id + "/close")
                .then().statusCode(409);
        assertThat(mailbox.getTotalMessagesSent()).as("a refused close mails nobody").isZero();

        json("hanna").body("{\"ratings\":{\"hanna\":8,\"mark\":9}}").post("/api/v1/reviews/" + id + "/close")
                .then().log().ifValidationFails().statusCode(200);

        assertThat(mailbox.getTotalMessagesSent()).isEqualTo(2);
        assertThat(mailbox.getMailsSentTo("mark@kpi-pulse.local")).hasSize(1);
        Mail hannas = mailbox.getMailsSentTo("hanna@kpi-pulse.local").getFirst();
        assertThat(hannas.getSubject()).isEqualTo("Итоги обзора недели 20 (15–21 мая 2023)");
        assertThat(hannas.getText()).contains(DECISION, "Новые креативы для соцсетей — ответственный: Sofia Smm, срок: "
                + dateInRussian(due), "KPI, которые отстают\n- Переходы из соцсетей", "Оценка встречи: 8,5 из 10");
    }

    private String startedWithADecision() {
        String id = json("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then()
                .log().ifValidationFails().statusCode(201).extract().path("id");
        json("hanna").body("{\"version\":0,\"text\":\"" + DECISION + "\"}").put(itemPath(id, kpiItem(id)) + "/decision")
                .then().statusCode(200);
        return id;
    }

    private void closedWithHannaAndMark(String id) {
        json("hanna").body("{\"present\":[\"hanna\",\"mark\"]}").put("/api/v1/reviews/" + id + "/attendance")
                .then().statusCode(200);
        json("hanna").body("{\"ratings\":{\"hanna\":8,\"mark\":9}}").post("/api/v1/reviews/" + id + "/close")
                .then().log().ifValidationFails().statusCode(200);
    }

    private static int kpiItem(String id) {
        return json("hanna").get("/api/v1/reviews/" + id).then().statusCode(200).extract()
                .path("items.find { it.kpi == 'social_traffic' && it.channel == null }.number");
    }

    /** The text of every page, as a reader of the PDF reads it. */
    private static String textOf(Response pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.asByteArray());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String dateInRussian(LocalDate day) {
        return "%02d.%02d.%d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private static String itemPath(String id, int item) {
        return "/api/v1/reviews/" + id + "/items/" + item;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }

    private static RequestSpecification json(String user) {
        return as(user).contentType("application/json; charset=UTF-8");
    }

    private static void seed(String... dayValuePairs) {
        StringBuilder observations = new StringBuilder();
        for (int i = 0; i < dayValuePairs.length; i += 2) {
            observations.append(observations.isEmpty() ? "" : ",").append(
                    "{\"measure\":\"social_visits\",\"periodStart\":\"%s\",\"grain\":\"DAY\",\"value\":\"%s\"}"
                            .formatted(dayValuePairs[i], dayValuePairs[i + 1]));
        }
        as("ada").contentType("application/json")
                .body("{\"source\":\"" + SOURCE + "\",\"observations\":[" + observations + "]}")
                .when().post("/api/v1/observations").then().log().ifValidationFails().statusCode(200);
    }
}

package com.kpipulse.web.security;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Markup written into a weekly review (a note, a decision, an item of the head's own and an addendum) is kept as the
 * person wrote it and shown as text wherever the review is shown: the agenda, the presenter's and the followers'
 * views, the minutes. Nothing of it runs. Week 10 of 2019, which no other test writes to.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhatPeopleWriteIntoAReviewIsShownAsTextNeverRunTest {

    private static final String SOURCE = "review_xss_test";
    private static final String WEEK = "2019-W10";
    private static final String NOTE = "<script>alert('n')</script> бюджет кончился";
    private static final String DECISION = "<img src=x onerror=alert(1)> перенести бюджет";
    private static final String ITEM = "'><svg onload=alert(2)> разное";
    private static final String ADDENDUM = "<iframe src=javascript:alert(3)></iframe> поправка";

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8")
                .header("Accept-Language", "ru");
    }

    @Test
    void markupInAReviewsTextsIsKeptAndShownEscapedOnEveryView() {
        as("ada").body("""
                {"source":"%s","observations":[
                  {"measure":"social_visits","periodStart":"2019-03-04","grain":"DAY","value":"40"},
                  {"measure":"social_visits","periodStart":"2019-03-10","grain":"DAY","value":"40"}]}"""
                .formatted(SOURCE)).post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 10","objective":"TRAFFIC","owner":"sofia",
                 "start":"2019-03-04","deadline":"2019-03-10",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        as("hanna").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);
        String id = as("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then().statusCode(201)
                .extract().path("id");
        String items = "/api/v1/reviews/" + id + "/items/1";

        as("sofia").body("{\"text\":\"" + NOTE.replace("\"", "\\\"") + "\"}").post(items + "/notes").then()
                .statusCode(201);
        as("hanna").body("{\"version\":0,\"text\":\"" + DECISION + "\"}").put(items + "/decision").then()
                .statusCode(200);
        long version = as("hanna").get("/api/v1/reviews/" + id).then().statusCode(200).extract()
                .<Integer>path("version").longValue();
        as("hanna").body("{\"version\":" + version + ",\"section\":\"6\",\"title\":\"" + ITEM + "\"}")
                .post("/api/v1/reviews/" + id + "/agenda/items").then().statusCode(200);
        assertThat(as("hanna").get("/api/v1/reviews/" + id).then().statusCode(200).extract()
                .<String>path("items[0].decision")).as("kept as written").isEqualTo(DECISION);

        List<String> views = List.of(
                as("hanna").get("/reviews/" + id).then().statusCode(200).extract().asString(),
                as("hanna").get("/reviews/" + id + "/present").then().statusCode(200).extract().asString(),
                as("sofia").get("/reviews/" + id + "/follow").then().statusCode(200).extract().asString());
        assertThat(views.getFirst()).contains("&lt;script&gt;alert(", "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;svg onload=alert(2)&gt;");
        assertThat(views.get(1)).as("the presenter is on the first item").contains("&lt;img src=x onerror=alert(1)&gt;");
        for (String view : views) {
            assertThat(view).doesNotContain("<script>alert", "<img src=x", "<svg onload");
        }

        long now = as("hanna").get("/api/v1/reviews/" + id).then().extract().<Integer>path("version").longValue();
        as("hanna").body("{\"version\":" + now + ",\"ratings\":{}}").post("/api/v1/reviews/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED"));
        as("hanna").body("{\"text\":\"" + ADDENDUM + "\"}").post("/api/v1/reviews/" + id + "/addenda").then()
                .statusCode(201);
        String minutes = as("vic").get("/reviews/" + id + "/minutes").then().statusCode(200).extract().asString();
        assertThat(minutes).contains("&lt;iframe src=javascript:alert(3)&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<iframe src=javascript", "<img src=x", "<script>alert", "<svg onload");
    }
}

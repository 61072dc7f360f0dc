package com.kpipulse.web.security;

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
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup written into a corrective action (its title, hypothesis and a comment) is kept as the person wrote it and
 * shown as text on every page that shows it: the list, the action's page and «Мои действия». Nothing of it runs.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhatPeopleWriteIntoAnActionIsShownAsTextNeverRunTest {

    private static final String MARK = "[xss-test]";
    private static final String TITLE = MARK + " <img src=x onerror=alert(1)>";
    private static final String HYPOTHESIS = "<script>alert('h')</script> конверсия упала";
    private static final String COMMENT = "'><svg onload=alert(2)> проверила";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void cleanUp() throws SQLException {
        new Sql(dataSource).execute("delete from corrective_action where title like '" + MARK + "%'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8")
                .header("Accept-Language", "ru");
    }

    @Test
    void markupInAnActionsTextsIsKeptAndShownEscapedOnEveryPage() {
        String due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7).toString();
        String id = as("hanna").body("""
                {"title":"%s","kpi":"revenue","owner":"sofia","dueDate":"%s","hypothesis":"%s"}"""
                .formatted(TITLE, due, HYPOTHESIS)).post("/api/v1/actions")
                .then().statusCode(201).extract().path("id");
        as("sofia").body("{\"version\":1,\"status\":\"ACCEPTED\",\"comment\":\"" + COMMENT + "\"}")
                .put("/api/v1/actions/" + id).then().statusCode(200);

        assertThat(as("sofia").get("/api/v1/actions/" + id).then().statusCode(200).extract().<String>path("title"))
                .as("kept as written").isEqualTo(TITLE);
        List<String> pages = List.of(
                as("hanna").get("/actions").then().statusCode(200).extract().asString(),
                as("hanna").get("/actions/" + id).then().statusCode(200).extract().asString(),
                as("sofia").get("/actions/mine").then().statusCode(200).extract().asString());
        for (String page : pages) {
            assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<img src=x", "<script>alert", "<svg onload");
        }
        assertThat(pages.get(1)).contains("&lt;script&gt;alert(", "&lt;svg onload=alert(2)&gt;");
    }
}

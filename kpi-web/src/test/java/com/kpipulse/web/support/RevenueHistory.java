package com.kpipulse.web.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.StringJoiner;

import static io.restassured.RestAssured.given;

/**
 * A revenue history for realism checks: 26 weeks from the first Monday of a year, one value per Monday on channel
 * {@code seo}, starting at 100,000 RUB and growing 1 % a week. Entered through the real API as {@code ada}.
 */
public final class RevenueHistory {

    private RevenueHistory() {
    }

    public static void seedFirstHalfOf(int year) {
        StringJoiner values = new StringJoiner(",");
        LocalDate monday = LocalDate.of(year, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        double revenue = 100_000;
        for (int week = 0; week < 26; week++) {
            values.add("{\"measure\":\"revenue\",\"periodStart\":\"" + monday.plusWeeks(week) + "\",\"channel\":\"seo\","
                    + "\"value\":\"" + Math.round(revenue) + "\",\"currency\":\"RUB\"}");
            revenue *= 1.01;
        }
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("{\"observations\":[" + values + "]}")
                .when().post("/api/v1/observations").then().statusCode(200);
    }
}

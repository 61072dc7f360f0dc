package com.kpipulse.web.review;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * A review's fifth section puts the week's cycle's proposals to a decision: the item names the proposal's KPI and
 * channel, and the agenda shows the proposal itself with its Accept and Reject forms, as the cycle's page does.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheReviewPutsTheWeeksProposalsToADecisionOnItsAgendaTest {

    private static final String WEEK = "2021-W11";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Proposals proposals;

    @AfterEach
    void cleanUp() throws SQLException {
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from proposal where period_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user)).contentType("application/json; charset=UTF-8")
                .header("Accept-Language", "ru");
    }

    @Test
    void theWeeksProposalIsOnTheAgendaToAcceptOrReject() {
        as("hanna").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);
        CyclePeriod week = CyclePeriod.parse(WEEK).orElseThrow();
        Proposal proposal = Proposal.open(ProposalId.random(), week, ProposalKind.CAMPAIGNS, new KpiCode("revenue"),
                Optional.of("vk_ads"), Cause.CHANNEL, Message.of(ProposalText.AS_WRITTEN, "Разобрать кампании VK Рекламы"),
                List.of(), Optional.empty(), Optional.empty(), Instant.now());
        QuarkusTransaction.requiringNew().run(() -> proposals.replaceOpen(week, List.of(proposal)));

        String id = as("hanna").body("{\"week\":\"" + WEEK + "\"}").post("/api/v1/reviews").then().statusCode(201)
                .body("items.kind", hasItem("TO_DECIDE")).extract().path("id");
        String agenda = as("hanna").get("/reviews/" + id).then().statusCode(200).extract().asString();

        assertThat(agenda).contains("id=\"proposal-" + proposal.id() + "\"", "Разобрать кампании VK Рекламы",
                "/proposals/" + proposal.id() + "/accept", "/proposals/" + proposal.id() + "/reject");
    }
}

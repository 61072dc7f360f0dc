package com.kpipulse.web.correction;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.budget.BudgetText;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.proposal.ChannelShift;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalEffect;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.ProposalKind;
import com.kpipulse.domain.correction.proposal.ProposalText;
import com.kpipulse.domain.correction.proposal.ReallocationPlan;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * A cycle's proposal (VK Ads' campaigns that pull revenue down) decided over the API and on the pages with real
 * tokens of each role: the head accepts it as an action the SMM specialist owns; a rejection without a reason, a
 * decision at an older version and an unknown owner store nothing; the viewer reads it but may not decide.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ACyclesProposalIsAcceptedAsAnActionOrRejectedWithAReasonTest {

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final String TITLE = "[proposals-test] Разобрать кампании «VK Реклама»";

    @Inject
    Proposals proposals;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CycleSnapshots snapshots;

    /** A week of its own for each test, far from the weeks other tests run cycles for. */
    private final CyclePeriod week = CyclePeriod.of(Grain.WEEK,
            LocalDate.of(2090, 1, 2).plusWeeks(ThreadLocalRandom.current().nextLong(400)));
    private final String due = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(7).toString();
    private Proposal proposal;

    @BeforeAll
    static void tokens() {
        for (String user : new String[]{"hanna", "sofia", "vic"}) {
            TOKENS.put(user, KeycloakTokens.accessTokenOf(user));
        }
    }

    @BeforeEach
    void theCycleProposedLookingIntoVkAdsCampaigns() {
        proposal = Proposal.open(ProposalId.random(), week, ProposalKind.CAMPAIGNS, new KpiCode("revenue"),
                Optional.of("vk_ads"), Cause.CHANNEL, Message.of(ProposalText.AS_WRITTEN, TITLE),
                List.of(Message.of(ProposalText.CAMPAIGN, "Зимняя распродажа",
                        LocalizedText.of("20 000 ₽", "RUB 20,000"), LocalizedText.of("80 000 ₽", "RUB 80,000"),
                        LocalizedText.of("−60 000 ₽", "−RUB 60,000"))),
                Optional.empty(), Optional.empty(), Instant.now());
        QuarkusTransaction.requiringNew().run(() -> proposals.replaceOpen(week, List.of(proposal)));
    }

    @AfterEach
    void cleanUp() throws SQLException {
        Sql sql = new Sql(dataSource);
        sql.execute("delete from corrective_action where title like '[proposals-test]%'");
        sql.execute("delete from proposal where period_code = '" + week.code() + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + week.code() + "'");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.get(user)).contentType("application/json; charset=UTF-8");
    }

    private String decide(String user, String how, String body, int status) {
        return as(user).body(body).post("/api/v1/proposals/" + proposal.id() + "/" + how)
                .then().log().ifValidationFails().statusCode(status).extract().asString();
    }

    private long actions() throws SQLException {
        return new Sql(dataSource).number("select count(*) from corrective_action where title like '[proposals-test]%'");
    }

    @Test
    void acceptingMakesAnActionOwnedAsGivenAndTheProposalNamesIt() {
        String actionId = as("hanna").body("{\"version\":1,\"owner\":\"sofia\",\"due\":\"" + due + "\"}")
                .post("/api/v1/proposals/" + proposal.id() + "/accept").then().log().ifValidationFails()
                .statusCode(200)
                .body("proposal.status", equalTo("ACCEPTED"))
                .body("proposal.version", equalTo(2))
                .body("action.owner.login", equalTo("sofia"))
                .body("action.kpi.code", equalTo("revenue"))
                .body("action.channels[0].code", equalTo("vk_ads"))
                .extract().path("action.id");

        as("sofia").get("/api/v1/actions/" + actionId).then().statusCode(200)
                .body("title", equalTo(TITLE))
                .body("hypothesis", containsString("Зимняя распродажа"))
                .body("dueDate", equalTo(due));
        as("hanna").get("/api/v1/proposals?period=" + week.code()).then().statusCode(200)
                .body("[0].status", equalTo("ACCEPTED"))
                .body("[0].actionId", equalTo(actionId));
        decide("hanna", "reject", "{\"version\":2,\"reason\":\"поздно\"}", 409);
    }

    @Test
    void aRejectionWithoutAReasonIsA422ForReasonAndStoresNothing() {
        String refused = decide("hanna", "reject", "{\"version\":1,\"reason\":\"  \"}", 422);

        assertThat(refused).contains("\"field\":\"reason\"");
        as("hanna").get("/api/v1/proposals?period=" + week.code()).then().statusCode(200)
                .body("[0].status", equalTo("OPEN")).body("[0].version", equalTo(1));
        decide("hanna", "reject", "{\"version\":1,\"reason\":\"Кампании уже выключены\"}", 200);
        as("hanna").get("/api/v1/proposals?period=" + week.code()).then().statusCode(200)
                .body("[0].status", equalTo("REJECTED"))
                .body("[0].rejection.reason", equalTo("Кампании уже выключены"))
                .body("[0].rejection.by.login", equalTo("hanna"));
    }

    @Test
    void anOlderVersionIsA409AndAnUnknownOwnerA422AndNeitherMakesAnAction() throws SQLException {
        String stale = decide("hanna", "accept", "{\"version\":7,\"owner\":\"sofia\",\"due\":\"" + due + "\"}", 409);
        String unknown = decide("hanna", "accept", "{\"version\":1,\"owner\":\"nobody-at-all\",\"due\":\"" + due
                + "\"}", 422);

        assertThat(stale).contains("\"currentVersion\":1");
        assertThat(unknown).contains("\"field\":\"owner\"");
        assertThat(actions()).isZero();
    }

    @Test
    void aViewerReadsTheProposalButMayNotDecide() throws SQLException {
        as("vic").get("/api/v1/proposals?period=" + week.code()).then().statusCode(200)
                .body("[0].id", equalTo(proposal.id().toString()))
                .body("[0].kind", equalTo("CAMPAIGNS"))
                .body("[0].reasoning[0].en", containsString("RUB 20,000"));
        decide("vic", "accept", "{\"version\":1,\"owner\":\"vic\",\"due\":\"" + due + "\"}", 403);
        decide("vic", "reject", "{\"version\":1,\"reason\":\"нет\"}", 403);

        assertThat(actions()).isZero();
        as("vic").header("HX-Request", "true").get("/proposals?period=" + week.code() + "&kpi=revenue")
                .then().statusCode(200)
                .body(containsString("proposal-" + proposal.id()))
                .body(not(containsString("/proposals/" + proposal.id() + "/accept")));
    }

    @Test
    void aPeriodThatIsNoWeekOrMonthIsA422ForPeriod() {
        as("hanna").get("/api/v1/proposals?period=2026-W99").then().statusCode(422)
                .body("errors[0].field", equalTo("period"));
        as("hanna").get("/api/v1/proposals").then().statusCode(422)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void onThePageTheHeadRejectsWithHtmxAndTheCardComesBackDecided() {
        as("hanna").header("HX-Request", "true").get("/proposals?period=" + week.code() + "&kpi=revenue")
                .then().statusCode(200)
                .body(containsString("/proposals/" + proposal.id() + "/accept"))
                .body(containsString("Зимняя распродажа"));

        as("hanna").contentType("application/x-www-form-urlencoded; charset=UTF-8").header("HX-Request", "true")
                .formParam("version", "1").formParam("reason", "")
                .post("/proposals/" + proposal.id() + "/reject").then().statusCode(422)
                .body(containsString("proposal-problem"));
        as("hanna").contentType("application/x-www-form-urlencoded; charset=UTF-8").header("HX-Request", "true")
                .formParam("version", "1").formParam("reason", "Распродажа кончилась")
                .post("/proposals/" + proposal.id() + "/reject").then().statusCode(200)
                .body(containsString("proposal-rejected"))
                .body(containsString("Распродажа кончилась"))
                .body(not(containsString("/proposals/" + proposal.id() + "/reject\"")));
    }

    @Test
    void theCyclesPageShowsItsProposalsAReallocationWithTheBudgetPagesTable() {
        Message note = Message.of(BudgetText.CHANNEL_RETURN, "Yandex Direct", "1.50", "80 %", "1.20", "1.80");
        Proposal reallocation = Proposal.open(ProposalId.random(), week, ProposalKind.REALLOCATION,
                new KpiCode("revenue"), Optional.empty(), Cause.BUDGET,
                Message.of(ProposalText.REALLOCATION_TITLE, LocalizedText.of("Выручка", "Revenue")), List.of(),
                Optional.of(new ProposalEffect(new KpiCode("revenue"), EffectDirection.UP, new BigDecimal("0.05"),
                        new BigDecimal("0.01"), new BigDecimal("0.09"))),
                Optional.of(new ReallocationPlan(Outcome.REVENUE, Currency.getInstance("RUB"), List.of(
                        new ChannelShift("yandex_direct", new BigDecimal("100000"), new BigDecimal("130000"),
                                Optional.of(new Estimate(new BigDecimal("30000"), new BigDecimal("20000"),
                                        new BigDecimal("40000"))), true, false, note),
                        new ChannelShift("vk_ads", new BigDecimal("100000"), new BigDecimal("70000"),
                                Optional.of(new Estimate(new BigDecimal("-9000"), new BigDecimal("-12000"),
                                        new BigDecimal("-6000"))), true, false, note)),
                        List.of(Message.of(BudgetText.TRANSFER, "30 000 ₽", "VK Реклама", "Яндекс Директ", "1,50 ₽",
                                "0,50 ₽")), new BigDecimal("200000"), new BigDecimal("200000"),
                        new Estimate(new BigDecimal("21000"), new BigDecimal("8000"), new BigDecimal("34000")))),
                Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            proposals.replaceOpen(week, List.of(proposal, reallocation));
            snapshots.replace(new CycleSnapshot(week, false, week.period().lastDay(), Instant.now(), "hanna",
                    List.of(), List.of()));
        });

        String page = as("hanna").get("/cycles/" + week.code()).then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"cycle-proposals\"", "proposal-" + proposal.id(),
                "proposal-" + reallocation.id() + "-budget-table", "proposal-" + reallocation.id()
                        + "-budget-row-yandex_direct", "Перенести 30 000 ₽", "/proposals/" + reallocation.id()
                        + "/accept", "Ожидаемый эффект");
        assertThat(as("vic").get("/cycles/" + week.code()).then().statusCode(200).extract().asString())
                .contains("proposal-" + reallocation.id()).doesNotContain("/proposals/" + reallocation.id() + "/accept");
    }
}

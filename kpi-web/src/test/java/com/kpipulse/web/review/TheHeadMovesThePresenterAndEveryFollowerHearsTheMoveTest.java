package com.kpipulse.web.review;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presenter's moves through their doors, with real tokens of each role, on week 24 of 2023 (social traffic short
 * of its goal): the head moves the presenter and the move is stored with the review; a marketer's or a viewer's move
 * is refused; an item that is not on the agenda is refused with a reason; and the SMM specialist's event stream,
 * read with a plain HTTP client, says the item shown when it opens and then each item the head moves to.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadMovesThePresenterAndEveryFollowerHearsTheMoveTest {

    private static final String SOURCE = "review_presenter_test";
    private static final String WEEK = "2023-W24";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;
    private String id;
    private List<Integer> items;

    @BeforeEach
    void anOpenReview() throws SQLException {
        cleanUp();
        as("ada").contentType("application/json").body("""
                        {"source":"%s","observations":[
                          {"measure":"social_visits","periodStart":"2023-06-12","grain":"DAY","value":"40"},
                          {"measure":"social_visits","periodStart":"2023-06-18","grain":"DAY","value":"40"}]}"""
                        .formatted(SOURCE))
                .post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 24","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-06-12","deadline":"2023-06-18",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        as("hanna").contentType("application/json").body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles")
                .then().statusCode(200);
        var started = as("hanna").contentType("application/json").body("{\"week\":\"" + WEEK + "\"}")
                .post("/api/v1/reviews").then().statusCode(201).extract();
        id = started.path("id");
        items = started.path("items.number");
        assertThat(items).as("an agenda to walk").hasSizeGreaterThan(2);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void theHeadsMoveIsStoredWithTheReviewAndOnlyThoseWhoRunItMove() throws SQLException {
        int second = items.get(1);
        int third = items.get(2);

        move("hanna", second).then().statusCode(303);
        assertThat(new Sql(dataSource).number("select item from weekly_review_position where review_id = '" + id + "'"))
                .isEqualTo(second);
        assertThat(as("hanna").get("/reviews/" + id + "/present").then().statusCode(200).extract().asString())
                .contains("data-item=\"" + second + "\"", "id=\"presenter-next\"", "id=\"presenter-previous\"");
        assertThat(as("sofia").get("/reviews/" + id + "/follow").then().statusCode(200).extract().asString())
                .as("the follower sees where the head is").contains("data-item=\"" + second + "\"", "sse-connect")
                .doesNotContain("id=\"presenter-next\"");

        move("mark", third).then().statusCode(403);
        move("vic", third).then().statusCode(403);
        assertThat(as("mark").get("/reviews/" + id + "/present").statusCode()).isEqualTo(403);
        assertThat(move("ada", 999).then().statusCode(422).extract().asString()).contains("presenter-problem");
        assertThat(new Sql(dataSource).number("select item from weekly_review_position where review_id = '" + id + "'"))
                .as("refused moves leave the presenter where she was").isEqualTo(second);
        as("vic").get("/reviews/" + id + "/follow").then().statusCode(403);
    }

    @Test
    void aFollowersStreamSaysTheItemShownAndThenEachItemTheHeadMovesTo() throws Exception {
        int first = items.getFirst();
        int third = items.get(2);
        LinkedBlockingQueue<String> heard = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<Stream<String>> stream = client.sendAsync(HttpRequest.newBuilder(URI.create(app + "reviews/" + id
                                + "/events")).header("Authorization", "Bearer " + KeycloakTokens.accessTokenOf("sofia"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        AtomicReference<String> event = new AtomicReference<>("");
        Thread reader = Thread.ofVirtual().start(() -> stream.body().forEach(line -> {
            if (line.startsWith("event:")) {
                event.set(line.substring("event:".length()).strip());
            } else if (line.startsWith("data:") && event.get().equals("moved")) {
                heard.add(line.substring("data:".length()).strip());
            }
        }));
        try {
            assertThat(heard.poll(10, TimeUnit.SECONDS)).as("the item shown when the stream opens")
                    .isEqualTo(Integer.toString(first));

            move("hanna", third).then().statusCode(303);

            assertThat(heard.poll(10, TimeUnit.SECONDS)).as("the head's move").isEqualTo(Integer.toString(third));
        } finally {
            stream.body().close();
            reader.interrupt();
        }
        assertThat(client.send(HttpRequest.newBuilder(URI.create(app + "reviews/" + id + "/events"))
                .header("Authorization", "Bearer " + KeycloakTokens.accessTokenOf("vic")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("a viewer reads closed minutes only")
                .isEqualTo(403);
    }

    private io.restassured.response.Response move(String user, int item) {
        return as(user).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("item", Integer.toString(item)).post("/reviews/" + id + "/present");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessTokenOf(user));
    }
}

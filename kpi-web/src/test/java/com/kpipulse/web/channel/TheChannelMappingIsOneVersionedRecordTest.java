package com.kpipulse.web.channel;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.Concurrently;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheChannelMappingIsOneVersionedRecordTest {

    private List<Map<String, String>> original;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @BeforeEach
    void remember() {
        original = as(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/channel-rules").then().extract().path("$");
    }

    @AfterEach
    void restore() {
        as(KeycloakTokens.accessTokenOf("ada")).body(original).when().put("/api/v1/channel-rules").then().statusCode(200);
    }

    /** The original rules plus {@code extra} more, each {@code <tag> / n = a channel of the catalog}. */
    private List<Map<String, String>> extended(String tag, int extra) {
        List<Map<String, String>> rules = new ArrayList<>(original);
        List<String> channels = ChannelCatalog.seed().codes();
        for (int i = 0; i < extra; i++) {
            rules.add(Map.of("sourcePattern", tag + " / " + i, "channel", channels.get(i % channels.size())));
        }
        return rules;
    }

    private List<String> patterns(List<Map<String, String>> rules) {
        return rules.stream().map(rule -> rule.get("sourcePattern")).sorted().toList();
    }

    @Test
    void theMappingIsReadWithItsVersionAndAReplacementAgainstAnOlderOneIs412() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        String etag = as(ada).when().get("/api/v1/channel-rules").then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"[0-9]+\"");

        String next = as(ada).header("If-Match", etag).body(extended("dzen", 1))
                .when().put("/api/v1/channel-rules").then().statusCode(200).extract().header("ETag");
        assertThat(Long.parseLong(next.replace("\"", ""))).isEqualTo(Long.parseLong(etag.replace("\"", "")) + 1);

        as(ada).header("If-Match", etag).body(extended("zen", 1))
                .when().put("/api/v1/channel-rules")
                .then().statusCode(412).body("error", equalTo("stale"))
                .body("messageRu", containsString("Сопоставление каналов изменил другой пользователь"))
                .body("messageEn", containsString("Another user changed the channel mapping"));
        List<Map<String, String>> kept = as(ada).when().get("/api/v1/channel-rules").then().header("ETag", next).extract().path("$");
        assertThat(patterns(kept)).isEqualTo(patterns(extended("dzen", 1)));
    }

    @Test
    void linesThatAreNotTextOrEmptyAreNamedByLineAndFieldAndNothingChanges() {
        String ada = KeycloakTokens.accessTokenOf("ada");
        String etag = as(ada).when().get("/api/v1/channel-rules").then().extract().header("ETag");
        Map<String, String> nul = Map.of("sourcePattern", "dzen\u0000 / native", "channel", "seo");
        Map<String, String> huge = Map.of("sourcePattern", "x".repeat(1 << 20), "channel", "seo");
        Map<String, String> channelNul = Map.of("sourcePattern", "dzen / native", "channel", "dz\u0000en");
        Map<String, String> fine = Map.of("sourcePattern", "dzen / native", "channel", "seo");
        Map<String, String> outside = Map.of("sourcePattern", "dzen / native", "channel", "dzen");
        List<Map<String, String>> withEmpty = new ArrayList<>(Arrays.asList(fine, null));

        as(ada).body(List.of(fine, nul)).when().put("/api/v1/channel-rules")
                .then().statusCode(422).body("errors", contains("line 2: sourcePattern: a control character (code 0) at position 5 is not allowed"));
        as(ada).body(List.of(huge)).when().put("/api/v1/channel-rules")
                .then().statusCode(422).body("errors", contains("line 1: sourcePattern: the text is too long: 1048576 characters, at most 300 fit"));
        as(ada).body(List.of(channelNul)).when().put("/api/v1/channel-rules")
                .then().statusCode(422).body("errors[0]", containsString("line 1: channel: a control character"));
        as(ada).body(withEmpty).when().put("/api/v1/channel-rules")
                .then().statusCode(422).body("errors", contains("line 2: sourcePattern: a value is required",
                        "line 2: channel: a value is required"));
        as(ada).body(List.of(outside)).when().put("/api/v1/channel-rules")
                .then().statusCode(422)
                .body("errors", contains("line 1: channel: there is no channel «dzen» in the channel catalog"))
                .body("problems[0].index", equalTo(0)).body("problems[0].field", equalTo("channel"))
                .body("problems[0].code", equalTo("UNKNOWN_CHANNEL"))
                .body("problems[0].messageRu", equalTo("Канала «dzen» нет в каталоге каналов."));

        List<Map<String, String>> kept = as(ada).when().get("/api/v1/channel-rules").then().header("ETag", etag).extract().path("$");
        assertThat(patterns(kept)).isEqualTo(patterns(original));
    }

    @Test
    void sixteenReplacementsWithTheSameIfMatchAtOnceMakeOne200AndFifteen412() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        for (int round = 0; round < 3; round++) {
            String etag = as(ada).when().get("/api/v1/channel-rules").then().extract().header("ETag");
            List<Integer> statuses = Concurrently.run(16, i -> as(ada).header("If-Match", etag).body(extended("src" + i, 1 + i % 4))
                    .when().put("/api/v1/channel-rules").then().extract().statusCode());

            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).as("round %d", round).filteredOn(status -> status == 412).hasSize(15);
            int winner = statuses.indexOf(200);
            List<Map<String, String>> kept = as(ada).when().get("/api/v1/channel-rules").then().extract().path("$");
            assertThat(patterns(kept)).isEqualTo(patterns(extended("src" + winner, 1 + winner % 4)));
        }
    }

    @Test
    void sixteenReplacementsWithoutIfMatchAtOnceAllSucceedAndTheStoredMappingIsOneOfThemWhole() throws Exception {
        String ada = KeycloakTokens.accessTokenOf("ada");
        Map<List<String>, Integer> sent = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            sent.put(patterns(extended("src" + i, 1 + i % 4)), i);
        }
        for (int round = 0; round < 3; round++) {
            List<Integer> statuses = Concurrently.run(16, i -> as(ada).body(extended("src" + i, 1 + i % 4))
                    .when().put("/api/v1/channel-rules").then().extract().statusCode());

            assertThat(statuses).as("round %d", round).containsOnly(200);
            List<Map<String, String>> kept = as(ada).when().get("/api/v1/channel-rules").then().extract().path("$");
            assertThat(sent).containsKey(patterns(kept));
        }
    }
}

package com.kpipulse.web.importing;

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
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * An import whose process was killed in its middle (issue 16's drill does it for real with {@code kill -9}) leaves
 * its batch RUNNING and held by nobody: the history says it was interrupted, in the reader's language, and that
 * nothing of it was stored. A batch a live import still holds stays RUNNING however old it is.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnImportItsProcessLeftRunningIsSaidToBeInterruptedTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void cleanUp() throws SQLException {
        WebImportFiles.cleanUp(dataSource);
    }

    @Test
    void aBatchLeftRunningByADeadProcessIsInterruptedOnThePagesAndInTheApi() throws SQLException {
        UUID id = runningBatch(WebImportFiles.FILE_PREFIX + "killed.csv");

        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/api/v1/imports/" + id)
                .then().statusCode(200).body("status", equalTo("INTERRUPTED")).body("observations", equalTo(0));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/imports")
                .then().statusCode(200)
                .body(containsString("<tr id=\"import-" + id + "\" class=\"status-interrupted\">"))
                .body(containsString("<span class=\"import-status\">Прервано</span>"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/imports/" + id)
                .then().statusCode(200)
                .body(containsString("Ни одно значение из файла не сохранено — загрузите его ещё раз."));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).cookie("kpi_lang", "en").when().get("/imports/" + id)
                .then().statusCode(200)
                .body(containsString("<span id=\"report-status\" class=\"import-status\">Interrupted</span>"))
                .body(containsString("No value of the file was stored; upload it again."))
                .body(not(containsString("INTERRUPTED")));
    }

    @Test
    void aBatchALiveImportHoldsStaysRunningHoweverOldItIs() throws SQLException {
        UUID id = runningBatch(WebImportFiles.FILE_PREFIX + "still-running.csv");
        try (Connection importing = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            try (PreparedStatement hold = importing.prepareStatement("select id from import_batch where id = ? for update")) {
                hold.setObject(1, id);
                hold.executeQuery().close();
            }
            given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/api/v1/imports/" + id)
                    .then().statusCode(200).body("status", equalTo("RUNNING"));
            given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/imports/" + id)
                    .then().statusCode(200).body(allOf(containsString(">Загружается</span>"),
                            containsString("его значения появятся все сразу")));
            importing.rollback();
        }

        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/api/v1/imports/" + id)
                .then().statusCode(200).body("status", equalTo("INTERRUPTED"));
    }

    /** A batch begun a minute ago as the import use case begins one, before it is held. */
    private UUID runningBatch(String fileName) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into import_batch (id, preset, source_system, file_name, imported_by, imported_at, status,"
                        + " row_count, observation_count) values (?, 'generic', 'generic', ?, 'mark',"
                        + " now() - interval '1 minute', 'RUNNING', 0, 0)")) {
            insert.setObject(1, id);
            insert.setString(2, fileName);
            insert.executeUpdate();
        }
        return id;
    }
}

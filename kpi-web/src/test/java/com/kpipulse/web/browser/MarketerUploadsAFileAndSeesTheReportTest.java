package com.kpipulse.web.browser;

import io.agroal.api.AgroalDataSource;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import com.kpipulse.web.support.TestChannels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MarketerUploadsAFileAndSeesTheReportTest {

    private static final String FILE_PREFIX = "browser-import-";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void knowTheTestChannel() throws SQLException {
        TestChannels.register(dataSource, "browser_import_test");
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("delete from observation where channel = 'browser_import_test'"
                    + " and period_start between '2001-04-01' and '2001-04-30'");
            statement.execute("select lo_unlink(content) from import_raw where batch_id in"
                    + " (select id from import_batch where file_name like '" + FILE_PREFIX + "%')");
            statement.execute("delete from import_batch where file_name like '" + FILE_PREFIX + "%'");
        }
    }

    @Test
    void markUploadsAFileSeesThePreviewConfirmsSeesTheReportThenSeesTheProblemsOfABrokenFile() throws Exception {
        Path dir = Files.createTempDirectory("kpi-upload-");
        Path good = dir.resolve(FILE_PREFIX + "spend.csv");
        Files.writeString(good, """
                date,channel,campaign,ad_spend,clicks
                2001-04-01,browser_import_test,Spring,1200.50,340
                2001-04-02,browser_import_test,Spring,900,210
                """, StandardCharsets.UTF_8);
        Path broken = dir.resolve(FILE_PREFIX + "broken.csv");
        Files.writeString(broken, """
                date,channel,campaign,ad_spend,clicks
                2001-04-01,browser_import_test,Spring,12o0,340
                """, StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            browser.go(app + "imports/new");
            browser.logInOnKeycloak("mark", "mark");

            browser.waitFor(By.id("upload-title"));
            browser.waitFor(By.id("file")).sendKeys(good.toString());
            // the file names no currency: the company's is preselected
            assertThat(browser.text(By.cssSelector("#currency option:checked"))).startsWith("RUB");
            browser.click(By.id("preview-button"));
            assertThat(browser.text(By.id("preview-counts"))).contains("Строк: 2", "значений: 4");
            assertThat(browser.text(By.id("preview-preset"))).as("the format by its name")
                    .contains("Любая таблица CSV или XLSX").doesNotContain("generic");
            assertThat(browser.text(By.id("preview-values"))).as("measures by their names")
                    .contains("Расходы на рекламу", "Spring").doesNotContain("ad_spend");
            browser.scrollTo(By.id("preview-counts"));
            browser.screenshot("import-preview");

            browser.click(By.id("confirm-button"));
            assertThat(browser.text(By.id("report-status"))).isEqualTo("Загружено");
            assertThat(browser.text(By.id("report-counts"))).isEqualTo("2 / 4");
            browser.screenshot("import-report");

            browser.go(app + "imports/new");
            browser.waitFor(By.id("file")).sendKeys(broken.toString());
            browser.click(By.id("preview-button"));
            String problems = browser.text(By.id("problems"));
            assertThat(problems).contains("2", "ad_spend", "12o0");
            assertThat(browser.pageSource()).doesNotContain("id=\"confirm-button\"");

            browser.go(app + "imports");
            assertThat(browser.text(By.id("imports"))).contains(FILE_PREFIX + "spend.csv", "Загружено");
            browser.screenshot("imports-list");
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(broken);
            Files.deleteIfExists(dir);
        }
    }
}

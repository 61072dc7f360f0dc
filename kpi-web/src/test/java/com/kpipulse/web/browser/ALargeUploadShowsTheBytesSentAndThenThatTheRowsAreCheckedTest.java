package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.TestChannels;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.BufferedWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of many megabytes takes a while to send and to check: the upload form shows how much of it has been sent
 * (a bar and "Передано 3,2 из 12,4 МБ") and, once all of it is sent, how many rows the server has checked so far
 * ("проверено строк: 131 072"), until the preview comes. The progress is watched from the page itself, since on this machine the upload is over in a moment.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ALargeUploadShowsTheBytesSentAndThenThatTheRowsAreCheckedTest {

    private static final int ROWS = 250_000;

    /** Records every value of the bar and every text of its status while the upload runs. */
    private static final String WATCH = """
            window.seen = {values: [], texts: []};
            var bar = document.getElementById('upload-progress');
            var status = document.getElementById('upload-status');
            new MutationObserver(function () { window.seen.texts.push(status.textContent); })
                .observe(status, {childList: true, characterData: true, subtree: true});
            document.getElementById('import-form').addEventListener('htmx:beforeSend', function (event) {
                event.detail.xhr.upload.addEventListener('progress', function () { window.seen.values.push(bar.value); });
                event.detail.xhr.upload.addEventListener('load', function () { window.seen.values.push(bar.value); });
            });
            """;

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void knowTheTestChannel() throws SQLException {
        TestChannels.register(dataSource, "browser_import_test");
    }

    @Test
    void theBarFillsWhileTheFileIsSentThenCountsTheRowsCheckedAndThePreviewComes() throws Exception {
        Path dir = Files.createTempDirectory("kpi-large-upload-");
        Path file = dir.resolve("large-upload.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("date,channel,campaign,clicks\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("2001-04-01,browser_import_test,Campaign " + i + "," + (i % 1000) + "\n");
            }
        }
        assertThat(Files.size(file)).as("large enough to take several progress events").isGreaterThan(10_000_000L);
        try (Browser browser = Browser.open()) {
            browser.go(app + "imports/new");
            browser.logInOnKeycloak("mark", "mark");
            browser.waitFor(By.id("upload-title"));
            browser.runScript(WATCH);

            browser.waitFor(By.id("file")).sendKeys(file.toString());
            browser.click(By.id("preview-button"));
            assertThat(browser.waitForText(By.id("preview-counts"), "250")).contains("Строк: 250");

            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) browser.evaluate("return window.seen.values;");
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) browser.evaluate("return window.seen.texts;");
            assertThat(values).as("the bar moved with the upload").isNotEmpty();
            assertThat(values.getLast()).as("and was full when the last byte was sent")
                    .isEqualTo(100L);
            assertThat(texts).as("the bytes sent, in megabytes of the whole")
                    .anyMatch(text -> text.matches("Передано \\d+,\\d из \\d+,\\d МБ \\(\\d+ %\\)"));
            assertThat(texts).as("then that the server checks the rows")
                    .contains("Файл передан, проверяем строки…");
            assertThat(texts).as("and how many it has checked, as the server reports them while it reads")
                    .anyMatch(text -> text.matches("Файл передан, проверено строк: \\d[\\d\\u00a0\\u202f ]*…"));
            assertThat(browser.evaluate("return document.getElementById('upload-progress').value;")).isEqualTo(100L);
            assertThat(browser.securityPolicyViolations()).isEmpty();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}

package com.kpipulse.web.security;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy forbids inline scripts, inline styles and script text evaluated by htmx, so none may be
 * written: every Qute template and every Java class (they build SVG charts and sparklines) is read for them. Scripts
 * and styles belong in {@code META-INF/resources/js} and {@code /css}.
 */
class NoInlineScriptOrStyleReachesAPageTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** What the policy would block, each with the reason a reader of a failure needs. */
    static final Map<String, Pattern> FORBIDDEN = Map.of(
            "an inline <script> (give it a src under /js/)",
            Pattern.compile("<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>|<script\\b[^>]*>\\s*[^<\\s]", Pattern.CASE_INSENSITIVE),
            "a <style> element (move the rules to /css/)",
            Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE),
            "a style= attribute (use a class)",
            Pattern.compile("[\\s\"']style=\\\\?[\"']", Pattern.CASE_INSENSITIVE),
            "an on…= event handler attribute (listen in a file under /js/)",
            Pattern.compile("[\\s\"']on[a-z]+=\\\\?[\"']", Pattern.CASE_INSENSITIVE),
            "an hx-on attribute (htmx evaluates its text)",
            Pattern.compile("\\bhx-on\\b", Pattern.CASE_INSENSITIVE),
            "script text for htmx to evaluate (js: or javascript: in hx-vals, hx-headers, hx-vars)",
            Pattern.compile("hx-(vals|headers|vars)\\s*=\\s*\\\\?[\"']\\s*(js|javascript):", Pattern.CASE_INSENSITIVE),
            "an event filter in hx-trigger (htmx evaluates it: dispatch an event from a file under /js/)",
            Pattern.compile("hx-trigger\\s*=\\s*\\\\?[\"'][^\"']*\\[", Pattern.CASE_INSENSITIVE),
                        "a javascript: address",
            Pattern.compile("(href|src|action)\\s*=\\s*\\\\?[\"']\\s*javascript:", Pattern.CASE_INSENSITIVE));

    @Test
    void noTemplateHoldsAnInlineScriptStyleOrHandler() throws IOException {
        assertThat(findingsIn(TEMPLATES, ".html")).isEmpty();
    }

    @Test
    void noJavaClassBuildsHtmlWithAnInlineScriptStyleOrHandler() throws IOException {
        assertThat(findingsIn(JAVA, ".java")).isEmpty();
    }

    @Test
    void theTemplatesAndClassesWereReallyRead() throws IOException {
        assertThat(files(TEMPLATES, ".html")).hasSizeGreaterThan(15)
                .anySatisfy(file -> assertThat(file.getFileName()).hasToString("layout.html"));
        assertThat(files(JAVA, ".java")).anySatisfy(file -> assertThat(file.getFileName()).hasToString("LineChart.java"))
                .anySatisfy(file -> assertThat(file.getFileName()).hasToString("Sparkline.java"));
    }

    @Test
    void everyKindOfInlineCodeIsCaught() {
        assertThat(findingsInText("<script>alert(1)</script>")).hasSize(1);
        assertThat(findingsInText("<script type=\"module\">go()</script>")).hasSize(1);
        assertThat(findingsInText("<script src=\"/js/app.js\">x()</script>")).hasSize(1);
        assertThat(findingsInText("<style>p { color: red }</style>")).hasSize(1);
        assertThat(findingsInText("<p style=\"color: red\">")).hasSize(1);
        assertThat(findingsInText("\"<circle style=\\\"fill: red\\\"/>\"")).hasSize(1);
        assertThat(findingsInText("<button onclick=\"go()\">")).hasSize(1);
        assertThat(findingsInText("<body onload='go()'>")).hasSize(1);
        assertThat(findingsInText("<div hx-on::after-request=\"go()\">")).hasSize(1);
        assertThat(findingsInText("<a hx-get=\"/x\" hx-vals='js:{a: b()}'>")).hasSize(1);
        assertThat(findingsInText("<a href=\"javascript:go()\">")).hasSize(1);
        assertThat(findingsInText("<form hx-trigger=\"change[!event.target.closest('#x')] delay:300ms\">")).hasSize(1);

        assertThat(findingsInText("<script src=\"/js/app.js\" defer></script>")).isEmpty();
        assertThat(findingsInText("<form hx-headers='{\"X-CSRF-Token\": \"t\"}' data-own-errors>")).isEmpty();
        assertThat(findingsInText("<input hx-trigger=\"keyup changed delay:400ms, change\">")).isEmpty();
        assertThat(findingsInText("String one = \"x\"; String styled = \"<path class=\\\"goal\\\"/>\";")).isEmpty();
    }

    private static List<String> findingsIn(Path root, String suffix) throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : files(root, suffix)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (String finding : findingsInText(text)) {
                findings.add(root.relativize(file) + ": " + finding);
            }
        }
        return findings;
    }

    private static List<String> findingsInText(String text) {
        List<String> findings = new ArrayList<>();
        FORBIDDEN.forEach((what, pattern) -> {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int line = (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                findings.add("line " + line + ": " + what + " in «" + matcher.group().strip() + "»");
            }
        });
        return findings;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

package com.kpipulse.domain;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/domain.md carries the catalog tables between markers. They must be exactly what the code
 * generates; when they are not, the expected text is written to target/ to paste into the doc.
 */
class TheDomainDocCannotDriftFromTheCatalogTest {

    private static final Path DOC = Path.of("..", "docs", "domain.md");

    static String kpiTable(KpiCatalog catalog) {
        return "| code | name (ru) | name (en) | formula | unit | direction | level | group |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + catalog.all().stream().map(TheDomainDocCannotDriftFromTheCatalogTest::row).collect(Collectors.joining("\n"));
    }

    private static String row(KpiDefinition kpi) {
        return "| %s | %s | %s | `%s` | %s | %s | %s | %s |".formatted(kpi.code().value(), kpi.nameRu(), kpi.nameEn(),
                kpi.formula(), kpi.unit(), kpi.lowerIsBetter() ? "↓" : "↑", kpi.level(), kpi.group());
    }

    static String measureTable(MeasureCatalog catalog) {
        return "| code | name (ru) | name (en) | unit | aggregation |\n|---|---|---|---|---|\n"
                + catalog.all().stream().map(TheDomainDocCannotDriftFromTheCatalogTest::row).collect(Collectors.joining("\n"));
    }

    private static String row(MeasureDefinition measure) {
        return "| %s | %s | %s | %s | %s |".formatted(measure.code().value(), measure.nameRu(), measure.nameEn(),
                measure.unit(), measure.aggregation());
    }

    private static String block(String doc, String name) {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        return from < 0 || to < from + start.length() ? "(no " + name + " block in docs/domain.md)"
                : doc.substring(from + start.length(), to).strip();
    }

    private static void assertBlock(String doc, String name, String expected) throws IOException {
        String actual = block(doc, name);
        if (!actual.equals(expected)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", name + ".md"), expected, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("the %s block of docs/domain.md (expected text written to target/%s.md)", name, name)
                .isEqualTo(expected);
    }

    @Test
    void theKpiTableIsTheOneTheCodeGenerates() throws IOException {
        assertBlock(Files.readString(DOC, StandardCharsets.UTF_8), "kpi-catalog", kpiTable(KpiCatalog.standard()));
    }

    @Test
    void theMeasureTableIsTheOneTheCodeGenerates() throws IOException {
        assertBlock(Files.readString(DOC, StandardCharsets.UTF_8), "measure-catalog", measureTable(MeasureCatalog.standard()));
    }

    @Test
    void everyKpiCodeAndFormulaAppearsInTheDoc() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        assertThat(KpiCatalog.standard().all()).allSatisfy(kpi -> {
            assertThat(doc).contains("| " + kpi.code().value() + " |");
            assertThat(doc).contains("`" + kpi.formula() + "`");
        });
    }
}

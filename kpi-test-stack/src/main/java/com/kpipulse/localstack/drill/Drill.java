package com.kpipulse.localstack.drill;

import com.kpipulse.localstack.KpiHome;
import com.kpipulse.localstack.Progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./kpi drill [name...]}: starts the product on ports of its own ({@link DrillStack}), runs the named fault
 * drills one after the other (all without names), and writes their report in Markdown to the console and to
 * {@code $KPI_HOME/drill/report.md}. Exits with 1 when a drill failed, 2 for an unknown name.
 */
public final class Drill {

    /** Every drill, in the order {@code ./kpi drill} runs them; a new drill is added here. */
    static final List<FaultDrill> ALL = List.of(new ImportKilledDrill(), new PostgresRestartDrill(),
            new KeycloakDownDrill());

    private Drill() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, FaultDrill> known = new LinkedHashMap<>();
        ALL.forEach(drill -> known.put(drill.name(), drill));
        List<FaultDrill> chosen = new ArrayList<>();
        for (String name : args) {
            FaultDrill drill = known.get(name);
            if (drill == null) {
                System.err.println("[kpi] ERROR: no drill «" + name + "»; the drills are: " + String.join(", ", known.keySet()));
                System.exit(2);
            }
            chosen.add(drill);
        }
        if (chosen.isEmpty()) {
            chosen.addAll(ALL);
        }
        Path kpiHome = KpiHome.path();
        Path home = kpiHome.resolve("drill");
        Path appJar = Path.of("kpi-web/target/quarkus-app/quarkus-run.jar").toAbsolutePath();
        Instant started = Instant.now();
        List<DrillReport> reports = new ArrayList<>();
        try (DrillStack stack = DrillStack.start(kpiHome, home, appJar)) {
            for (FaultDrill drill : chosen) {
                stack.ensureUp();
                reports.add(run(drill, stack));
            }
        }
        String markdown = markdown(started, reports);
        Path report = home.resolve("report.md");
        Files.writeString(report, markdown);
        System.out.println();
        System.out.println(markdown);
        Progress.say("Report written to " + report);
        System.exit(reports.stream().allMatch(DrillReport::passed) ? 0 : 1);
    }

    private static DrillReport run(FaultDrill drill, DrillStack stack) {
        DrillReport report = new DrillReport(drill.name(), drill.purpose());
        Progress.say("Drill " + drill.name() + ": " + drill.purpose());
        try {
            drill.run(stack, report);
        } catch (Exception | Error e) {
            report.brokeOff(e);
        }
        report.end();
        Progress.say("Drill " + drill.name() + ": " + (report.passed() ? "PASS" : "FAIL"));
        return report;
    }

    private static String markdown(Instant started, List<DrillReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append("## Fault drill report\n\n");
        out.append("Run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(": app on port ").append(DrillStack.APP_PORT)
                .append(", Keycloak ").append(DrillStack.KEYCLOAK_PORT).append(", PostgreSQL ")
                .append(DrillStack.POSTGRES_PORT).append(".\n\n");
        out.append("| drill | result |\n|---|---|\n");
        for (DrillReport report : reports) {
            out.append("| ").append(report.name()).append(" | ").append(report.passed() ? "PASS" : "**FAIL**").append(" |\n");
        }
        out.append('\n');
        reports.forEach(report -> out.append(report.markdown()));
        return out.toString();
    }
}

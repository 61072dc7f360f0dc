package com.kpipulse.localstack.drill.replicas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a drill did and found, as Markdown: numbered steps with the time they took, tables of figures, and checks that
 * each say PASS or FAIL. Progress goes to standard error while the drill runs, so a person watching sees it move; the
 * report is printed to standard output at the end and kept in {@code .kpi/drill/<name>.md}, ready to be pasted into
 * docs/operations.md. A drill exits with {@link #exitCode()}: 0 only when every check held.
 */
public final class DrillReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String name;
    private final String title;
    private final Instant started = Instant.now();
    private final List<String> body = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private int steps;
    private long stepStarted = System.nanoTime();
    private boolean failed;

    public DrillReport(String name, String title) {
        this.name = name;
        this.title = title;
    }

    /** A numbered step; {@link #done(String)} later says how it ended and how long it took. */
    public void step(String what) {
        steps++;
        stepStarted = System.nanoTime();
        progress(steps + ". " + what);
        body.add(steps + ". " + what);
    }

    /** Closes the current step with what came of it. */
    public void done(String outcome) {
        String line = "   " + outcome + " (" + seconds(System.nanoTime() - stepStarted) + ")";
        progress(line.strip());
        body.add(line);
    }

    /** A free line of the report (a note, a figure in words). */
    public void note(String text) {
        progress(text);
        body.add(text.isEmpty() ? "" : "   " + text);
    }

    /** A Markdown table after the steps. */
    public void table(List<String> header, List<List<String>> rows) {
        body.add("");
        body.add("| " + String.join(" | ", header) + " |");
        body.add("|" + "---|".repeat(header.size()));
        rows.forEach(row -> body.add("| " + String.join(" | ", row) + " |"));
        body.add("");
        rows.forEach(row -> progress(String.join("  ", row)));
    }

    /** A check: what should hold, whether it did, and the figures that show it. */
    public boolean check(String what, boolean holds, String evidence) {
        String line = "- **" + (holds ? "PASS" : "FAIL") + "** " + what + (evidence.isEmpty() ? "" : ": " + evidence);
        checks.add(line);
        progress(line);
        failed |= !holds;
        return holds;
    }

    /** A drill that could not go on: the reason becomes a failed check. */
    public void broke(String where, Exception e) {
        check("the drill ran to its end", false, where + ": " + e);
    }

    public boolean passed() {
        return !failed && !checks.isEmpty();
    }

    public int exitCode() {
        return passed() ? 0 : 1;
    }

    public String markdown() {
        List<String> out = new ArrayList<>();
        out.add("#### Drill `" + name + "`: " + title);
        out.add("");
        out.add("Run " + STAMP.format(started) + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + "Java " + Runtime.version().feature() + ", " + seconds(Duration.between(started, Instant.now()).toNanos())
                + " in all.");
        out.add("");
        out.addAll(body);
        out.add("");
        out.add("Checks:");
        out.add("");
        out.addAll(checks);
        out.add("");
        out.add("**Result: " + (passed() ? "PASS" : "FAIL") + "**");
        return String.join("\n", out) + "\n";
    }

    /** Prints the report and keeps it under {@code home/drill/<name>.md}. */
    public void finish(Path home) {
        String text = markdown();
        System.out.println(text);
        try {
            Path file = home.resolve("drill").resolve(name + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            progress("Report kept in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static void progress(String text) {
        System.err.println("[drill " + DateTimeFormatter.ofPattern("HH:mm:ss").format(java.time.LocalTime.now()) + "] " + text);
        System.err.flush();
    }
}

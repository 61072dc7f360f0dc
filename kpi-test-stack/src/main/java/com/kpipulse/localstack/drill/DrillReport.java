package com.kpipulse.localstack.drill;

import com.kpipulse.localstack.Progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What one drill did, for the Markdown report: its steps with the time each began and took, its checks with PASS or
 * FAIL, and notes (figures, what was measured how). A drill passes when it ran to its end and every check held.
 */
public final class DrillReport {

    /** What a line of the report is. */
    public enum Kind { STEP, PASS, FAIL, NOTE }

    /** One line: when it began (since the drill's start), how long it took (steps only), what. */
    public record Line(Kind kind, Duration at, Duration took, String text) {
    }

    private final String name;
    private final String purpose;
    private final long started = System.nanoTime();
    private final List<Line> lines = new ArrayList<>();
    private Duration took;
    private String brokeOff;

    DrillReport(String name, String purpose) {
        this.name = name;
        this.purpose = purpose;
    }

    /**
     * Runs a step that yields something and notes how long it took; a step that throws is noted as failed and the
     * exception goes on.
     */
    public <T> T value(String text, Callable<T> step) throws Exception {
        Duration at = since(started);
        Progress.say("[" + name + "] " + text);
        long begun = System.nanoTime();
        try {
            T result = step.call();
            add(new Line(Kind.STEP, at, since(begun), text));
            return result;
        } catch (Exception | Error e) {
            add(new Line(Kind.FAIL, at, since(begun), text + ": failed (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"));
            throw e;
        }
    }

    /** A step without a result. */
    public void step(String text, Action step) throws Exception {
        value(text, () -> {
            step.run();
            return null;
        });
    }

    /** A promise of the product: PASS when it held, FAIL otherwise; returns whether it held. */
    public boolean check(String text, boolean held) {
        add(new Line(held ? Kind.PASS : Kind.FAIL, since(started), null, text));
        Progress.say("[" + name + "] " + (held ? "PASS " : "FAIL ") + text);
        return held;
    }

    /** A figure or an explanation worth keeping. */
    public void note(String text) {
        add(new Line(Kind.NOTE, since(started), null, text));
        Progress.say("[" + name + "] " + text);
    }

    void brokeOff(Throwable e) {
        brokeOff = e.getClass().getSimpleName() + ": " + e.getMessage();
        add(new Line(Kind.FAIL, since(started), null, "the drill broke off: " + brokeOff));
    }

    void end() {
        took = since(started);
    }

    public String name() {
        return name;
    }

    public boolean passed() {
        return brokeOff == null && lines.stream().noneMatch(line -> line.kind() == Kind.FAIL)
                && lines.stream().anyMatch(line -> line.kind() == Kind.PASS);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The drill's section of the report. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(name).append(": ").append(passed() ? "PASS" : "FAIL")
                .append(took == null ? "" : " (" + seconds(took) + ")").append("\n\n");
        out.append(purpose).append("\n\n");
        out.append("| at | took | | what |\n|---:|---:|---|---|\n");
        for (Line line : lines) {
            out.append("| ").append(seconds(line.at())).append(" | ")
                    .append(line.took() == null ? "" : seconds(line.took())).append(" | ")
                    .append(switch (line.kind()) {
                        case STEP -> "step";
                        case PASS -> "**PASS**";
                        case FAIL -> "**FAIL**";
                        case NOTE -> "note";
                    }).append(" | ").append(line.text().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return out.append('\n').toString();
    }

    private synchronized void add(Line line) {
        lines.add(line);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    /** A step that returns nothing. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }
}

package com.kpipulse.localstack.drill;

/**
 * One fault drill of {@code ./kpi drill}: it does something bad to a running stack (kills the app, stops a server) and
 * checks that the product comes through as it promises. A drill leaves the stack up as it found it, so the next drill
 * starts from a healthy stack; a new drill is a class of its own, listed in {@link Drill#ALL}.
 */
public interface FaultDrill {

    /** The name {@code ./kpi drill <name>} selects it by: lower case, words joined by dashes. */
    String name();

    /** What it does and what must hold, one sentence for the report. */
    String purpose();

    /**
     * Runs the drill against the stack and says what happened in {@code report}: each step timed, each promise a
     * checked line. An exception ends the drill as failed, with its message in the report.
     */
    void run(DrillStack stack, DrillReport report) throws Exception;
}

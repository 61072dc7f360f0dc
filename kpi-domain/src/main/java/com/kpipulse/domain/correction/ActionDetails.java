package com.kpipulse.domain.correction;

import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCode;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person decides about an action: what to do, what it is for (a goal, a KPI or both, and the channels it is
 * about), who does it by when, why it should work and what it should change. Checked input only: what a person typed
 * is checked before, and problems are answered as data; a broken invariant here is a bug.
 *
 * @param owner      the login of the person who does it, as the directory names people
 * @param channels   channel codes of the catalog, each once, in the order chosen
 * @param hypothesis   why it should work; "" when nobody wrote one
 * @param effectWindow how long after the due date the effect is watched before it is measured
 */
public record ActionDetails(String title, Optional<GoalId> goal, Optional<KpiCode> kpi, List<String> channels,
                            String owner, LocalDate due, String hypothesis, Optional<ExpectedEffect> effect,
                            EffectWindow effectWindow) {

    /** The longest title. */
    public static final int MAX_TITLE = TextInput.NAME;
    /** The longest hypothesis, comment or reason for dropping an action. */
    public static final int MAX_TEXT = TextInput.NOTE;
    /** The most channels an action names. */
    public static final int MAX_CHANNELS = 20;

    public ActionDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(effectWindow, "effectWindow");
        hypothesis = Objects.requireNonNullElse(hypothesis, "");
        channels = List.copyOf(channels);
        if (title.isBlank() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title of 1 to " + MAX_TITLE + " characters, got " + title.length());
        }
        if (goal.isEmpty() && kpi.isEmpty()) {
            throw new IllegalArgumentException("An action is for a goal, a KPI or both");
        }
        if (owner.isBlank()) {
            throw new IllegalArgumentException("An action has an owner");
        }
        if (hypothesis.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A hypothesis of at most " + MAX_TEXT + " characters");
        }
        if (channels.size() > MAX_CHANNELS || new LinkedHashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("At most " + MAX_CHANNELS + " channels, each once: " + channels);
        }
    }

    /** Details whose effect is measured after the standard two weeks. */
    public ActionDetails(String title, Optional<GoalId> goal, Optional<KpiCode> kpi, List<String> channels,
                         String owner, LocalDate due, String hypothesis, Optional<ExpectedEffect> effect) {
        this(title, goal, kpi, channels, owner, due, hypothesis, effect, EffectWindow.standard());
    }

    /** The last day the effect is watched: the due date plus the window. */
    public LocalDate effectWindowEnd() {
        return effectWindow.endAfter(due);
    }
}

package com.kpipulse.application.correction;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;

import java.util.Objects;

/** A done action whose effect was checked, with what the check said. */
public record CheckedAction(Versioned<CorrectiveAction> action, ActionEffect effect) {

    public CheckedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(effect, "effect");
    }
}

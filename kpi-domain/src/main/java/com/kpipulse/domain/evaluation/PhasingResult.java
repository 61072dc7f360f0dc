package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.text.Message;

import java.util.Objects;

public sealed interface PhasingResult {

    record Phased(PhasedTarget target) implements PhasingResult {
        public Phased {
            Objects.requireNonNull(target, "target");
        }
    }

    record NotPhased(Message reason) implements PhasingResult {
        public NotPhased {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

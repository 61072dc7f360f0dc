package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;

import java.util.Objects;

public sealed interface PhasingResult {

    record Phased(PhasedTarget target) implements PhasingResult {
        public Phased {
            Objects.requireNonNull(target, "target");
        }
    }

    record NotPhased(LocalizedText reason) implements PhasingResult {
        public NotPhased {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

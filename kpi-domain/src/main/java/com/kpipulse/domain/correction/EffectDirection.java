package com.kpipulse.domain.correction;

/** Which way an action is expected to move its KPI. */
public enum EffectDirection {
    UP, DOWN
}

package com.kpipulse.domain.correction;

import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An action the head proposes after VK Ads stopped converting: the tests' starting point. */
final class Actions {

    static final LocalDate DUE = LocalDate.of(2026, 12, 18);
    static final Instant PROPOSED_AT = Instant.parse("2026-12-07T09:00:00Z");

    private Actions() {
    }

    static ActionDetails details() {
        return new ActionDetails("Проверить посадочную страницу VK", Optional.of(GoalId.random()),
                Optional.of(new KpiCode("revenue")), List.of("vk_ads"), "sofia", DUE,
                "Конверсия VK упала вдвое при тех же визитах",
                Optional.of(new ExpectedEffect(new KpiCode("conversion_rate"), EffectDirection.UP, new BigDecimal("0.30"))));
    }

    static CorrectiveAction proposed() {
        return CorrectiveAction.propose(ActionId.random(), details(), "hanna", PROPOSED_AT);
    }

    static CorrectiveAction movedTo(CorrectiveAction action, ActionStatus status) {
        return ((StatusChange.Moved) action.moveTo(status, null)).action();
    }
}

package com.kpipulse.application.scorecard;

import com.kpipulse.domain.scorecard.Role;

import java.util.List;
import java.util.Optional;

/** Outgoing port: the KPIs an admin chose for a role's scorecard, when they changed the default. */
public interface ScorecardLayouts {

    Optional<List<String>> of(Role role);

    void save(Role role, List<String> kpiCodes);
}

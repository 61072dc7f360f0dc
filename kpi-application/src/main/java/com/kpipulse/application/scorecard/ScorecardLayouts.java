package com.kpipulse.application.scorecard;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.scorecard.Role;

import java.util.List;

/**
 * Outgoing port: the KPIs an admin chose for a role's scorecard, with the composition's version (0 while the role
 * has never been recomposed).
 */
public interface ScorecardLayouts {

    /** The chosen KPI codes in order (empty while the role keeps its default) and the version. */
    Versioned<List<String>> of(Role role);

    /**
     * Replaces the role's composition if it is at {@code expected}, checked in the statement that writes; writers
     * that expect any version are applied one after the other, never mixed.
     */
    VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected);
}

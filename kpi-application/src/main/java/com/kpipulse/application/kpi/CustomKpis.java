package com.kpipulse.application.kpi;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.kpi.CustomKpiDraft;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the KPIs admins defined with the formula language, in the order they were defined, each with its
 * version (1 when first stored, 0 for a code that is not stored).
 */
public interface CustomKpis {

    List<Versioned<CustomKpiDraft>> all();

    Optional<Versioned<CustomKpiDraft>> find(String code);

    /**
     * A stamp of the definitions as a whole, cheap to read: every change of them, whoever made it, gives a stamp never
     * given before, so a catalog built after reading a stamp holds for as long as the store gives that stamp.
     */
    long stamp();

    /**
     * Stores a new definition or replaces the one with the same code, if the stored one is at {@code expected}
     * ({@code ExpectedVersion.of(0)}: only if the code is not stored yet), checked in the statement that writes.
     */
    VersionedWrite save(CustomKpiDraft draft, ExpectedVersion expected);

    /** Removes the definition, if it is at {@code expected}. */
    VersionedWrite delete(String code, ExpectedVersion expected);

    /**
     * Holds back every other change of custom KPIs until the calling transaction ends. A definition is checked
     * against all the others (references, cycles); two changes checked side by side could each pass and together
     * form a cycle or a dangling reference, so changes are made one after the other.
     */
    void lockForChange();
}

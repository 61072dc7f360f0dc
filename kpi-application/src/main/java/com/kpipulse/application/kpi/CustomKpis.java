package com.kpipulse.application.kpi;

import com.kpipulse.domain.kpi.CustomKpiDraft;

import java.util.List;
import java.util.Optional;

/** Outgoing port: the KPIs admins defined with the formula language, in the order they were defined. */
public interface CustomKpis {

    List<CustomKpiDraft> all();

    Optional<CustomKpiDraft> find(String code);

    /** Stores a new definition or replaces the one with the same code. */
    void save(CustomKpiDraft draft);

    boolean delete(String code);
}

package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.Unit;

/**
 * What an admin typed to define a KPI of their own. Nothing is checked here: {@link
 * KpiCatalog#withCustom} returns every problem as data.
 */
public record CustomKpiDraft(String code, String nameRu, String nameEn, String formula, Unit unit,
                             Direction direction, Level level, KpiGroup group,
                             String explanationRu, String explanationEn) {
}

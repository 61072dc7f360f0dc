package com.kpipulse.web.admin;

import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;

import java.util.Locale;

/** A catalog line in the reader's language. */
public record CatalogRowView(String code, String name, String formula, String unit, String direction,
                             boolean custom) {

    static CatalogRowView from(KpiDefinition kpi, boolean custom, AdminMessages texts, Locale locale) {
        return new CatalogRowView(kpi.code().value(), kpi.name(locale), kpi.formula(), unitName(kpi.unit(), texts),
                kpi.direction() == Direction.HIGHER_IS_BETTER ? "↑ " + texts.higher_better() : "↓ " + texts.lower_better(),
                custom);
    }

    static String unitName(Unit unit, AdminMessages texts) {
        return switch (unit) {
            case MONEY -> texts.unit_money();
            case PERCENT -> texts.unit_percent();
            case COUNT -> texts.unit_count();
            case SECONDS -> texts.unit_seconds();
            case MINUTES -> texts.unit_minutes();
            case POINTS -> texts.unit_points();
        };
    }
}

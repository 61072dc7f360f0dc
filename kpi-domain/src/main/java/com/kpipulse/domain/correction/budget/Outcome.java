package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;

/**
 * What the goal wants more of, and so what each channel's response curve predicts from its spend: a KPI that is a sum
 * over weeks and channels.
 */
public enum Outcome {
    REVENUE(new KpiCode("revenue"), Unit.MONEY),
    ORDERS(new KpiCode("orders"), Unit.COUNT),
    NEW_CUSTOMERS(new KpiCode("new_customers"), Unit.COUNT);

    private final KpiCode kpi;
    private final Unit unit;

    Outcome(KpiCode kpi, Unit unit) {
        this.kpi = kpi;
        this.unit = unit;
    }

    public KpiCode kpi() {
        return kpi;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether the outcome is money in the spend's currency, so that a return is roubles per rouble (ROMI applies). */
    public boolean money() {
        return unit == Unit.MONEY;
    }
}

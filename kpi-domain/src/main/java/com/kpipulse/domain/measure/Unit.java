package com.kpipulse.domain.measure;

/**
 * The unit of a base measure or a KPI. PERCENT values are fractions (0.25 = 25 %); POINTS are
 * used by NPS (-100..100).
 *
 * <p>It lives in {@code measure} (not {@code kpi}) so that measures do not depend on KPIs: the
 * dependency goes one way, {@code kpi -> measure}.
 */
public enum Unit {
    MONEY, PERCENT, COUNT, SECONDS, MINUTES, POINTS
}

package com.kpipulse.domain.scorecard;

import java.util.List;
import java.util.Map;

/**
 * Which KPIs each role watches out of the box (KPI-CATALOG "Roles and their KPIs", seeds 002 and 004).
 * Admins can recompose them later; this is the starting point.
 */
public final class DefaultScorecards {

    private static final Map<Role, List<String>> KPI_CODES = Map.of(
            Role.MARKETING_HEAD, List.of("sales_growth", "revenue", "romi", "cac", "brand_awareness", "retention_rate", "nps"),
            Role.MARKETER, List.of("romi", "roas", "cac", "cpa", "cpc", "ctr", "conversion_rate", "lead_quality", "traffic",
                    "email_ctr", "ltv", "market_share"),
            Role.SMM_SPECIALIST, List.of("follower_growth", "engagement_rate", "reach", "social_traffic", "social_sales",
                    "lead_quality"),
            Role.VIEWER, List.of("revenue", "sales_growth", "romi", "traffic", "nps"),
            Role.ADMIN, List.of("revenue", "sales_growth", "romi", "roas", "cac", "traffic", "nps"));

    private DefaultScorecards() {
    }

    /** KPI codes of the role's scorecard, in display order. */
    public static List<String> kpiCodes(Role role) {
        return KPI_CODES.get(role);
    }
}

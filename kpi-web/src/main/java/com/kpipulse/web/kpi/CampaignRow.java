package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.domain.kpi.KpiValue;

/** One campaign; {@code named} is false for values that came without a campaign. */
public record CampaignRow(String name, boolean named, KpiValue now, KpiValue before) {

    static CampaignRow from(ExplainByCampaign.CampaignValue row) {
        return new CampaignRow(row.campaign(), row.hasCampaign(), row.value(), row.previous());
    }
}

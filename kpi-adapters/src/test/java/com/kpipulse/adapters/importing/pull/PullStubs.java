package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.TokenReference;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** Connections pointed at a local stub of the API, and the answers the APIs document. */
final class PullStubs {

    static final String TOKEN = "y0_AgAAAAAB-secret-oauth-token";
    static final LocalDate FROM = LocalDate.of(2024, 6, 1);
    static final LocalDate TO = LocalDate.of(2024, 6, 2);

    static final String METRICA_REPORT = """
            {"query": {"ids": [45560703], "dimensions": ["ym:s:date", "ym:s:lastsignTrafficSource"],
                       "metrics": ["ym:s:visits", "ym:s:users", "ym:s:avgVisitDurationSeconds"],
                       "date1": "2024-06-01", "date2": "2024-06-02", "limit": 100000, "offset": 1, "currency": "RUB"},
             "data": [
               {"dimensions": [{"name": "2024-06-01"}, {"name": "Ad traffic", "id": "ad", "icon_type": "traffic-source"}],
                "metrics": [41.0, 39.0, 13.87179487]},
               {"dimensions": [{"name": "2024-06-02"}, {"name": "Search engine traffic", "id": "organic"}],
                "metrics": [120, 110, 62.5]}],
             "total_rows": 2, "total_rows_rounded": false, "sampled": false, "sample_share": 1, "data_lag": 47,
             "totals": [161, 149, 50.1]}
            """;

    static final String DIRECT_REPORT = """
            Date\tCampaignId\tCampaignName\tImpressions\tClicks\tCost\tConversions
            2024-06-01\t48201234\tБренд | Поиск\t1234\t56\t1500500000\t3
            2024-06-02\t48201234\tБренд | Поиск\t1100\t50\t1320100000\t--
            """;

    private PullStubs() {
    }

    static PullConnection connection(PullConnection.Kind kind, String account, int port) {
        return new PullConnection(UUID.randomUUID(), "test " + kind, kind, account,
                new TokenReference.FromConfig("TOKEN"), "RUB", 30, true, URI.create("http://localhost:" + port + "/"),
                null);
    }
}

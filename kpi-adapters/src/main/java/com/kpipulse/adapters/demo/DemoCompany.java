package com.kpipulse.adapters.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo company: a mid-size Russian online shop with eight marketing channels, a CRM and monthly surveys, whose
 * last two years (ending yesterday) are written as the files its systems would export, in the formats of the real
 * import presets. The same clock gives the same files: the simulation runs from a fixed seed. Its last weeks hold a
 * {@link DemoStory} for the monitoring cycle to find on the first start.
 */
public final class DemoCompany {

    static final long SEED = 20_240_501L;

    private final LocalDate firstDay;
    private final LocalDate lastDay;

    public DemoCompany(Clock clock) {
        this.lastDay = LocalDate.now(clock).minusDays(1);
        this.firstDay = lastDay.minusYears(2).plusDays(1);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** What went wrong lately, for the monitoring cycle to find: which weeks and which day. */
    public DemoStory story() {
        return DemoStory.endingOn(lastDay, SEED);
    }

    /**
     * Simulates the two years and writes one file per export into {@code directory}, streaming each to disk.
     *
     * @return the files in the order they should be imported
     */
    public List<DemoFile> writeFiles(Path directory) throws IOException {
        CompanyHistory history = CompanyHistory.simulate(firstDay, lastDay, SEED);
        return List.of(
                AdPlatformExports.yandexDirect(history, directory),
                AdPlatformExports.vkAds(history, directory),
                AdPlatformExports.googleAds(history, directory),
                AnalyticsExports.metricaTrafficSources(history, directory),
                AnalyticsExports.metricaAdTraffic(history, directory),
                AnalyticsExports.siteFunnel(history, directory),
                CrmExports.amoCrmLeads(history, directory),
                CrmExports.buyersByChannel(history, directory),
                CrmExports.customersAndSupport(history, directory),
                CompanyTables.marketingCosts(history, directory),
                CompanyTables.finance(history, directory),
                CompanyTables.mailings(history, directory),
                CompanyTables.communities(history, directory),
                CompanyTables.monthly(history, directory));
    }
}

package com.kpipulse.adapters.demo;

import java.time.YearMonth;

/**
 * What the demo shop learns once a month: distinct buyers, the market's size and the receivables from the finance
 * team, and the answers of the monthly NPS and brand-awareness surveys. Money in whole roubles.
 */
record CompanyMonth(YearMonth month, long activeCustomers, long marketRevenue, long receivables, long promoters,
                    long passives, long detractors, long awareRespondents, long surveyRespondents) {
}

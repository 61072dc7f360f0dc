package com.kpipulse.domain.kpi;

/** Seed 002's groups. */
public enum KpiGroup {
    FINANCIAL, SALES, MARKETING, SMM, CUSTOMER
}

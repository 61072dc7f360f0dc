package com.kpipulse.domain.analysis.why;

/** What a driver stands for when a cause is named ({@code driver-roles.tsv}). */
public enum DriverRole {
    /** How much came in: visits, clicks, leads, orders. */
    VOLUME,
    /** Money put in: marketing, ad and sales spend. */
    SPEND,
    /** What one unit yields: conversion, average check, lead quality. A budget change leaves these as they were. */
    EFFICIENCY,
    /** What one unit of volume costs: CPC. A budget change leaves it as it was, so the budget check always looks at it. */
    PRICE,
    /** An outcome the other drivers produce (revenue inside ROMI). */
    RESULT;

    /** Moved by the budget: more money buys more clicks, visits and orders at the same efficiency. */
    public boolean followsBudget() {
        return this == VOLUME || this == SPEND;
    }

    /** Yields or costs per unit: what a weaker strategy moves and a budget change does not. */
    public boolean isEfficiency() {
        return this == EFFICIENCY || this == PRICE;
    }
}

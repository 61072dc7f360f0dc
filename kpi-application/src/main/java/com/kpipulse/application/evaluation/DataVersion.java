package com.kpipulse.application.evaluation;

/**
 * Outgoing port: a number that changes after every committed change to what KPIs are computed from (values, goals,
 * the catalog's custom KPIs, scorecard compositions, source priorities), whichever replica made it. Two reads that
 * return the same number saw the same data, so a result computed after the first read may be served again.
 * <p>
 * Read it <em>before</em> reading the data: a change committed in between then shows up as a new number, never as
 * an old number next to new data.
 */
public interface DataVersion {

    long current();
}

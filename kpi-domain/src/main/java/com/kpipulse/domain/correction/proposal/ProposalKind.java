package com.kpipulse.domain.correction.proposal;

/** What a proposal suggests doing, by the cause it answers. */
public enum ProposalKind {
    /** A CHANNEL cause: look into the channel's campaigns that pulled the KPI down the most. */
    CAMPAIGNS,
    /** A DATA cause: re-import or fix a source's days. */
    DATA_FIX,
    /** A BUDGET or STRATEGY cause: move the weekly budget between the paid channels. */
    REALLOCATION
}

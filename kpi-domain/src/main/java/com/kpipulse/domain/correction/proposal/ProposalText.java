package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What a proposal says: its title and its reasoning, sentences under {@code proposal.*} in the texts bundle. KPIs,
 * channels, campaigns and sources are named in «quotes», so a name needs no declension.
 */
public enum ProposalText implements MessageKind {
    /** {0} the channel, {1} the KPI: the title of a campaigns proposal. */
    CAMPAIGNS_TITLE,
    /** {0} the KPI, {1} the channel, {2} how many campaigns follow. */
    CAMPAIGNS_LEAD,
    /**
     * {0} the campaign, {1} the KPI on it now, {2} the period before, {3} the change, signed in the KPI's unit (for a
     * total such as revenue, the campaign's part of the channel's change).
     */
    CAMPAIGN,
    /** {0} the KPI: the title of a data proposal. */
    DATA_TITLE,
    /** {0} the KPI. */
    DATA_LEAD,
    /** {0} the source, {1} the days, {2} the measures whose values look wrong there. */
    DATA_ANOMALOUS_DAYS,
    /** {0} the source, {1} the days it has not delivered yet, {2} the last day it delivered. */
    DATA_MISSING_DAYS,
    /** {0} the outcome: the title of a reallocation proposal. */
    REALLOCATION_TITLE,
    /** {0} the KPI whose cause asked for it, {1} the cause ({@code proposal.cause_budget} …). */
    REALLOCATION_LEAD,
    /** The lead of a reallocation a person asked for on the budget page, whatever the cycle's causes. */
    REALLOCATION_REQUESTED,
    /** The cause in words: spend moved while efficiency held. */
    CAUSE_BUDGET,
    /** The cause in words: efficiency moved in most channels. */
    CAUSE_STRATEGY,
    /** {0} a sentence kept with a proposal whose kind the texts no longer know, as it was written (English). */
    AS_WRITTEN;

    @Override
    public String key() {
        return "proposal." + name().toLowerCase(Locale.ROOT);
    }
}

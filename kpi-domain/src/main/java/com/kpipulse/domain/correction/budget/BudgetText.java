package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the budget reallocation tells a person (key {@code budget.<kind>} in the texts bundle). Channels are named in
 * «quotes», so a name needs no declension.
 */
public enum BudgetText implements MessageKind {
    /** The next unit of spend when the currency is the rouble: «следующий рубль». */
    NEXT_ROUBLE,
    /** {0}: the currency's code; the next unit of spend in another currency. */
    NEXT_UNIT,
    /** {0}: the next unit of spend ({@link #NEXT_ROUBLE}), {1}: the revenue it brings. */
    RETURN_REVENUE,
    /** {0}: what one more order costs. */
    RETURN_ORDER,
    /** {0}: what one more new customer costs. */
    RETURN_NEW_CUSTOMER,
    /** {0}: the channel, {1}: its return ({@link #RETURN_REVENUE} …), {2}: the interval's level, {3}, {4}: its ends. */
    CHANNEL_RETURN,
    /** {0}: the amount, {1}: from, {2}: to, {3}: the return there, {4}: the return where it comes from. */
    TRANSFER,
    /** {0}: the channel, {1}: the amount, {2}: the return there. */
    CUT,
    /** {0}: the channel, {1}: the amount, {2}: the return there. */
    ADD,
    /** Revenue, as the object of "changes". */
    OUTCOME_REVENUE,
    /** Orders, as the object of "changes". */
    OUTCOME_ORDERS,
    /** New customers, as the object of "changes". */
    OUTCOME_NEW_CUSTOMERS,
    /** {0}: the weekly total, {1}: the outcome, {2}: its expected change, {3}: the level, {4}, {5}: the ends. */
    SAME_TOTAL_EFFECT,
    /** {0}: the weekly total. */
    NOTHING_TO_MOVE,
    /** {0}: the most a new customer may cost. */
    TARGET_CAC,
    /** {0}: the most an order may cost. */
    TARGET_ORDER_COST,
    /** {0}: the least ROMI. */
    TARGET_ROMI,
    /**
     * {0}: the target, {1}: the proposed weekly total, {2}: the current one, {3}: the expected efficiency, {4}: the
     * level, {5}, {6}: the ends, {7}: the outcome, {8}: its expected change.
     */
    TARGET_REACHED,
    /**
     * {0}: the target, {1}: the shift limit, {2}: the best expected efficiency, {3}: the level, {4}, {5}: the ends,
     * {6}: the weekly total it takes.
     */
    TARGET_OUT_OF_REACH,
    /** {0}: channels with a curve, {1}: all channels, {2}: the fewest needed, {3}: why the others have none. */
    DECLINED,
    /** {0}: the channel, {1}: weeks with spend, {2}: the weeks needed. */
    TOO_FEW_WEEKS,
    /** {0}: the channel, {1}: the spend's variation, {2}: the variation needed. */
    TOO_LITTLE_VARIATION,
    /** {0}: the channel, {1}: weeks with an outcome, {2}: weeks with spend. */
    TOO_LITTLE_OUTCOME;

    @Override
    public String key() {
        return "budget." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.web.correction;

import java.util.List;

/**
 * A cycle's proposal as a page shows it, in the reader's language.
 *
 * @param kind         {@code campaigns}, {@code data_fix} or {@code reallocation}: the card's class
 * @param about        the KPI (and the channel) it is about
 * @param effect       the expected effect in words; "" when none can be said
 * @param rows         a reallocation's channels, as the budget page's table shows them (empty for the others)
 * @param total        a reallocation's sums, or null
 * @param status       {@code open}, {@code accepted} or {@code rejected}
 * @param decided      what was decided, by whom and why; "" while open
 * @param actionHref   the action it became, once accepted; ""
 * @param mayDecide    whether the reader may accept or reject it (and so sees the forms while it is open)
 * @param owner        what the accept form's owner opens with (or what was sent)
 * @param due          what the accept form's due date opens with (or what was sent)
 * @param reason       what the reject form's reason holds (what was sent)
 * @param problem      why the last decision was refused; ""
 */
public record ProposalView(String id, long version, String cycle, String kind, String kindLabel, String title,
                           String about, List<String> reasoning, String effect, boolean reallocation,
                           List<BudgetPage.Row> rows, BudgetPage.Row total, List<String> moves, String status,
                           String statusLabel, boolean open, String decided, String actionHref, boolean mayDecide,
                           String owner, String due, String reason, String problem) {

    public ProposalView {
        reasoning = List.copyOf(reasoning);
        rows = List.copyOf(rows);
        moves = List.copyOf(moves);
    }

    /** The start of the ids of a reallocation's table. */
    public String budgetPrefix() {
        return "proposal-" + id + "-budget";
    }

    /** The same card, with what a person sent and why it was refused. */
    public ProposalView refused(String sentOwner, String sentDue, String sentReason, String why) {
        return new ProposalView(id, version, cycle, kind, kindLabel, title, about, reasoning, effect, reallocation, rows,
                total, moves, status, statusLabel, open, decided, actionHref, mayDecide,
                sentOwner == null ? owner : sentOwner, sentDue == null ? due : sentDue,
                sentReason == null ? reason : sentReason, why);
    }
}

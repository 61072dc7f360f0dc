package com.kpipulse.application.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * Computes a scorecard outside a person's request, as {@link ScorecardsKeptFresh} does after a change: with a
 * request context of its own, which the store's reads need, and kept by {@link RecentScorecards} for the next view.
 */
@ApplicationScoped
public class ScorecardRecompute {

    private final RecentScorecards recent;

    @Inject
    public ScorecardRecompute(RecentScorecards recent) {
        this.recent = recent;
    }

    @ActivateRequestContext
    public void recompute(ScorecardRequest request) {
        recent.show(request);
    }
}

package com.kpipulse.web.page;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.scorecard.RecentScorecards;
import com.kpipulse.application.scorecard.ScorecardsKeptFresh;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * After a state-changing request this replica answered successfully, the scorecards, the channel catalog, the
 * company's settings and the values goals are phased by it keeps are dropped at once: the person who just saved a value, a goal or a channel opens the
 * next page and must see it, even if the database's change notice (ADR 8) reaches this replica a moment after their
 * next request; the scorecards people were looking at are computed again in the background at once. Other replicas
 * rely on the notice.
 */
public class LocalChanges {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    RecentScorecards scorecards;

    @Inject
    ScorecardsKeptFresh fresh;

    @Inject
    ChannelCatalogs channels;

    @Inject
    CurrentSettings settings;

    @Inject
    GoalValues goalValues;

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod()) && response.getStatus() < 400) {
            scorecards.changedHere();
            channels.changedHere();
            settings.changedHere();
            goalValues.changedHere();
            fresh.changedHere();
        }
    }
}

package com.kpipulse.web.review;

import com.kpipulse.application.review.PresentReview;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;

/**
 * The presenter's moves as server-sent events ({@code /reviews/{id}/events}) for the followers' view: on connecting
 * (and on every reconnect) a «moved» event with the item shown now, then one with every move of the review's
 * presenter, heard from whichever replica stored it, and an «alive» event every {@link #ALIVE_EVERY} so a proxy keeps
 * the stream open and a follower gone is noticed. Whoever may follow the review may listen: the reading rule is
 * checked once, before the stream starts; the stream then waits on the replica's one listening connection, holding
 * no connection of the pool. Each event carries only the item's number: what a follower sees of it is rendered for
 * her when htmx fetches it.
 */
@Path("/reviews/{id}/events")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
public class ReviewEvents {

    static final String MOVED = "moved";
    static final Duration ALIVE_EVERY = Duration.ofSeconds(20);

    @Inject
    PresentReview present;

    @Inject
    CurrentReader reader;

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@PathParam("id") String id, @Context Sse sse) {
        ReviewId review = ReviewParameters.id(id);
        int shown = AccessAnswers.orRefuse(present.follow(reader.get(), review), "review " + review).presentation()
                .current().map(item -> item.number()).orElse(0);
        Multi<OutboundSseEvent> moves = Multi.createFrom().emitter(emitter -> {
            var subscription = present.onMoves(review, move -> emitter.emit(moved(sse, move.item())));
            emitter.onTermination(subscription::close);
        });
        Multi<OutboundSseEvent> alive = Multi.createFrom().ticks().every(ALIVE_EVERY)
                .map(tick -> sse.newEventBuilder().name("alive").data(String.class, Long.toString(tick)).build());
        return Multi.createBy().merging().streams(Multi.createFrom().item(moved(sse, shown)), moves, alive);
    }

    private static OutboundSseEvent moved(Sse sse, int item) {
        return sse.newEventBuilder().name(MOVED).data(String.class, Integer.toString(item)).build();
    }
}

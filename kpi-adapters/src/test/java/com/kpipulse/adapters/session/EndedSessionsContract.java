package com.kpipulse.adapters.session;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.session.EndedSessions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of ended sessions does: a session ended is ended for every replica until its tokens expire. */
public abstract class EndedSessionsContract extends PortContract {

    protected abstract EndedSessions sessions();

    @Test
    void anEndedSessionIsEndedAndNoOtherIs() {
        String ended = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        tx(() -> sessions().end(ended, Instant.now().plus(10, ChronoUnit.MINUTES)));

        assertThat(tx(() -> sessions().isEnded(ended))).isTrue();
        assertThat(tx(() -> sessions().isEnded(other))).isFalse();
    }

    @Test
    void endingASessionTwiceKeepsItEnded() {
        String session = UUID.randomUUID().toString();
        tx(() -> sessions().end(session, Instant.now().plus(5, ChronoUnit.MINUTES)));
        tx(() -> sessions().end(session, Instant.now().plus(10, ChronoUnit.MINUTES)));

        assertThat(tx(() -> sessions().isEnded(session))).isTrue();
    }
}

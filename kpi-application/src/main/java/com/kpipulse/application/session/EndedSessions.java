package com.kpipulse.application.session;

import java.time.Instant;

/**
 * Outgoing port: browser sessions ended by a logout. The tokens of a session live in the browser's encrypted cookies
 * (ADR 4) and stay valid until they expire, so a copy of those cookies would open pages after the logout; every
 * replica therefore asks here, and refuses an ended session. An entry is needed only until the session's tokens
 * expire anyway.
 */
public interface EndedSessions {

    /** Records that the session {@code sessionId} has ended; its entry may be forgotten after {@code until}. */
    void end(String sessionId, Instant until);

    /** Whether {@code sessionId} was ended (and its tokens may still be valid). */
    boolean isEnded(String sessionId);
}

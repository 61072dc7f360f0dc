package com.kpipulse.application.review;

/**
 * Outgoing port: a closed review's recap mailed to one participant, in their language. Sent once the close is stored,
 * never before; a recap that cannot be sent is the mail's problem, not the close's: it throws, and the caller logs it
 * and goes on.
 */
public interface RecapMail {

    /** Mails the recap to its recipient's address. */
    void send(Recap recap);
}

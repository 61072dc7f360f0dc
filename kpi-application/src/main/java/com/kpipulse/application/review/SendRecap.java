package com.kpipulse.application.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Mails a closed review's recaps once the close is committed, and only then: a close that fails sends nothing. A
 * recap that cannot be sent is logged and the others still go; the close stands.
 */
@ApplicationScoped
public class SendRecap {

    private static final System.Logger LOG = System.getLogger(SendRecap.class.getName());

    private final RecapMail mail;

    @Inject
    public SendRecap(RecapMail mail) {
        this.mail = mail;
    }

    public void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewClosed closed) {
        for (Recap recap : closed.recaps()) {
            try {
                mail.send(recap);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The recap of review " + closed.review() + " to "
                        + recap.to().login() + " was not sent; the review stays closed", e);
            }
        }
    }
}

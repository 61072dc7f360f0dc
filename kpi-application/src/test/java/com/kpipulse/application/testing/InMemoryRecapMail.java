package com.kpipulse.application.testing;

import com.kpipulse.application.review.Recap;
import com.kpipulse.application.review.RecapMail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Recaps kept in the order they were sent, instead of mailed; an address may be set to refuse mail, as a server would. */
public final class InMemoryRecapMail implements RecapMail {

    private final List<Recap> sent = new CopyOnWriteArrayList<>();
    private final Set<String> refused;

    public InMemoryRecapMail() {
        this(Set.of());
    }

    /** A mail whose server refuses these addresses. */
    public InMemoryRecapMail(Set<String> refused) {
        this.refused = Set.copyOf(refused);
    }

    @Override
    public void send(Recap recap) {
        if (refused.contains(recap.to().address())) {
            throw new IllegalStateException("The mail server refused " + recap.to().address());
        }
        sent.add(recap);
    }

    public List<Recap> sent() {
        return new ArrayList<>(sent);
    }
}

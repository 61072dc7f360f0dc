package com.kpipulse.web.review;

import com.kpipulse.application.review.RecapMail;
import com.kpipulse.application.testing.InMemoryRecapMail;

/** The recap mail contract against the fake the use cases are tested with. */
class RecapMailInMemoryTest extends RecapMailContract {

    private final InMemoryRecapMail mail = new InMemoryRecapMail();

    @Override
    protected RecapMail mail() {
        return mail;
    }

    @Override
    protected int mailsTo(String address) {
        return (int) mail.sent().stream().filter(recap -> recap.to().address().equals(address)).count();
    }

    @Override
    protected int mailsSent() {
        return mail.sent().size();
    }
}

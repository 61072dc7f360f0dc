package com.kpipulse.web.review;

import com.kpipulse.application.review.Recap;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Use-case tests read the recaps the fake kept: each is kept whole, as the use case wrote it. */
    @Test
    void theFakeKeepsEachRecapWholeAsItWasSent() {
        Recap sent = recap("hanna", "Hanna Head", Optional.empty());
        mail.send(sent);

        assertThat(mail.sent()).containsExactly(sent);
        assertThat(mail.sent().getFirst().decisions()).isEqualTo(sent.decisions());
    }
}

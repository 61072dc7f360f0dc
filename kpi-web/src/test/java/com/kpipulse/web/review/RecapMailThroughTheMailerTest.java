package com.kpipulse.web.review;

import com.kpipulse.application.review.RecapMail;
import com.kpipulse.localstack.RealStackResource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recap mail contract against Quarkus Mailer, read back from its mock mailbox; and what the mail says, in the
 * recipient's language.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RecapMailThroughTheMailerTest extends RecapMailContract {

    @Inject
    RecapMail mail;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Override
    protected RecapMail mail() {
        return mail;
    }

    @Override
    protected int mailsTo(String address) {
        return mailbox.getMailsSentTo(address).size();
    }

    @Override
    protected int mailsSent() {
        return mailbox.getTotalMessagesSent();
    }

    @Test
    void theRecapSaysTheWeekTheDecisionsTheActionsWithOwnersAndDueDatesTheRedKpisAndTheRatingInRussian() {
        mail.send(recap("hanna", "Hanna Head", Optional.empty()));

        Mail sent = mailbox.getMailsSentTo("hanna@example.com").getFirst();
        assertThat(sent.getSubject()).isEqualTo("Итоги обзора недели 48 (23–29 ноября 2026)");
        assertThat(sent.getText()).contains("Здравствуйте, Hanna Head!", "Решения", DECISION,
                "Новые креативы для соцсетей — ответственный: Mark Marketer, срок: 14.12.2026",
                "KPI, которые отстают\n- Объём продаж / выручка · VK Реклама", "Оценка встречи: 8,5 из 10");
    }

    @Test
    void somebodyWhoReadsEnglishGetsItInEnglish() {
        mail.send(recap("mark", "Mark Marketer", Optional.of(Locale.ENGLISH)));

        Mail sent = mailbox.getMailsSentTo("mark@example.com").getFirst();
        assertThat(sent.getSubject()).isEqualTo("Recap of the review of week 48 (23–29 Nov 2026)");
        assertThat(sent.getText()).contains("Hello Mark Marketer,", DECISION, "owner: Mark Marketer",
                "KPIs off track", "The meeting's rating: 8.5 out of 10").doesNotContain("Решения");
    }
}

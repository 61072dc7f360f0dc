package com.kpipulse.web.review;

import com.kpipulse.application.review.Recap;
import com.kpipulse.application.review.RecapMail;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every recap mail does: each recap is one mail to its recipient's address and to nobody else, whatever the
 * recap holds, an empty one included. Week 48 of 2026 (23–29 November): the head decided to move budget to social
 * traffic, gave the marketer new creatives due 14 December, revenue in VK Ads is off track, the meeting rated 8.5.
 */
public abstract class RecapMailContract {

    protected static final CyclePeriod WEEK_48 = new CyclePeriod(Period.isoWeek(2026, 48));
    protected static final String DECISION = "Перенести 50 000 ₽ из SEO в соцсети";

    protected abstract RecapMail mail();

    /** How many mails went to the address since the test began. */
    protected abstract int mailsTo(String address);

    /** How many mails went out since the test began. */
    protected abstract int mailsSent();

    protected static Recap recap(String login, String name, Optional<Locale> language) {
        return new Recap(new ReviewId(java.util.UUID.fromString("5b0e7c4e-3f0a-4d55-9a51-2f4c3c1d8e01")), WEEK_48,
                new Recap.Recipient(login, name, login + "@example.com", language),
                List.of(new Recap.Decision(3, new AgendaSubject.Kpi(new KpiCode("social_traffic"), Optional.empty(),
                        false), DECISION)),
                List.of(new Recap.ActionTaken("Новые креативы для соцсетей", "mark", "Mark Marketer",
                        LocalDate.of(2026, 12, 14))),
                List.of(new Recap.OffTrack(new KpiCode("revenue"), Optional.of("vk_ads"))),
                Optional.of(new BigDecimal("8.5")));
    }

    @Test
    void eachRecapIsOneMailToItsRecipientsAddress() {
        mail().send(recap("hanna", "Hanna Head", Optional.empty()));
        mail().send(recap("mark", "Mark Marketer", Optional.of(Locale.ENGLISH)));

        assertThat(mailsTo("hanna@example.com")).isEqualTo(1);
        assertThat(mailsTo("mark@example.com")).isEqualTo(1);
        assertThat(mailsTo("sofia@example.com")).isZero();
        assertThat(mailsSent()).isEqualTo(2);
    }

    @Test
    void aRecapWithNothingDecidedNothingGivenAndNoRatingIsSentAllTheSame() {
        Recap full = recap("vic", "Vic Viewer", Optional.empty());
        mail().send(new Recap(full.review(), full.week(), full.to(), List.of(), List.of(), List.of(),
                Optional.empty()));

        assertThat(mailsTo("vic@example.com")).isEqualTo(1);
        assertThat(mailsSent()).isEqualTo(1);
    }
}

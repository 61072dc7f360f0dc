package com.kpipulse.application.review;

import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.testing.InMemoryRecapMail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.review.ReviewId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EachParticipantWithAnAddressGetsTheRecapOnceTheReviewIsClosedTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void eachParticipantWithAnAddressGetsTheDecisionsTheActionsTheRedKpisAndTheRating() {
        Meeting.saved(meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Перенести 50 000 ₽ из SEO в VK"));
        meeting.take.take(Meeting.MARK, id, 1, creatives());
        Meeting.saved(meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.any(),
                List.of("hanna", "mark", "sofia")));

        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.any(), Map.of("hanna", "8", "mark", "9"),
                Meeting.MINUTES));

        List<Recap> sent = meeting.mail.sent();
        assertThat(sent).extracting(recap -> recap.to().address())
                .as("Sofia has no address, Vic and Ada did not attend")
                .containsExactly("hanna@example.com", "mark@example.com");
        assertThat(sent).extracting(recap -> recap.to().language())
                .containsExactly(Optional.empty(), Optional.of(Locale.ENGLISH));
        Recap hannas = sent.getFirst();
        assertThat(hannas.week()).isEqualTo(Meeting.WEEK_49);
        assertThat(hannas.decisions()).extracting(Recap.Decision::item, Recap.Decision::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Перенести 50 000 ₽ из SEO в VK"));
        assertThat(hannas.actions()).containsExactly(new Recap.ActionTaken("Новые креативы для соцсетей", "sofia",
                "Sofia Smm", LocalDate.of(2026, 12, 14)));
        assertThat(hannas.offTrack()).containsExactly(new Recap.OffTrack(new KpiCode("revenue"), Optional.empty()));
        assertThat(hannas.averageRating()).contains(new BigDecimal("8.5"));
    }

    @Test
    void aCloseThatIsRefusedSendsNothing() {
        Meeting.saved(meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.any(), List.of("hanna")));

        ReviewOutcome stale = meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(1), Map.of(), Meeting.MINUTES);
        ReviewOutcome denied = meeting.close.close(Meeting.MARK, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES);

        assertThat(stale).isInstanceOf(ReviewOutcome.Stale.class);
        assertThat(denied).isInstanceOf(ReviewOutcome.Denied.class);
        assertThat(meeting.mail.sent()).isEmpty();
    }

    @Test
    void aRecapTheMailRefusesIsLoggedTheOthersGoAndTheReviewStaysClosed() {
        InMemoryRecapMail refusing = new InMemoryRecapMail(Set.of("hanna@example.com"));
        SendRecap send = new SendRecap(refusing);
        Meeting.saved(meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.any(), List.of("hanna", "vic")));
        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES));

        send.send(new ReviewClosed(id, meeting.mail.sent()));

        assertThat(refusing.sent()).extracting(recap -> recap.to().address()).containsExactly("vic@example.com");
        assertThat(meeting.reviews.find(id).orElseThrow().value().open()).isFalse();
    }

    private static ActionInput creatives() {
        return new ActionInput("Новые креативы для соцсетей", null, "revenue", List.of(), "sofia", "2026-12-14",
                "Креативы выгорели", null, null, null);
    }
}

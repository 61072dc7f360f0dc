package com.kpipulse.web.review;

import com.kpipulse.application.review.Recap;
import com.kpipulse.application.review.RecapMail;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.web.correction.ActionNames;
import com.kpipulse.web.security.PublicAddress;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed review's recap as a plain-text mail through Quarkus Mailer, in the recipient's language (Russian when the
 * directory does not know it): the decisions item by item, the actions with their owners and due dates, the KPIs off
 * track, the meeting's average rating and, when the app knows the address people reach it at ({@code kpi.public-url}),
 * a link to the minutes. Without an SMTP server configured the mailer only logs the mail (README, «Mail»).
 */
@ApplicationScoped
public class RecapByMail implements RecapMail {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Inject
    Mailer mailer;

    @Inject
    ActionNames names;

    @Inject
    PublicAddress address;

    @Override
    public void send(Recap recap) {
        Locale locale = recap.to().language().orElse(RUSSIAN);
        RecapMessages texts = Bundles.of(RecapMessages.class, locale);
        Period week = recap.week().period();
        String number = Integer.toString(week.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String days = Formats.days(week.start(), week.lastDay(), locale);
        mailer.send(Mail.withText(recap.to().address(), texts.subject(number, days), body(recap, texts, number, days,
                locale)));
    }

    private String body(Recap recap, RecapMessages texts, String number, String days, Locale locale) {
        StringBuilder text = new StringBuilder(texts.greeting(recap.to().name())).append("\n\n")
                .append(texts.intro(number, days)).append("\n");
        section(text, texts.decisions(), texts.no_decisions(), recap.decisions().stream()
                .map(decision -> subject(decision, texts, locale) + ": " + decision.text().strip()).toList());
        section(text, texts.actions(), texts.no_actions(), recap.actions().stream()
                .map(action -> texts.action(action.title(), action.ownerName(), Formats.date(action.due(), locale)))
                .toList());
        section(text, texts.off_track(), texts.none_off_track(), recap.offTrack().stream()
                .map(kpi -> kpiName(kpi.kpi().value(), kpi.channel(), locale)).toList());
        text.append("\n").append(recap.averageRating().map(average -> texts.rating(Formats.number(average, 1, locale)))
                .orElseGet(texts::no_rating)).append("\n");
        address.url().ifPresent(url -> text.append("\n").append(texts.minutes(url.toString().replaceAll("/+$", "")
                + "/reviews/" + recap.review() + "/minutes")).append("\n"));
        return text.append("\n-- \n").append(texts.footer()).append("\n").toString();
    }

    private static void section(StringBuilder text, String title, String none, List<String> lines) {
        text.append("\n").append(title).append("\n");
        if (lines.isEmpty()) {
            text.append(none).append("\n");
        }
        lines.forEach(line -> text.append("- ").append(line.replace("\r\n", "\n").replace("\n", "\n  ")).append("\n"));
    }

    /** What the decided item is about, by a name where the recap has one, else by its number. */
    private String subject(Recap.Decision decision, RecapMessages texts, Locale locale) {
        return switch (decision.subject()) {
            case AgendaSubject.Kpi kpi -> kpiName(kpi.kpi().value(), kpi.channel(), locale);
            case AgendaSubject.ToDecide decide -> kpiName(decide.kpi().value(), decide.channel(), locale);
            case AgendaSubject.DataProblem problem -> Names.source(problem.source(), locale);
            case AgendaSubject.Free free -> free.title();
            default -> texts.item(decision.item());
        };
    }

    private String kpiName(String code, Optional<String> channel, Locale locale) {
        return names.kpi(code, locale) + channel.map(value -> " · " + Names.channel(value, locale)).orElse("");
    }
}

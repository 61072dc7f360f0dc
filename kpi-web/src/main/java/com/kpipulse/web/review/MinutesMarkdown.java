package com.kpipulse.web.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.review.ReviewRecord;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A review's minutes in Markdown: the week, who started and closed it, the participants with their ratings, then the
 * agenda section by section, each item with what the week's cycle said about it, its decision and its notes; a
 * dropped item struck through. Written once in both languages when the review closes ({@link #frozen}); an open
 * review's draft and a closed review's addenda are written when read.
 */
@ApplicationScoped
public class MinutesMarkdown {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Inject
    ReviewContent content;

    /** The minutes of a review just closed, in both languages, as the reader who closed it sees the week. */
    public LocalizedText frozen(Reader reader, ReviewRecord record, Optional<CycleSnapshot> cycle) {
        return LocalizedText.of(of(reader, record, cycle, RUSSIAN), of(reader, record, cycle, Locale.ENGLISH));
    }

    /** The minutes as the review stands now (a draft while it is open). */
    public String of(Reader reader, ReviewRecord record, Optional<CycleSnapshot> cycle, Locale locale) {
        ReviewMessages texts = Bundles.of(ReviewMessages.class, locale);
        WeeklyReview review = record.review().value();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(texts.review_title(review.week().period().label(locale))).append("\n\n");
        if (review.open()) {
            md.append("> ").append(texts.md_draft()).append("\n\n");
        }
        md.append(texts.started(content.person(review.startedBy()), Formats.whenOf(review.startedAt(), locale)));
        review.closedBy().ifPresent(by -> md.append("  \n").append(texts.closed(content.person(by),
                Formats.whenOf(review.closedAt().orElseThrow(), locale))));
        md.append("\n\n");
        List<ReviewContent.Participant> participants = content.participants(review);
        md.append(participants.isEmpty() ? texts.nobody_attended() : texts.md_participants(participants.stream()
                .map(person -> person.name() + (person.rating().isEmpty() ? "" : " (" + person.rating() + ")"))
                .collect(Collectors.joining(", "))));
        String average = ReviewContent.average(review, locale);
        if (!average.isEmpty()) {
            md.append(" · ").append(texts.ratings()).append(": ").append(texts.average(average));
        }
        md.append("\n");
        for (ReviewContent.SectionView section : content.sections(reader, record, cycle, locale)) {
            md.append("\n## ").append(section.number()).append(". ").append(section.title()).append(" (")
                    .append(section.minutes()).append(")\n");
            for (ReviewContent.ItemView item : section.items()) {
                item(md, item, texts);
            }
        }
        return md.toString();
    }

    /** The frozen minutes followed by the addenda, each dated with its author. */
    public String withAddenda(String minutes, List<Addendum> addenda, Locale locale) {
        if (addenda.isEmpty()) {
            return minutes;
        }
        ReviewMessages texts = Bundles.of(ReviewMessages.class, locale);
        StringBuilder md = new StringBuilder(minutes.stripTrailing()).append("\n\n## ").append(texts.md_addenda())
                .append("\n");
        for (Addendum addendum : addenda) {
            md.append("\n- **").append(Formats.whenOf(addendum.at(), locale)).append(", ")
                    .append(content.person(addendum.author())).append("**: ").append(indented(addendum.text())).append("\n");
        }
        return md.toString();
    }

    private static void item(StringBuilder md, ReviewContent.ItemView item, ReviewMessages texts) {
        String title = item.dropped() ? "~~" + item.title() + "~~ (" + texts.dropped() + ")" : item.title();
        md.append("\n### ").append(item.number()).append(". ").append(title).append(" — ").append(item.minutes())
                .append("\n\n");
        if (!item.flagged().isEmpty()) {
            md.append("- **").append(item.flagged()).append("**\n");
        }
        item.status().ifPresent(status -> md.append("- ").append(status.label()).append("\n"));
        item.facts().forEach(fact -> md.append("- ").append(fact).append("\n"));
        item.cause().ifPresent(cause -> {
            md.append("- ").append(cause.label()).append(" (").append(cause.against()).append(")\n");
            cause.evidence().forEach(sentence -> md.append("  - ").append(sentence).append("\n"));
        });
        md.append("- **").append(texts.decision()).append("**: ")
                .append(item.decision().isEmpty() ? texts.no_decision() : indented(item.decision())).append("\n");
        if (!item.notes().isEmpty()) {
            md.append("- ").append(texts.notes()).append(":\n");
            item.notes().forEach(note -> md.append("  - ").append(indented(note)).append("\n"));
        }
    }

    /** A text of several lines kept inside its list item. */
    private static String indented(String text) {
        return text.strip().replace("\r\n", "\n").replace("\n", "\n    ");
    }
}

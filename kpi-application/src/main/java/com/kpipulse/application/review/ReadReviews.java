package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.domain.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The weekly reviews as a reader may read them ({@link ReviewRights}): one with its notes, minutes and addenda, and
 * the history, the latest week first, searched by a word of a decision, a note, an addendum or an item the head
 * added, by a KPI (its code or its name in either language), by a person (login or name: who started, attended,
 * closed or wrote) or by the week's code. Viewers read the closed reviews only.
 */
@ApplicationScoped
public class ReadReviews {

    /** The most reviews the history lists: four years of weeks. */
    public static final int HISTORY = 200;

    private final WeeklyReviews reviews;
    private final CurrentKpiCatalog catalogs;
    private final Directory directory;
    private final Clock clock;

    @Inject
    public ReadReviews(WeeklyReviews reviews, CurrentKpiCatalog catalogs, Directory directory, Clock clock) {
        this.reviews = reviews;
        this.catalogs = catalogs;
        this.directory = directory;
        this.clock = clock;
    }

    /** The company's today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Access<ReviewRecord> find(Reader reader, ReviewId id) {
        Optional<Versioned<WeeklyReview>> found = reviews.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        return ReviewRights.mayRead(reader, found.get().value()) ? Access.granted(record(found.get())) : Access.denied();
    }

    /**
     * The reviews the reader may read whose text, KPIs, people or week match {@code query} (blank: all), the latest
     * week first; their notes and addenda are read only to search them.
     */
    public List<Versioned<WeeklyReview>> history(Reader reader, String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Versioned<WeeklyReview>> readable = reviews.latest(HISTORY).stream()
                .filter(review -> ReviewRights.mayRead(reader, review.value())).toList();
        if (wanted.isEmpty()) {
            return readable;
        }
        KpiCatalog catalog = catalogs.current();
        Map<String, String> names = directory.people().map(people -> people.stream()
                .collect(Collectors.toMap(person -> person.login().toLowerCase(Locale.ROOT), Person::name,
                        (first, second) -> first))).orElse(Map.of());
        return readable.stream()
                .filter(review -> words(record(review), catalog, names).anyMatch(word -> word.contains(wanted)))
                .toList();
    }

    private ReviewRecord record(Versioned<WeeklyReview> review) {
        ReviewId id = review.value().id();
        return new ReviewRecord(review, reviews.notes(id), reviews.minutes(id), reviews.addenda(id));
    }

    /** Everything a search may find the review by, in lower case. */
    private static Stream<String> words(ReviewRecord record, KpiCatalog catalog, Map<String, String> names) {
        WeeklyReview review = record.review().value();
        Function<String, Stream<String>> person = login -> Stream.of(login,
                names.getOrDefault(login.toLowerCase(Locale.ROOT), login));
        Stream<String> people = Stream.of(Stream.of(review.startedBy()), review.closedBy().stream(),
                review.attendance().stream(), record.notes().stream().map(note -> note.author()),
                record.addenda().stream().map(addendum -> addendum.author())).flatMap(Function.identity())
                .flatMap(person);
        Stream<String> texts = Stream.of(review.items().stream().map(AgendaItem::decision),
                record.notes().stream().map(note -> note.text()), record.addenda().stream().map(addendum -> addendum.text()),
                review.items().stream().map(AgendaItem::subject).filter(AgendaSubject.Free.class::isInstance)
                        .map(subject -> ((AgendaSubject.Free) subject).title())).flatMap(Function.identity());
        Stream<String> kpis = review.items().stream().flatMap(item -> kpiOf(item.subject()).stream())
                .flatMap(code -> Stream.concat(Stream.of(code), catalog.find(code).stream()
                        .flatMap(kpi -> Stream.of(kpi.name(Texts.RUSSIAN), kpi.name(Locale.ENGLISH)))));
        return Stream.of(Stream.of(review.week().code()), people, texts, kpis).flatMap(Function.identity())
                .map(word -> word.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> kpiOf(AgendaSubject subject) {
        return switch (subject) {
            case AgendaSubject.Kpi kpi -> Optional.of(kpi.kpi().value());
            case AgendaSubject.ToDecide decide -> Optional.of(decide.kpi().value());
            default -> Optional.empty();
        };
    }
}

package com.kpipulse.application.analysis;

import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.domain.analysis.Annotation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Writes and reads the context people put on KPI values. */
@ApplicationScoped
public class AnnotateValues {

    /** How an attempt to annotate ended. */
    public sealed interface Outcome {
        record Added(Annotation annotation) implements Outcome {
        }

        record Rejected(String field, String reason) implements Outcome {
        }
    }

    private final Annotations annotations;
    private final KpiCatalogs catalogs;
    private final Clock clock;

    @Inject
    public AnnotateValues(Annotations annotations, KpiCatalogs catalogs, Clock clock) {
        this.annotations = annotations;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    @Transactional
    public Outcome annotate(String kpi, LocalDate day, String channel, String text, String author) {
        if (catalogs.current().find(kpi).isEmpty()) {
            return new Outcome.Rejected("kpi", "there is no KPI «" + kpi + "»");
        }
        if (day == null) {
            return new Outcome.Rejected("day", "say which day the note is about, as YYYY-MM-DD");
        }
        if (text == null || text.isBlank()) {
            return new Outcome.Rejected("text", "the note is empty");
        }
        if (text.length() > Annotation.MAX_LENGTH) {
            return new Outcome.Rejected("text", "the note has " + text.length() + " characters; at most "
                    + Annotation.MAX_LENGTH + " fit");
        }
        Annotation annotation = new Annotation(UUID.randomUUID(), kpi, day, channel == null ? "" : channel.strip(),
                author, clock.instant(), text.strip());
        annotations.add(annotation);
        return new Outcome.Added(annotation);
    }

    public List<Annotation> of(String kpi, LocalDate from, LocalDate to) {
        return annotations.of(kpi, from, to);
    }
}

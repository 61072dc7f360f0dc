package com.kpipulse.application.analysis;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes, reads and removes the context people put on KPI values, for readers who may see the KPI
 * ({@link ReadingRights}): a note is about a day of the window values may have, optionally one channel of the
 * catalog, and is one to {@value Annotation#MAX_LENGTH} characters of text.
 */
@ApplicationScoped
public class AnnotateValues {

    /** How an attempt to annotate ended. */
    public sealed interface Outcome {
        record Added(Annotation annotation) implements Outcome {
        }

        /** The note cannot be stored: which field, and why in both languages. */
        record Rejected(String field, Message reason) implements Outcome {
        }

        /** The reader may not see the KPI, so may not write on it. */
        record Denied() implements Outcome {
        }
    }

    /** How removing a note ended. */
    public enum Removal {
        REMOVED, UNKNOWN, DENIED
    }

    private final Annotations annotations;
    private final CurrentKpiCatalog catalogs;
    private final ReadingRights rights;
    private final ChannelCatalogs channels;
    private final Clock clock;

    @Inject
    public AnnotateValues(Annotations annotations, CurrentKpiCatalog catalogs, ReadingRights rights, ChannelCatalogs channels,
                          Clock clock) {
        this.annotations = annotations;
        this.catalogs = catalogs;
        this.rights = rights;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * @param day the day the note is about, as {@code YYYY-MM-DD}; read only once the reader may write on the KPI
     */
    @Transactional
    public Outcome annotate(Reader author, String kpi, String day, String channel, String text) {
        if (catalogs.current().find(kpi).isEmpty()) {
            return new Outcome.Rejected("kpi", Message.of(NoteProblemKind.UNKNOWN_KPI, InputProblem.excerpt(kpi)));
        }
        if (!rights.mayAnnotate(author, kpi)) {
            return new Outcome.Denied();
        }
        if (day == null || day.isBlank()) {
            return new Outcome.Rejected("day", Message.of(NoteProblemKind.DAY_REQUIRED));
        }
        LocalDate noteDay;
        switch (DateWindow.parseValueDay(day, LocalDate.now(clock))) {
            case DateWindow.Parsed parsed -> noteDay = parsed.day();
            case DateWindow.Refused refused -> {
                return rejected("day", refused.problem());
            }
        }
        if (channel != null && channel.length() > TextInput.CODE) {
            return rejected("channel", InputProblem.of(com.kpipulse.domain.input.InputProblemKind.TEXT_TOO_LONG,
                    channel.length(), TextInput.CODE));
        }
        String channelCode = channel == null ? "" : channel.strip();
        ChannelCatalog catalog = channels.current();
        if (!channelCode.isEmpty() && !catalog.contains(channelCode)) {
            String known = String.join(", ", catalog.codes());
            return new Outcome.Rejected("channel",
                    Message.of(NoteProblemKind.UNKNOWN_CHANNEL, InputProblem.excerpt(channelCode), known));
        }
        if (text == null || text.isBlank()) {
            return new Outcome.Rejected("text", Message.of(NoteProblemKind.EMPTY));
        }
        Optional<InputProblem> unreadable = TextInput.check(text, Annotation.MAX_LENGTH, TextInput.Lines.MANY);
        if (unreadable.isPresent()) {
            return rejected("text", unreadable.get());
        }
        Annotation annotation = new Annotation(UUID.randomUUID(), kpi, noteDay, channelCode, author.name(), clock.instant(),
                text.strip());
        annotations.add(annotation);
        return new Outcome.Added(annotation);
    }

    /** The notes on a KPI between two days (inclusive), for a reader who may see the KPI. */
    public Access<List<Annotation>> of(Reader reader, String kpi, LocalDate from, LocalDate to) {
        if (catalogs.current().find(kpi).isEmpty()) {
            return Access.unknown();
        }
        if (!rights.mayReadKpi(reader, kpi)) {
            return Access.denied();
        }
        return Access.granted(annotations.of(kpi, from, to));
    }

    /** Removes a note: its author or an admin may. */
    @Transactional
    public Removal remove(Reader reader, String kpi, UUID id) {
        Optional<Annotation> note = annotations.find(id).filter(found -> found.kpi().equals(kpi));
        if (note.isEmpty()) {
            return Removal.UNKNOWN;
        }
        if (!rights.mayReadKpi(reader, kpi) || !rights.mayRemove(reader, note.get())) {
            return Removal.DENIED;
        }
        annotations.remove(id);
        return Removal.REMOVED;
    }

    private static Outcome rejected(String field, InputProblem problem) {
        return new Outcome.Rejected(field, problem.toMessage());
    }
}

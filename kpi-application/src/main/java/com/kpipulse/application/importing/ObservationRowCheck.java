package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules every value must pass before it is stored, whether it comes from a file, an API pull or a form: a known
 * measure and grain, a day inside the {@link DateWindow}, a value the store keeps as written, names that are text
 * of a bounded length, and a channel of the {@link ChannelCatalog} (the admin's mapping names only those; any other
 * channel text is read as a raw source and mapped, else refused).
 */
final class ObservationRowCheck {

    /**
     * What is wrong with a value, and which field of it: as a message for import reports and the values API, and as
     * a setup problem for a form that says it next to the field.
     */
    record Failure(String field, Message message, SetupProblem problem) {
    }

    /** The names of the texts a value carries, for a message about one of them. */
    private static final Map<String, LocalizedText> FIELDS = Map.of(
            "channel", LocalizedText.of("канал", "channel"),
            "campaign", LocalizedText.of("кампания", "campaign"),
            "source", LocalizedText.of("источник", "source"));

    private final MeasureCatalog measures;
    private final ChannelCatalog channels;
    private final ChannelMapping mapping;
    private final Set<String> knownChannels = new HashSet<>();
    private final LocalDate today;
    private final LocalDate earliest;
    private final LocalDate latest;
    // files repeat the same channel, campaign and source strings (shared instances): each is checked once
    private String lastCheckedChannel;
    private String lastCheckedCampaign;
    private String lastCheckedSource;
    /** The last channel text found in the catalog, the same instance as files repeat it; null before. */
    private String lastKnownChannel;
    /** The last measure code looked up (a file's column names one, the same instance every row) and what it found. */
    private String lastMeasureCode;
    private Optional<MeasureDefinition> lastMeasure = Optional.empty();
    /**
     * The channel each raw source or channel text maps to, as far as asked: a file names a few dozen sources across
     * all its rows, and the mapping's rules are tried once for each, not once a row. Bounded, since the texts come
     * from the file: past {@link #MAX_MAPPED} distinct ones the rules are tried again for every row.
     */
    private final Map<String, Optional<String>> mapped = new HashMap<>();
    private static final int MAX_MAPPED = 10_000;

    ObservationRowCheck(MeasureCatalog measures, ChannelCatalog channels, ChannelMapping mapping, LocalDate today) {
        this.measures = measures;
        this.channels = channels;
        this.mapping = mapping;
        this.knownChannels.addAll(channels.codes());
        this.today = today;
        this.earliest = DateWindow.EARLIEST;
        this.latest = DateWindow.latestValue(today);
    }

    /** The channel a row's value counts for: its own when known, else its channel text or source mapped. */
    String channelOf(ObservationRow row) {
        String channel = row.channel();
        if (channel != null && channel == lastKnownChannel) {
            return channel;
        }
        if (channel == null || channel.isBlank()) {
            return mapped(row.source()).orElse(null);
        }
        return knownChannels.contains(channel) ? channel : mapped(channel).orElse(null);
    }

    private Optional<String> mapped(String source) {
        if (source == null) {
            return mapping.channelOf(null);
        }
        Optional<String> known = mapped.get(source);
        if (known == null) {
            known = mapping.channelOf(source);
            if (mapped.size() < MAX_MAPPED) {
                mapped.put(source, known);
            }
        }
        return known;
    }

    Optional<MeasureDefinition> measure(ObservationRow row) {
        if (row.measure() != lastMeasureCode) {
            lastMeasure = measures.find(row.measure());
            lastMeasureCode = row.measure();
        }
        return lastMeasure;
    }

    Optional<Failure> check(ObservationRow row) {
        return Optional.ofNullable(failure(row, measure(row).orElse(null)));
    }

    /**
     * What is wrong with {@code row} whose measure the catalog defines as {@code measure} (null: not in the catalog),
     * or null when nothing is. A file's rows come here one by one, so the check allocates nothing when a row passes.
     */
    Failure failure(ObservationRow row, MeasureDefinition measure) {
        if (measure == null) {
            String shown = InputProblem.excerpt(row.measure());
            return new Failure("measure", Message.of(ImportProblemKind.UNKNOWN_MEASURE, shown),
                    problem("measure", Kind.UNKNOWN_MEASURE, shown));
        }
        if (row.grain() != Grain.DAY && row.grain() != Grain.WEEK && row.grain() != Grain.MONTH) {
            return new Failure("grain", Message.of(ImportProblemKind.GRAIN_NOT_STORED, nameOf(measure), row.grain()),
                    problem("grain", Kind.NOT_A_CHOICE, row.grain()));
        }
        if (row.grain() == Grain.WEEK && row.periodStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            return new Failure("periodStart",
                    Message.of(ImportProblemKind.WEEK_START, nameOf(measure), row.periodStart()),
                    problem("periodStart", Kind.WEEK_START, row.periodStart()));
        }
        if (row.grain() == Grain.MONTH && row.periodStart().getDayOfMonth() != 1) {
            return new Failure("periodStart",
                    Message.of(ImportProblemKind.MONTH_START, nameOf(measure), row.periodStart()),
                    problem("periodStart", Kind.MONTH_START, row.periodStart()));
        }
        if (row.periodStart().isBefore(earliest) || row.periodStart().isAfter(latest)) {
            InputProblem outside = DateWindow.checkValueDay(row.periodStart(), today).orElseThrow();
            return new Failure("periodStart",
                    Message.of(ImportProblemKind.VALUE_REFUSED, nameOf(measure), outside.toMessage()),
                    SetupProblem.input(SetupProblem.WHOLE, "periodStart", outside));
        }
        Optional<InputProblem> outOfRange = DecimalInput.checkRange(row.value());
        if (outOfRange.isPresent()) {
            return new Failure("value",
                    Message.of(ImportProblemKind.VALUE_REFUSED, nameOf(measure), outOfRange.get().toMessage()),
                    SetupProblem.input(SetupProblem.WHOLE, "value", outOfRange.get()));
        }
        Failure text = textFailure(row);
        if (text != null) {
            return text;
        }
        if (row.channel() != null && row.channel() != lastKnownChannel && !row.channel().isBlank()) {
            if (knownChannels.contains(row.channel())) {
                lastKnownChannel = row.channel();
            } else if (mapped(row.channel()).isEmpty()) {
                String shown = InputProblem.excerpt(row.channel());
                return new Failure("channel", Message.of(ImportProblemKind.UNKNOWN_CHANNEL, shown,
                        String.join(", ", channels.codes())), problem("channel", Kind.UNKNOWN_CHANNEL, shown));
            }
        }
        if (row.value().signum() < 0) {
            return new Failure("value", Message.of(ImportProblemKind.NEGATIVE, nameOf(measure), row.value()),
                    problem("value", Kind.NEGATIVE, row.value().toPlainString()));
        }
        if (measure.isMoney() && !isCurrencyCode(row.currency())) {
            return row.currency() == null
                    ? new Failure("currency", Message.of(ImportProblemKind.CURRENCY_REQUIRED, nameOf(measure)),
                    problem("currency", Kind.CURRENCY_REQUIRED))
                    : new Failure("currency", Message.of(ImportProblemKind.NOT_A_CURRENCY, nameOf(measure),
                    InputProblem.excerpt(row.currency())),
                    problem("currency", Kind.NOT_A_CURRENCY, InputProblem.excerpt(row.currency())));
        }
        return null;
    }

    /** Channel, campaign and source are one-line texts of bounded length (checked once per distinct string). */
    private Failure textFailure(ObservationRow row) {
        Optional<InputProblem> problem;
        if (row.channel() != lastCheckedChannel) {
            problem = TextInput.line(row.channel(), TextInput.CODE);
            if (problem.isPresent()) {
                return inputFailure("channel", problem.get());
            }
            lastCheckedChannel = row.channel();
        }
        if (row.campaign() != lastCheckedCampaign) {
            problem = TextInput.line(row.campaign(), TextInput.NAME);
            if (problem.isPresent()) {
                return inputFailure("campaign", problem.get());
            }
            lastCheckedCampaign = row.campaign();
        }
        if (row.source() != lastCheckedSource) {
            problem = TextInput.line(row.source(), TextInput.NAME);
            if (problem.isPresent()) {
                return inputFailure("source", problem.get());
            }
            lastCheckedSource = row.source();
        }
        return null;
    }

    /** The measure's name for a message about the value: made only when a value fails. */
    private static LocalizedText nameOf(MeasureDefinition measure) {
        return LocalizedText.of(measure.nameRu(), measure.nameEn());
    }

    private static Failure inputFailure(String field, InputProblem problem) {
        return new Failure(field, Message.of(ImportProblemKind.TEXT_REFUSED, FIELDS.get(field), problem.toMessage()),
                SetupProblem.input(SetupProblem.WHOLE, field, problem));
    }

    private static SetupProblem problem(String field, Kind kind, Object... args) {
        return SetupProblem.of(SetupProblem.WHOLE, field, kind, args);
    }

    /** Three capital Latin letters, as ISO 4217 writes a currency. */
    private static boolean isCurrencyCode(String currency) {
        if (currency == null || currency.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (currency.charAt(i) < 'A' || currency.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}

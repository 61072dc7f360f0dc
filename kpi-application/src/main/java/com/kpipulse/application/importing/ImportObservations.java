package com.kpipulse.application.importing;

import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationTarget;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import com.kpipulse.application.operations.WorkMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one import use case, fed by the web upload, the scheduled API pulls and the demo loader alike:
 * read with the preset → check each row → load directly, or stage → commit all or nothing.
 * <p>
 * A file with any problem writes no value; its report lists every problem (line, column, reason) and the batch is
 * recorded as REJECTED. Importing the same file twice changes nothing; a corrected file replaces the values it
 * carries for the same source, period and dimensions. An import that never ends (its process killed in the middle)
 * stores nothing either, and its batch is said to be INTERRUPTED ({@link ImportBatches}).
 * <p>
 * The company's settings fill in what a file cannot say: its currency is the currency of money neither the file nor
 * the options name (GA4 and amoCRM exports carry none), its time zone the day a CRM timestamp falls on; and the clock,
 * which runs in that zone, decides the window of dates a value may have.
 */
@ApplicationScoped
public class ImportObservations {

    /** More problems than this are counted, not listed. */
    public static final int MAX_REPORTED_PROBLEMS = 500;
    static final int PREVIEW_SIZE = 20;
    /** Values older than this before today are worth a word in the preview. */
    static final java.time.Period OLD_AFTER = java.time.Period.ofYears(1);
    /**
     * A RUNNING batch younger than this is never taken for abandoned: between being begun and being held it is
     * held by nobody for a moment, and replicas' clocks may differ by a little.
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(10);

    private final Iterable<ImportPreset> presets;
    private final Observations observations;
    private final ImportBatches batches;
    private final ChannelRules channelRules;
    private final ChannelCatalogs channels;
    private final CurrentSettings settings;
    private final WorkMeter meter;
    private final ImportProgress progress;
    private final Clock clock;

    @Inject
    public ImportObservations(Instance<ImportPreset> presets, Observations observations, ImportBatches batches,
                              ChannelRules channelRules, ChannelCatalogs channels, CurrentSettings settings,
                              WorkMeter meter, ImportProgress progress, Clock clock) {
        this((Iterable<ImportPreset>) presets, observations, batches, channelRules, channels, settings, meter, progress,
                clock);
    }

    ImportObservations(Iterable<ImportPreset> presets, Observations observations, ImportBatches batches,
                       ChannelRules channelRules, ChannelCatalogs channels, CurrentSettings settings, WorkMeter meter,
                       ImportProgress progress, Clock clock) {
        this.presets = presets;
        this.observations = observations;
        this.batches = batches;
        this.channelRules = channelRules;
        this.channels = channels;
        this.settings = settings;
        this.meter = meter;
        this.progress = progress;
        this.clock = clock;
    }

    /** How many rows of {@code person}'s upload {@code upload} are checked so far, if it has said (its page asks). */
    public Optional<Long> checkedSoFar(UUID upload, String person) {
        return progress.checkedSoFar(upload, person);
    }

    /** The currency an import takes when neither its file nor its options name one: the company's. */
    public String defaultCurrency() {
        return settings.current().currency();
    }

    /** The available presets, by id. */
    public List<ImportPreset> presets() {
        List<ImportPreset> all = new ArrayList<>();
        presets.forEach(all::add);
        all.sort(Comparator.comparing(ImportPreset::id));
        return all;
    }

    public Optional<ImportPreset> preset(String id) {
        return presets().stream().filter(preset -> preset.id().equals(id)).findFirst();
    }

    /**
     * A file that names each key once is loaded in the one pass that reads it: new keys are added, stored keys given
     * another value replaced, identical values left alone (a re-delivery writes only what changed). A file that
     * repeats a key, or meets stored keys only after its first values went out, is read a second time into the
     * staging area, which lists contradictions and replaces by key. A dry run always stages, so it writes nothing.
     */
    @Transactional
    public ImportReport importFile(ImportCommand command) {
        long started = System.nanoTime();
        UUID id = UUID.randomUUID();
        Optional<ImportPreset> found = preset(command.presetId());
        if (found.isEmpty()) {
            return unknownPreset(id, command);
        }
        ImportPreset preset = found.get();
        if (!command.dryRun()) {
            begin(id, preset, command);
            ValidatingSink sink;
            Optional<Written> loaded;
            try (DirectLoad load = observations.loadDirectly(id, preset.sourceSystem(), command.importedBy())) {
                sink = read(preset, command, load);
                // the raw bytes are compressed while the store finishes the load: the core the reading kept busy
                // is idle then, while beside the reading the compression took CPU the store was waiting for
                batches.keepingRaw(id, command.content());
                loaded = sink.problemCount() == 0 ? load.finish() : Optional.empty();
            }
            if (loaded.isPresent() || sink.problemCount() > 0) {
                return report(id, preset, command, sink, loaded.isPresent() ? ImportStatus.COMMITTED
                        : ImportStatus.REJECTED, Optional.empty(), loaded, started);
            }
        }
        ValidatingSink sink;
        ImportStatus status;
        Optional<Replacement> replaces = Optional.empty();
        Optional<Written> written = Optional.empty();
        try (StagedObservations staging = observations.stage(id, preset.sourceSystem(), command.importedBy())) {
            sink = read(preset, command, staging);
            staging.contradictions(MAX_REPORTED_PROBLEMS).stream().map(RowProblem::of).forEach(sink::reject);
            status = sink.problemCount() > 0 ? ImportStatus.REJECTED
                    : command.dryRun() ? ImportStatus.PREVIEW : ImportStatus.COMMITTED;
            if (status == ImportStatus.PREVIEW) {
                replaces = staging.replacement();
            } else if (status == ImportStatus.COMMITTED) {
                written = Optional.of(staging.commit());
            }
        }
        return report(id, preset, command, sink, status, replaces, written, started);
    }

    /**
     * Leaves a trace that outlives this process: the batch is RUNNING (committed at once) and held by this
     * transaction, so should the process die before the end, the batch is found INTERRUPTED afterwards.
     */
    private void begin(UUID id, ImportPreset preset, ImportCommand command) {
        batches.begin(new ImportReport(id, ImportStatus.RUNNING, preset.id(), command.content().fileName(),
                command.importedBy(), clock.instant(), 0, 0, null, null, List.of(), 0, List.of()), preset.sourceSystem());
        batches.hold(id);
    }

    /**
     * Marks INTERRUPTED the imports a dead process left RUNNING (none of their values is stored: their transaction
     * died with it); returns how many. Run at start and before the history is read.
     */
    @Transactional
    public int interruptAbandoned() {
        return batches.interruptAbandoned(clock.instant().minus(ABANDONED_AFTER));
    }

    private ValidatingSink read(ImportPreset preset, ImportCommand command, ObservationTarget target) {
        LocalDate today = LocalDate.now(clock);
        ValidatingSink sink = new ValidatingSink(MeasureCatalog.standard(), channels.current(), channelRules.current(),
                today, target, MAX_REPORTED_PROBLEMS, PREVIEW_SIZE);
        var company = settings.current();
        if (command.progress() != null) {
            sink.onProgress(new ProgressReports(progress, command.progress(), command.importedBy()));
        }
        readAll(preset, command, new ImportInput.Company(today, company.currency(), company.zone()), sink);
        if (command.progress() != null) {
            progress.checked(command.progress(), command.importedBy(), sink.rows());
        }
        if (sink.problemCount() == 0 && sink.observations() == 0) {
            sink.reject(RowProblem.ofFile(Message.of(ImportProblemKind.NO_VALUES,
                    LocalizedText.of(preset.descriptionRu(), preset.descriptionEn()))));
        }
        return sink;
    }

    /** The report of an import, recorded as a batch unless it was a preview; after the store was written or undone. */
    private ImportReport report(UUID id, ImportPreset preset, ImportCommand command, ValidatingSink sink,
                                ImportStatus status, Optional<Replacement> replaces, Optional<Written> written,
                                long started) {
        List<RowProblem> listed = sink.problems().stream()
                .sorted(Comparator.comparingLong(RowProblem::line)).toList();
        ImportReport report = new ImportReport(id, status, preset.id(), command.content().fileName(),
                command.importedBy(), clock.instant(), sink.rows(), sink.observations(), sink.from(), sink.to(),
                listed, sink.problemCount() - listed.size(), sink.preview(), replaces,
                status == ImportStatus.PREVIEW ? warnings(sink, replaces) : List.of(), written);
        if (status != ImportStatus.PREVIEW) {
            batches.record(report, preset.sourceSystem(), command.content());
        }
        meter.importEnded(preset.sourceSystem(), status, sink.rows(), Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    /**
     * What a preview tells its importer though nothing stops the file: the stored values it would replace, and dates
     * older than {@link #OLD_AFTER} before the company's today (an old export picked by mistake, most likely).
     */
    private List<Message> warnings(ValidatingSink sink, Optional<Replacement> replaces) {
        List<Message> warnings = new ArrayList<>();
        replaces.ifPresent(replaced -> warnings.add(Message.of(ImportWarningKind.REPLACES_VALUES, replaced.values(),
                replaced.from(), replaced.to())));
        LocalDate yearAgo = LocalDate.now(clock).minus(OLD_AFTER);
        if (sink.from() != null && sink.from().isBefore(yearAgo)) {
            warnings.add(Message.of(ImportWarningKind.OLD_VALUES, sink.from(), sink.to(), yearAgo));
        }
        return warnings;
    }

    /** An import as it ended, or RUNNING, or INTERRUPTED when the process that ran it died. */
    @Transactional
    public Optional<ImportReport> find(UUID id) {
        interruptAbandoned();
        return batches.find(id);
    }

    /** The latest imports, newest first, those a dead process left said to be INTERRUPTED. */
    @Transactional
    public List<ImportReport> latest(int limit) {
        interruptAbandoned();
        return batches.latest(limit);
    }

    /** The file read by the preset on a thread of its own, its rows checked and stored on this one ({@link ReadAhead}). */
    private static void readAll(ImportPreset preset, ImportCommand command, ImportInput.Company company,
                                ValidatingSink sink) {
        ReadAhead.read(rows -> {
            try (InputStream in = command.content().open()) {
                preset.read(new ImportInput(command.content().fileName(), in, command.mapping(), command.options(),
                        company), rows);
            } catch (IOException e) {
                // the upload broke off: said without the exception's text, which means nothing to the person
                rows.reject(RowProblem.ofFile(Message.of(ImportProblemKind.UNREADABLE)));
            }
        }, sink);
    }

    private ImportReport unknownPreset(UUID id, ImportCommand command) {
        String known = String.join(", ", presets().stream().map(ImportPreset::id).toList());
        RowProblem problem = RowProblem.ofFile(Message.of(ImportProblemKind.UNKNOWN_PRESET,
                InputProblem.excerpt(command.presetId()), known));
        return new ImportReport(id, ImportStatus.REJECTED, command.presetId(), command.content().fileName(),
                command.importedBy(), clock.instant(), 0, 0, null, null, List.of(problem), 0, List.of());
    }
}

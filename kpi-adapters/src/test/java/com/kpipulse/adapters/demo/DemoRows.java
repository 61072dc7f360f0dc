package com.kpipulse.adapters.demo;

import com.kpipulse.adapters.importing.AmoCrmLeadsJsonPreset;
import com.kpipulse.adapters.importing.DirectApiTsvPreset;
import com.kpipulse.adapters.importing.GenericPreset;
import com.kpipulse.adapters.importing.GoogleAdsApiCsvPreset;
import com.kpipulse.adapters.importing.MetricaReportCsvPreset;
import com.kpipulse.adapters.importing.VkAdsJsonPreset;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.period.Grain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The demo company of a fixed day, read back through the real presets, with channels resolved by the default channel
 * mapping of the database migration: what the import use case would store.
 */
final class DemoRows {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 14);
    /** The story of that day's demo: VK Ads' drop from 2026-W07, Google Ads' cut in 2026-W10, 5 March missing. */
    static final DemoStory STORY = new DemoCompany(CLOCK).story();
    static final List<String> CHANNELS = List.of("yandex_direct", "vk_ads", "google_ads", "seo", "smm_vk", "telegram",
            "email", "direct");

    private static final List<ImportPreset> PRESETS = List.of(new DirectApiTsvPreset(), new VkAdsJsonPreset(),
            new GoogleAdsApiCsvPreset(), new MetricaReportCsvPreset(), new AmoCrmLeadsJsonPreset(),
            new GenericPreset());
    private static final Pattern CHANNEL_RULE = Pattern.compile("\\('([^']+)', '([a-z][a-z0-9_]*)'\\)");

    final List<DemoFile> files;
    final Map<String, List<RowProblem>> problems = new LinkedHashMap<>();
    final Map<String, List<ObservationRow>> rowsByFile = new LinkedHashMap<>();
    final List<ObservationRow> rows = new ArrayList<>();

    private DemoRows(List<DemoFile> files) {
        this.files = files;
    }

    static DemoRows generateAndRead(Path directory) {
        return generateAndRead(directory, CLOCK);
    }

    /** The demo company of the day of {@code clock}, read back. */
    static DemoRows generateAndRead(Path directory, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        try {
            DemoRows demo = new DemoRows(new DemoCompany(clock).writeFiles(directory));
            ChannelMapping mapping = defaultChannelMapping();
            for (DemoFile file : demo.files) {
                List<ObservationRow> read = new ArrayList<>();
                List<RowProblem> problems = new ArrayList<>();
                read(file, today, new RowSink() {
                    @Override
                    public void accept(ObservationRow row) {
                        read.add(withChannel(row, mapping));
                    }

                    @Override
                    public void reject(RowProblem problem) {
                        problems.add(problem);
                    }
                });
                demo.problems.put(file.name(), problems);
                demo.rowsByFile.put(file.name(), read);
                demo.rows.addAll(read);
            }
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source system the file's preset imports for. */
    static String sourceSystemOf(DemoFile file) {
        return presetOf(file).sourceSystem();
    }

    private static ImportPreset presetOf(DemoFile file) {
        return PRESETS.stream().filter(p -> p.id().equals(file.presetId())).findFirst()
                .orElseThrow(() -> new AssertionError("no preset " + file.presetId()));
    }

    private static void read(DemoFile file, LocalDate today, RowSink sink) throws IOException {
        ImportPreset preset = presetOf(file);
        try (InputStream in = Files.newInputStream(file.path())) {
            preset.read(new ImportInput(file.name(), in, file.mapping(), file.options(),
                    new ImportInput.Company(today, "RUB", java.time.ZoneId.of("Europe/Moscow"))), sink);
        }
    }

    private static ObservationRow withChannel(ObservationRow row, ChannelMapping mapping) {
        String channel = row.channel() != null ? row.channel() : mapping.channelOf(row.source()).orElse(null);
        return new ObservationRow(row.line(), row.measure(), row.periodStart(), row.grain(), channel, row.campaign(),
                row.source(), row.value(), row.currency());
    }

    /** The channel rules the first migration inserts, read from the migration itself. */
    static ChannelMapping defaultChannelMapping() throws IOException {
        try (InputStream in = DemoRows.class.getResourceAsStream("/db/migration/V2__imports_channels_audit.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String inserts = sql.substring(sql.indexOf("insert into channel_rule"), sql.indexOf("create table measure_"));
            List<ChannelRule> rules = new ArrayList<>();
            Matcher m = CHANNEL_RULE.matcher(inserts);
            while (m.find()) {
                rules.add(new ChannelRule(m.group(1), m.group(2)));
            }
            return new ChannelMapping(rules);
        }
    }

    /** The demo's rows as the import use case would store them, each file as one import of its source system. */
    InMemoryObservationStore stored() {
        InMemoryObservationStore stored = new InMemoryObservationStore();
        for (DemoFile file : files) {
            try (StagedObservations staging = stored.observations().stage(UUID.randomUUID(), sourceSystemOf(file),
                    DemoLoader.USER)) {
                rowsByFile.get(file.name()).forEach(staging::add);
                staging.commit();
            }
        }
        return stored;
    }

    /** The daily rows of the files a source system delivers. */
    Stream<ObservationRow> dailyFrom(String sourceSystem) {
        return files.stream().filter(file -> sourceSystemOf(file).equals(sourceSystem))
                .flatMap(file -> rowsByFile.get(file.name()).stream()).filter(row -> row.grain() == Grain.DAY);
    }

    Stream<ObservationRow> daily(String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure) && r.grain() == Grain.DAY);
    }

    /** The sum of a daily measure for a channel (null: all channels) over the days that pass {@code days}. */
    double sum(String measure, String channel, Predicate<LocalDate> days) {
        return daily(measure).filter(r -> channel == null || channel.equals(r.channel()))
                .filter(r -> days.test(r.periodStart()))
                .map(ObservationRow::value).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    static Predicate<LocalDate> lastQuarter() {
        return day -> day.isAfter(YESTERDAY.minusDays(92));
    }

    static Predicate<LocalDate> firstYear() {
        return day -> day.isBefore(YESTERDAY.minusYears(1).plusDays(1));
    }

    static Predicate<LocalDate> lastYear() {
        return day -> day.isAfter(YESTERDAY.minusYears(1));
    }
}

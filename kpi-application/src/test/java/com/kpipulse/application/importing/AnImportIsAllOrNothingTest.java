package com.kpipulse.application.importing;

import com.kpipulse.application.measure.Contradiction;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.StoredObservation;
import com.kpipulse.application.measure.Written;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.testing.InMemoryImportProgress;
import com.kpipulse.application.testing.InMemoryWorkMeter;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.InputProblemKind;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class AnImportIsAllOrNothingTest {

    private final ImportBatches batches = InMemory.importBatches();
    private final InMemoryObservationStore store = new InMemoryObservationStore(batches);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private final InMemoryWorkMeter meter = new InMemoryWorkMeter();
    private final InMemoryImportProgress progress = new InMemoryImportProgress();
    private final ChannelRules channels = new ChannelRules() {
        @Override
        public Versioned<ChannelMapping> versioned() {
            return new Versioned<>(new ChannelMapping(List.of(new ChannelRule("vk.com / social", "smm_vk"))), 1);
        }

        @Override
        public VersionedWrite replace(List<ChannelRule> rules, ExpectedVersion expected) {
            throw new UnsupportedOperationException("imports never change the mapping");
        }
    };

    @Test
    void validRowsAreCommittedWithTheirChannelResolvedAndTheBatchRecorded() {
        ImportReport report = importWith(sink -> {
            sink.accept(row(2, "social_visits", "2026-01-05", null, "VK.com / Social", "120", null));
            sink.accept(row(2, "ad_spend", "2026-01-05", "vk_ads", null, "1500.50", "RUB"));
            sink.accept(row(3, "ad_spend", "2026-01-11", "vk_ads", null, "100", "RUB"));
        }, false);

        assertThat(report.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.observations()).isEqualTo(3);
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 11));
        assertThat(store.values()).extracting(StoredObservation::channel).containsExactly("smm_vk", "vk_ads", "vk_ads");
        assertThat(batches.latest(10)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("preview")
                .as("the history keeps no preview").containsExactly(report);
        assertThat(meter.imports("fake", ImportStatus.COMMITTED)).isEqualTo(1);
        assertThat(meter.rows("fake", ImportStatus.COMMITTED)).isEqualTo(2);
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndListsEveryProblem() {
        ImportReport report = importWith(sink -> {
            sink.accept(row(2, "ad_spend", "2026-01-05", "vk_ads", null, "10", "RUB"));
            sink.accept(row(3, "ad_spendd", "2026-01-05", "vk_ads", null, "10", "RUB"));
            sink.accept(row(4, "ad_spend", "2026-01-06", "vk_ads", null, "-3", "RUB"));
            sink.accept(row(5, "revenue", "2026-01-06", "vk_ads", null, "7", null));
            sink.reject(new RowProblem(6, "Дата", InputProblem.of(InputProblemKind.NOT_A_DATE, "32.01.2026").toMessage()));
        }, false);

        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(store.values()).isEmpty();
        assertThat(report.errors()).extracting(RowProblem::line).containsExactly(3L, 4L, 5L, 6L);
        assertThat(report.errors()).extracting(problem -> problem.message().kind()).containsExactly(
                ImportProblemKind.UNKNOWN_MEASURE, ImportProblemKind.NEGATIVE, ImportProblemKind.CURRENCY_REQUIRED,
                InputProblemKind.NOT_A_DATE);
        assertThat(report.errors().get(0).message().english()).contains("unknown measure «ad_spendd»");
        assertThat(report.errors().get(1).message().english()).isEqualTo(
                "Ad spend: value -3 is negative, and this measure cannot be below zero");
        assertThat(report.errors().get(1).message().russian()).startsWith("Расходы на рекламу: значение -3 отрицательное");
        assertThat(report.errors().get(2).message().english()).contains("needs a currency");
        assertThat(report.errors().get(3).column()).isEqualTo("Дата");
        assertThat(batches.latest(10)).extracting(ImportReport::status).containsExactly(ImportStatus.REJECTED);
        assertThat(meter.imports("fake", ImportStatus.REJECTED)).isEqualTo(1);
        assertThat(meter.imports("fake", ImportStatus.COMMITTED)).isZero();
    }

    @Test
    void aWeekMustStartOnMonday() {
        ImportReport report = importWith(sink -> sink.accept(new ObservationRow(2, "visits", LocalDate.of(2026, 1, 6),
                Grain.WEEK, "seo", null, null, BigDecimal.TEN, null)), false);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.errors().get(0).message().kind()).isEqualTo(ImportProblemKind.WEEK_START);
        assertThat(report.errors().get(0).message().english()).contains("a week starts on a Monday, and 2026-01-06 is not one");
    }

    @Test
    void aFileThatRepeatsAKeyIsReadAgainIntoStagingWhichFindsTheContradiction() {
        RowProblem contradiction = RowProblem.of(new Contradiction(4, 9, "visits", LocalDate.of(2026, 1, 5), Grain.DAY,
                "seo", "", "", new BigDecimal("5"), new BigDecimal("6")));
        ImportReport report = importWith(sink -> {
            sink.accept(row(4, "visits", "2026-01-05", "seo", null, "5", null));
            sink.accept(row(9, "visits", "2026-01-05", "seo", null, "6", null));
        }, false);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.errors()).containsExactly(contradiction);
        assertThat(contradiction.message().english()).startsWith("line 9 contradicts line 4: ")
                .endsWith("(channel seo, campaign —, source —) has different values (5 and 6); keep one row per period and dimensions");
        assertThat(report.rows()).isEqualTo(2);
        assertThat(store.values()).isEmpty();
        assertThat(batches.latest(10)).extracting(ImportReport::status).containsExactly(ImportStatus.REJECTED);
    }

    @Test
    void newKeysAreLoadedDirectlyAndARedeliveryReplacesWhatChangedInTheSamePassAndSaysSo() {
        ImportReport first = importWith(sink -> {
            sink.accept(row(2, "visits", "2026-01-05", "seo", null, "5", null));
            sink.accept(row(3, "visits", "2026-01-06", "seo", null, "6", null));
        }, false);
        assertThat(first.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(first.written()).contains(new Written(2, 0, 0));
        assertThat(store.loadsKept()).isEqualTo(1);
        assertThat(store.commits()).isZero();

        ImportReport corrected = importWith(sink -> {
            sink.accept(row(2, "visits", "2026-01-05", "seo", null, "7", null));
            sink.accept(row(3, "visits", "2026-01-06", "seo", null, "6", null));
            sink.accept(row(4, "visits", "2026-01-07", "seo", null, "1", null));
        }, false);
        assertThat(corrected.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(corrected.observations()).isEqualTo(3);
        assertThat(corrected.written()).as("one new, one replaced, one as it was").contains(new Written(1, 1, 1));
        assertThat(store.loadsKept()).as("the re-delivery was read once, not staged").isEqualTo(2);
        assertThat(store.commits()).isZero();
        assertThat(store.values()).extracting(StoredObservation::value)
                .containsExactly(new BigDecimal("7"), new BigDecimal("6"), new BigDecimal("1"));
        assertThat(batches.latest(10)).extracting(ImportReport::status)
                .containsExactly(ImportStatus.COMMITTED, ImportStatus.COMMITTED);
        assertThat(batches.latest(10)).extracting(ImportReport::written)
                .containsExactlyInAnyOrder(Optional.of(new Written(1, 1, 1)), Optional.of(new Written(2, 0, 0)));
    }

    @Test
    void aRedeliveryThatRepeatsAKeyIsStagedAndItsReportCountsEachKeyOnce() {
        importWith(sink -> sink.accept(row(2, "visits", "2026-01-05", "seo", null, "5", null)), false);

        ImportReport again = importWith(sink -> {
            sink.accept(row(2, "visits", "2026-01-05", "seo", null, "5", null));
            sink.accept(row(3, "visits", "2026-01-05", "seo", null, "5", null));
            sink.accept(row(4, "visits", "2026-01-06", "seo", null, "2", null));
        }, false);

        assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(store.commits()).as("a repeated key takes the staging path").isEqualTo(1);
        assertThat(again.written()).contains(new Written(1, 0, 1));
    }

    @Test
    void aRejectedFileIsNotReadASecondTime() {
        int[] reads = {0};
        ImportReport report = importWith(sink -> {
            reads[0]++;
            sink.accept(row(2, "visitz", "2026-01-05", "seo", null, "5", null));
        }, false);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(reads[0]).isEqualTo(1);
        assertThat(store.loadsKept() + store.commits()).isZero();
    }

    @Test
    void aFileWithoutValuesIsRejectedNotSilentlyAccepted() {
        ImportReport report = importWith(sink -> { }, false);
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.errors().get(0).message().kind()).isEqualTo(ImportProblemKind.NO_VALUES);
        assertThat(report.errors().get(0).message().english()).contains("no values", "«test»");
        assertThat(report.errors().get(0).message().russian()).contains("нет ни одного значения", "«тест»");
    }

    @Test
    void aDryRunPreviewsAndWritesNothing() {
        ImportReport report = importWith(sink -> sink.accept(row(2, "visits", "2026-01-05", "seo", null, "5", null)), true);
        assertThat(report.status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(report.preview()).hasSize(1);
        assertThat(report.replaces()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(store.values()).isEmpty();
        assertThat(batches.latest(10)).isEmpty();
    }

    @Test
    void aPreviewSaysHowManyStoredValuesTheFileWouldReplaceAndOverWhichDays() {
        importWith(sink -> {
            sink.accept(row(2, "visits", "2026-01-15", "seo", null, "5", null));
            sink.accept(row(3, "visits", "2026-01-16", "seo", null, "6", null));
            sink.accept(row(4, "visits", "2026-01-17", "seo", null, "7", null));
        }, false);

        ImportReport preview = importWith(sink -> {
            sink.accept(row(2, "visits", "2026-01-15", "seo", null, "5", null));
            sink.accept(row(3, "visits", "2026-01-16", "seo", null, "60", null));
            sink.accept(row(4, "visits", "2026-01-17", "seo", null, "70", null));
            sink.accept(row(5, "visits", "2026-01-18", "seo", null, "8", null));
        }, true);

        assertThat(preview.status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(preview.replaces()).contains(new Replacement(2, LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 17)));
        assertThat(preview.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.kind()).isEqualTo(ImportWarningKind.REPLACES_VALUES);
            assertThat(warning.russian()).isEqualTo(
                    "файл заменит уже сохранённые значения (всего 2) за 16.01.2026–17.01.2026: в файле для них другие цифры");
            assertThat(warning.english()).isEqualTo(
                    "the file replaces 2 stored values from 2026-01-16 to 2026-01-17: it has other figures for them");
        });
    }

    @Test
    void aPreviewOfValuesMoreThanAYearOldAsksWhetherItIsTheRightFile() {
        ImportReport preview = importWith(sink -> sink.accept(row(2, "visits", "2024-01-15", "seo", null, "5", null)), true);

        assertThat(preview.status()).isEqualTo(ImportStatus.PREVIEW);
        assertThat(preview.warnings()).extracting(Message::kind).containsExactly(ImportWarningKind.OLD_VALUES);
        assertThat(preview.warnings().get(0).russian()).startsWith("значения в файле за 15.01.2024–15.01.2024 — старше года (раньше 23.11.2025)");
        assertThat(importWith(sink -> sink.accept(row(2, "visits", "2025-11-23", "seo", null, "5", null)), true)
                .warnings()).as("a year ago to the day is not older than a year").isEmpty();
    }

    @Test
    void anUnknownPresetIsNamedWithTheKnownOnes() {
        ImportObservations imports = new ImportObservations(List.of(preset(sink -> { })), store.observations(), batches, channels, InMemory.channelCatalogs(),
                InMemory.currentSettings(CompanySettings.INITIAL), meter, progress, clock);
        ImportReport report = imports.importFile(new ImportCommand("nope", ImportContent.ofBytes("x.csv", new byte[0]),
                Map.of(), Map.of(), false, "mark"));
        assertThat(report.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(report.errors().get(0).message().kind()).isEqualTo(ImportProblemKind.UNKNOWN_PRESET);
        assertThat(report.errors().get(0).message().english()).contains("«nope»", "fake");
    }

    @Test
    void anImportWatchedByItsPageReportsItsRowsCheckedUnderItsKeyAndForItsImporterOnly() {
        UUID key = UUID.randomUUID();
        ImportObservations imports = new ImportObservations(List.of(preset(sink -> {
            for (int line = 2; line < 20_002; line++) {
                sink.accept(row(line, "visits", "2025-11-20", "seo", null, "5", null));
            }
        })), store.observations(), batches, channels, InMemory.channelCatalogs(),
                InMemory.currentSettings(CompanySettings.INITIAL), meter, progress, clock);

        ImportReport preview = imports.importFile(new ImportCommand("fake", ImportContent.ofBytes("f.csv", new byte[] {1}),
                Map.of(), Map.of(), true, "mark").reportingProgressAs(key));

        assertThat(preview.rows()).isEqualTo(20_000);
        assertThat(progress.checkedSoFar(key, "mark")).as("the last report is the whole file").contains(20_000L);
        assertThat(progress.reported()).as("reports only grow").isSorted();
        assertThat(progress.checkedSoFar(key, "hanna")).as("nobody else reads it").isEmpty();
        assertThat(progress.checkedSoFar(UUID.randomUUID(), "mark")).isEmpty();
        int reports = progress.reported().size();
        importWith(sink -> sink.accept(row(2, "visits", "2025-11-20", "seo", null, "5", null)), true);
        assertThat(progress.reported()).as("an import nobody watches reports nothing").hasSize(reports);
    }

    private ImportReport importWith(Consumer<RowSink> rows, boolean dryRun) {
        ImportObservations imports = new ImportObservations(List.of(preset(rows)), store.observations(), batches, channels, InMemory.channelCatalogs(),
                InMemory.currentSettings(CompanySettings.INITIAL), meter, progress, clock);
        return imports.importFile(new ImportCommand("fake", ImportContent.ofBytes("f.csv", new byte[] {1}),
                Map.of(), Map.of(), dryRun, "mark"));
    }

    private static ObservationRow row(long line, String measure, String day, String channel, String source, String value,
                                      String currency) {
        return new ObservationRow(line, measure, LocalDate.parse(day), Grain.DAY, channel, null, source,
                new BigDecimal(value), currency);
    }

    private static ImportPreset preset(Consumer<RowSink> rows) {
        return new ImportPreset() {
            @Override
            public String id() {
                return "fake";
            }

            @Override
            public String descriptionRu() {
                return "тест";
            }

            @Override
            public String descriptionEn() {
                return "test";
            }

            @Override
            public void read(ImportInput input, RowSink sink) {
                rows.accept(sink);
            }
        };
    }
}

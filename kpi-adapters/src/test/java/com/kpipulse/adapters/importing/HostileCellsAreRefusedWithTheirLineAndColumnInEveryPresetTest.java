package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowProblem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A security review found an import cell keeping a core busy for 23 minutes ({@code -1e9999999} written out to ten
 * million digits) and another failing an import with a numeric overflow in the store (a thousand nines). Here every
 * preset reads a valid sample in which one numeric cell, and separately one date cell, holds a value of a hostile
 * table. The preset must finish, let no exception out, refuse the cell at its line and column (the element and JSON
 * path for API responses) with a short printable reason, and read everything else exactly as it reads the same file
 * with an ordinary bad value ({@value #ORDINARY_BAD_VALUE}) in that cell: so no value comes from the hostile cell.
 * <p>
 * A JSON number token can break the document itself ({@code NaN}, a hundred thousand digits, a megabyte of letters):
 * then the document is refused at the token's line and nothing from that element on is read. A NUL byte makes a text
 * file binary for the encoding sniffer, which refuses the whole file before any cell is read.
 * <p>
 * A new preset is one more {@code Sample} in {@link #SAMPLES}, a new hostile value one more line in {@link #NUMBERS}
 * or {@link #DATES}. The timeout only stops a hang; it is no claim about speed.
 */
class HostileCellsAreRefusedWithTheirLineAndColumnInEveryPresetTest {

    static final String ORDINARY_BAD_VALUE = "x";
    private static final int MAX_MESSAGE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values put into a numeric cell. */
    static final List<Hostile> NUMBERS = List.of(
            new Hostile("-1e9999999", "-1e9999999"),
            new Hostile("1e400", "1e400"),
            new Hostile("1e-400", "1e-400"),
            new Hostile("-1e999999999", "-1e999999999"),
            new Hostile("a thousand nines", "9".repeat(1000)),
            new Hostile("a hundred thousand digits", "1" + "0".repeat(99_999)),
            new Hostile("NaN", "NaN"),
            new Hostile("Infinity", "Infinity"),
            new Hostile("-Infinity", "-Infinity"),
            new Hostile("1e2147483648", "1e2147483648"),
            new Hostile("1.5e-2147483647", "1.5e-2147483647"),
            new Hostile("0x1F", "0x1F"),
            new Hostile("Long.MIN_VALUE", "-9223372036854775808"),
            new Hostile("a megabyte of grouped digits", "1" + " 000".repeat(262_144)),
            new Hostile("a NUL byte inside a number", "12\u000034"));

    /** Values put into a date cell. */
    static final List<Hostile> DATES = List.of(
            new Hostile("0000-01-01", "0000-01-01"),
            new Hostile("+10000-01-01", "+10000-01-01"),
            new Hostile("-999999999-01-01", "-999999999-01-01"),
            new Hostile("2024-02-30", "2024-02-30"),
            new Hostile("9999-12-31", "9999-12-31"),
            new Hostile("1990-01-01", "1990-01-01"),
            new Hostile("a megabyte date cell", "2024-06-01T" + "T".repeat(1 << 20)));

    private static final Map<String, String> RUB = Map.of("currency", "RUB");

    /** Every preset, with a valid sample and the cells to replace: a numeric one and a date one at least. */
    static final List<Sample> SAMPLES = List.of(
            Table.resource(new DirectUiCsvPreset(), "direct-ui-csv/campaigns-cp1251.csv", Charset.forName("windows-1251"),
                    ';', Map.of(), Map.of(), 6, Target.number("Клики"), Target.date("Дата")),
            Table.resource(new GenericPreset(), "generic/channel-costs.csv", StandardCharsets.UTF_8, ';',
                    Map.of("Дата", "date", "Канал", "channel", "Кампания", "campaign", "Визиты", "visits",
                            "Расход", "ad_spend", "Лиды", "leads", "Комментарий", ""),
                    RUB, 2, Target.number("Визиты"), Target.number("Расход"), Target.date("Дата")),
            // the file of the security review
            Table.text(new GenericPreset(), "generic/security-review.csv",
                    "date,channel,campaign,ad_spend\n2001-03-05,sectest,e,1\n2001-03-06,sectest,e,2\n", ',',
                    Map.of("date", "date", "channel", "channel", "campaign", "campaign", "ad_spend", "ad_spend"),
                    RUB, 2, Target.number("ad_spend"), Target.date("date")),
            new Xlsx(new GenericPreset(), List.of("date", "channel", "campaign", "ad_spend"),
                    List.of(List.of("2001-03-05", "sectest", "e", "1"), List.of("2001-03-06", "sectest", "e", "2")),
                    RUB, 2, Target.number("ad_spend"), Target.date("date")),
            Table.resource(new MetricaReportCsvPreset(), "metrica-report-csv/traffic-sources-en.csv",
                    StandardCharsets.UTF_8, ',', Map.of(), Map.of(), 3, Target.number("Sessions"),
                    Target.number("Time on site"), Target.date("Date of visit")),
            Table.resource(new Ga4CsvPreset(), "ga4-csv/explore-daily.csv", StandardCharsets.UTF_8, ',', Map.of(),
                    Map.of(), 10, Target.number("Sessions"), Target.date("Date")),
            Table.resource(new GoogleAdsUiCsvPreset(), "google-ads-ui-csv/campaign-report.csv",
                    StandardCharsets.UTF_8, ',', Map.of(), Map.of(), 4, Target.number("Clicks"), Target.number("Cost"),
                    Target.date("Day")),
            Table.resource(new GoogleAdsApiCsvPreset(), "google-ads-api-csv/campaign_stats_data.csv",
                    StandardCharsets.UTF_8, ',', Map.of(), Map.of("currency", "USD"), 2, Target.number("cost_micros"),
                    Target.number("clicks"), Target.date("date")),
            Table.resource(new DirectApiTsvPreset(), "direct-api-tsv/campaign-stats.tsv", StandardCharsets.UTF_8,
                    '\t', Map.of(), RUB, 3, Target.number("Cost"), Target.number("Impressions"), Target.date("Date")),
            Table.resource(new HubSpotDealsCsvPreset(), "hubspot-deals-csv/deals-export.csv", StandardCharsets.UTF_8,
                    ',', Map.of(), Map.of(), 2, Target.number("Amount"), Target.date("Create Date")),
            Table.resource(new MetricaLogsTsvPreset(), "metrica-logs-tsv/visits.tsv", StandardCharsets.UTF_8, '\t',
                    Map.of(), RUB, 4, Target.number("ym:s:visitDuration"),
                    Target.number("ym:s:purchaseRevenue").within("[", "]"), Target.date("ym:s:date")),
            Json.resource(new Ga4JsonPreset(), "ga4-json/run-report.json", Map.of(), 1,
                    Target.number("/rows/0/metricValues/0/value", "rows[0].metricValues[0]"),
                    Target.number("/rows/0/metricValues/4/value", "rows[0].metricValues[4]"),
                    Target.date("/rows/0/dimensionValues/0/value", "rows[0].dimensionValues[0]")),
            Json.resource(new MetricaReportJsonPreset(), "metrica-report-json/traffic-by-day.json", Map.of(), 1,
                    Target.number("/data/0/metrics/0", "data[0].metrics[0]"),
                    Target.number("/data/0/metrics/3", "data[0].metrics[3]"),
                    Target.date("/data/0/dimensions/0/name", "data[0].dimensions[0]")),
            Json.resource(new VkAdsJsonPreset(), "vk-ads-json/ad-plans-day.json", RUB, 1,
                    Target.number("/items/0/rows/0/base/shows", "items[0].rows[0].base.shows"),
                    Target.number("/items/0/rows/0/base/spent", "items[0].rows[0].base.spent"),
                    Target.date("/items/0/rows/0/date", "items[0].rows[0].date")),
            Json.resource(new AmoCrmLeadsJsonPreset(), "amocrm-leads-json/leads-page-1.json", RUB, 2,
                    Target.number("/_embedded/leads/1/price", "_embedded.leads[1].price"),
                    Target.number("/_embedded/leads/1/created_at", "_embedded.leads[1].created_at"),
                    Target.date("/_embedded/leads/1/created_at", "_embedded.leads[1].created_at")),
            Json.resource(new Bitrix24DealsJsonPreset(), "bitrix24-deals-json/crm-deal-list.json", Map.of(), 1,
                    Target.number("/result/0/OPPORTUNITY", "result[0].OPPORTUNITY"),
                    Target.date("/result/0/DATE_CREATE", "result[0].DATE_CREATE")));

    private static final Map<String, Read> ORDINARY = new ConcurrentHashMap<>();

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Sample sample : SAMPLES) {
            for (Target target : sample.targets()) {
                for (Hostile value : target.kind() == Kind.NUMBER ? NUMBERS : DATES) {
                    if (!sample.canHold(value.text())) {
                        continue;
                    }
                    cases.add(new Case(sample, target, value, false));
                    if (target.kind() == Kind.NUMBER && sample.takesTokens(value.text())) {
                        cases.add(new Case(sample, target, value, true));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theHostileCellIsRefusedAtItsLineAndColumnAndNothingElseChanges(Case c) {
        Read ordinary = ORDINARY.computeIfAbsent(c.sample().name() + " " + c.target().where(),
                key -> c.sample().read(c.target(), ORDINARY_BAD_VALUE, false));
        assertThat(ordinary.problemsAt(c.sample().line(), c.target())).as("the sample reads the target cell")
                .isNotEmpty();

        Read hostile = c.sample().read(c.target(), c.value().text(), c.asToken());

        assertThat(hostile.sink().problems).as("every reason is short and printable").allSatisfy(p -> assertThat(
                p.message().english()).hasSizeLessThan(MAX_MESSAGE).doesNotContainPattern("\\p{Cntrl}"));
        List<RowProblem> atTheCell = hostile.problemsAt(c.sample().line(), c.target());
        if (!atTheCell.isEmpty()) {
            assertThat(hostile.sink().rows).as("what is read besides the cell").isEqualTo(ordinary.sink().rows);
            assertThat(hostile.problemsElsewhere(c.sample().line(), c.target())).as("the other problems")
                    .isEqualTo(ordinary.problemsElsewhere(c.sample().line(), c.target()));
            return;
        }
        if (c.asToken()) {
            // the token broke the document: refused where the parser stopped, nothing read from that element on
            assertThat(hostile.sink().problems).as("a problem of the document at the token's line")
                    .anySatisfy(p -> {
                        assertThat(p.column()).isNull();
                        assertThat(p.line()).isEqualTo(hostile.tokenLine());
                    });
            assertThat(hostile.sink().rows).as("rows of the broken element or after it")
                    .allSatisfy(r -> assertThat(r.line()).isLessThan(c.sample().line()));
            return;
        }
        assertThat(c.value().text()).as("only a NUL byte refuses a text file as a whole: " + hostile.sink().problems)
                .contains("\u0000");
        assertThat(c.sample()).isInstanceOf(Table.class);
        assertThat(hostile.sink().problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.column()).isNull();
            assertThat(p.message().english()).contains("not text");
        });
        assertThat(hostile.sink().rows).isEmpty();
    }

    @Test
    void everyPresetHasASample() {
        assertThat(SAMPLES.stream().map(s -> s.preset().id()).distinct()).containsExactlyInAnyOrder(
                "direct-ui-csv", "generic", "metrica-report-csv", "ga4-csv", "google-ads-ui-csv", "google-ads-api-csv",
                "direct-api-tsv", "hubspot-deals-csv", "metrica-logs-tsv", "ga4-json", "metrica-report-json",
                "vk-ads-json", "amocrm-leads-json", "bitrix24-deals-json");
    }

    static Stream<Sample> samples() {
        return SAMPLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theUntouchedSampleHasNoProblemAtItsTargetsAndValuesFromTheirLine(Sample sample) {
        Read read = sample.read(null, null, false);

        for (Target target : sample.targets()) {
            assertThat(read.problemsAt(sample.line(), target)).as(target.where()).isEmpty();
        }
        assertThat(read.sink().rows).as("values from line " + sample.line())
                .anySatisfy(r -> assertThat(r.line()).isEqualTo(sample.line()));
    }

    static Stream<Case> documents() {
        return SAMPLES.stream().filter(s -> s instanceof Json).map(s -> new Case(s, s.targets().get(0),
                new Hostile("10 000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000)), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDocumentNestedTooDeepIsRefusedAtTheNesting(Case c) {
        Read read = c.sample().read(c.target(), c.value().text(), c.asToken());

        assertThat(read.sink().problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(read.tokenLine());
            assertThat(p.message().english()).hasSizeLessThan(MAX_MESSAGE);
        });
        assertThat(read.sink().rows).allSatisfy(r -> assertThat(r.line()).isLessThan(c.sample().line()));
    }

    static Stream<Cut> cuts() {
        return SAMPLES.stream().filter(s -> !(s instanceof Table))
                .flatMap(s -> IntStream.range(1, 20).mapToObj(twentieth -> new Cut(s, twentieth)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cuts")
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDocumentCutShortIsReportedAndWhatCameBeforeIsKept(Cut cut) {
        byte[] whole = cut.sample().bytes(null, null, false);
        byte[] start = Arrays.copyOf(whole, whole.length * cut.twentieths() / 20);

        RecordingSink sink = Presets.read(cut.sample().preset(), new ImportInput(cut.sample().fileName(),
                new ByteArrayInputStream(start), cut.sample().mapping(), cut.sample().options(), Presets.COMPANY));

        assertThat(sink.problems).isNotEmpty().allSatisfy(p -> assertThat(p.message().english()).hasSizeLessThan(MAX_MESSAGE));
    }

    // ---------------------------------------------------------------------------------------------------------------

    enum Kind { NUMBER, DATE }

    record Hostile(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A cell to replace: a column of a table (found in the header) or a JSON pointer; {@code column} is how a problem
     * names it, {@code before}/{@code after} wrap the value (a Metrica logs array).
     */
    record Target(Kind kind, String where, String column, String before, String after) {

        static Target number(String header) {
            return new Target(Kind.NUMBER, header, header, "", "");
        }

        static Target date(String header) {
            return new Target(Kind.DATE, header, header, "", "");
        }

        static Target number(String pointer, String path) {
            return new Target(Kind.NUMBER, pointer, path, "", "");
        }

        static Target date(String pointer, String path) {
            return new Target(Kind.DATE, pointer, path, "", "");
        }

        Target within(String before, String after) {
            return new Target(kind, where, column, before, after);
        }
    }

    record Case(Sample sample, Target target, Hostile value, boolean asToken) {
        @Override
        public String toString() {
            return sample.name() + ": " + target.where() + " ← " + value + (asToken ? " (as a token)" : "");
        }
    }

    record Cut(Sample sample, int twentieths) {
        @Override
        public String toString() {
            return sample.name() + " cut after " + twentieths + "/20";
        }
    }

    /** What a preset made of one file; {@code tokenLine} is the text line a JSON token was put on. */
    record Read(RecordingSink sink, long tokenLine) {

        List<RowProblem> problemsAt(long line, Target target) {
            return sink.problems.stream().filter(p -> at(p, line, target)).toList();
        }

        List<RowProblem> problemsElsewhere(long line, Target target) {
            return sink.problems.stream().filter(p -> !at(p, line, target)).toList();
        }

        private static boolean at(RowProblem problem, long line, Target target) {
            return problem.line() == line && Objects.equals(problem.column(), target.column());
        }
    }

    /** A valid file of a preset, able to put a value into one of its cells. */
    sealed interface Sample permits Table, Json, Xlsx {

        ImportPreset preset();

        String fileName();

        Map<String, String> mapping();

        Map<String, String> options();

        /** The line (or element index) of the row whose cells are replaced. */
        long line();

        List<Target> targets();

        /** The file with {@code value} in the cell of {@code target} (none: the sample as it is). */
        byte[] bytes(Target target, String value, boolean asToken);

        /** Whether the format can hold {@code value} at all. */
        default boolean canHold(String value) {
            return true;
        }

        /** Whether {@code value} can also be written as a number rather than a string (JSON token, XLSX number). */
        default boolean takesTokens(String value) {
            return false;
        }

        default long tokenLine(Target target, String value) {
            return -1;
        }

        default String name() {
            return preset().id() + " " + fileName();
        }

        default Read read(Target target, String value, boolean asToken) {
            byte[] file = bytes(target, value, asToken);
            RecordingSink sink = Presets.read(preset(), new ImportInput(fileName(), new ByteArrayInputStream(file),
                    mapping(), options(), Presets.COMPANY));
            return new Read(sink, target == null || !asToken ? -1 : tokenLine(target, value));
        }
    }

    /**
     * A delimited text file; the row at {@code line} (1-based physical line) gets the value in the column the header
     * names, quoted as CSV quotes when it must be.
     */
    record Table(ImportPreset preset, String fileName, String text, Charset charset, char delimiter,
                 Map<String, String> mapping, Map<String, String> options, long line, List<Target> targets)
            implements Sample {

        static Table resource(ImportPreset preset, String resource, Charset charset, char delimiter,
                              Map<String, String> mapping, Map<String, String> options, long line, Target... targets) {
            return new Table(preset, resource, new String(Presets.resourceBytes(resource), charset), charset,
                    delimiter, mapping, options, line, List.of(targets));
        }

        static Table text(ImportPreset preset, String name, String text, char delimiter, Map<String, String> mapping,
                          Map<String, String> options, long line, Target... targets) {
            return new Table(preset, name, text, StandardCharsets.UTF_8, delimiter, mapping, options, line,
                    List.of(targets));
        }

        @Override
        public byte[] bytes(Target target, String value, boolean asToken) {
            if (target == null) {
                return text.getBytes(charset);
            }
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int header = IntStream.range(0, lines.size())
                    .filter(i -> cells(lines.get(i)).contains(target.where())).findFirst().orElseThrow();
            int column = cells(lines.get(header)).indexOf(target.where());
            String row = lines.get((int) line - 1);
            boolean cr = row.endsWith("\r");
            List<String> cells = new ArrayList<>(cells(row));
            cells.set(column, target.before() + value + target.after());
            lines.set((int) line - 1, String.join(String.valueOf(delimiter), cells.stream().map(this::quoted).toList())
                    + (cr ? "\r" : ""));
            return String.join("\n", lines).getBytes(charset);
        }

        private List<String> cells(String line) {
            return DelimitedTextReader.split(line.replace("\r", ""), delimiter).stream()
                    .map(c -> c.replace("\uFEFF", "").strip()).toList();
        }

        private String quoted(String cell) {
            return cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0
                    ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
        }
    }

    /** An API response; {@code line} is the index of the element whose field is replaced, as problems name it. */
    record Json(ImportPreset preset, String fileName, JsonNode document, Map<String, String> options, long line,
                List<Target> targets) implements Sample {

        private static final String PLACEHOLDER = "@@hostile@@";

        static Json resource(ImportPreset preset, String resource, Map<String, String> options, long line,
                             Target... targets) {
            try {
                return new Json(preset, resource, JSON.readTree(Presets.resourceBytes(resource)), options, line,
                        List.of(targets));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> mapping() {
            return Map.of();
        }

        @Override
        public boolean takesTokens(String value) {
            return true;
        }

        @Override
        public byte[] bytes(Target target, String value, boolean asToken) {
            return text(target, value, asToken).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public long tokenLine(Target target, String value) {
            String withPlaceholder = text(target, PLACEHOLDER, true);
            int at = withPlaceholder.indexOf(PLACEHOLDER);
            return withPlaceholder.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        /** The document pretty-printed, the value at the target's pointer as a JSON string or as a raw token. */
        private String text(Target target, String value, boolean asToken) {
            try {
                if (target == null) {
                    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
                }
                JsonNode copy = document.deepCopy();
                JsonPointer pointer = JsonPointer.compile(target.where());
                ContainerNode<?> parent = (ContainerNode<?>) copy.at(pointer.head());
                String key = pointer.last().getMatchingProperty();
                if (parent instanceof ObjectNode object) {
                    object.put(key, PLACEHOLDER);
                } else {
                    ((ArrayNode) parent).set(pointer.last().getMatchingIndex(), PLACEHOLDER);
                }
                String written = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(copy);
                String replacement = asToken ? value : JSON.writeValueAsString(value);
                return written.replace("\"" + PLACEHOLDER + "\"", replacement);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A workbook for the generic preset: a header row and data rows of text; the cell gets the value as text or, as a
     * token, as a number cell (what a spreadsheet holds as a number: a {@code BigDecimal}, or NaN and Infinity as
     * doubles).
     */
    record Xlsx(ImportPreset preset, List<String> header, List<List<String>> rows, Map<String, String> options,
                long line, List<Target> targets) implements Sample {

        Xlsx(ImportPreset preset, List<String> header, List<List<String>> rows, Map<String, String> options, long line,
             Target... targets) {
            this(preset, header, rows, options, line, List.of(targets));
        }

        @Override
        public String fileName() {
            return "sheet.xlsx";
        }

        @Override
        public Map<String, String> mapping() {
            return Map.of();
        }

        /** A workbook is XML, which has no NUL or other control characters: a writer drops them. */
        @Override
        public boolean canHold(String value) {
            return value.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        }

        @Override
        public boolean takesTokens(String value) {
            return number(value) != null;
        }

        private static Object number(String value) {
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                return switch (value) {
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default -> null;
                };
            }
        }

        @Override
        public byte[] bytes(Target target, String value, boolean asToken) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                Workbook workbook = new Workbook(bytes, "KPI Pulse test", "1.0");
                Worksheet sheet = workbook.newWorksheet("Data");
                for (int c = 0; c < header.size(); c++) {
                    sheet.value(0, c, header.get(c));
                }
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < header.size(); c++) {
                        boolean hostile = target != null && r + 2 == line && header.get(c).equals(target.where());
                        String text = hostile ? value : rows.get(r).get(c);
                        Object number = hostile && asToken ? number(value) : null;
                        if (number instanceof BigDecimal decimal) {
                            sheet.value(r + 1, c, decimal);
                        } else if (number instanceof Double d) {
                            sheet.value(r + 1, c, d);
                        } else {
                            sheet.value(r + 1, c, text);
                        }
                    }
                }
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }
}

package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic preset reads a workbook's first sheet from the XML as spreadsheet programs write it (here written by
 * hand, part by part, so that each way of writing a cell is there): shared and inline strings, rows that skip
 * columns or leave out their references, numbers in a date style, booleans, error cells, formulas with their cached
 * results; and it refuses a workbook out of bounds (a zip bomb, a DTD, a cell longer than a cell can be, a sheet
 * that breaks off) with the reason and, for a cell, its row and column.
 */
class WorkbooksAreReadFromTheirOwnXmlWithinBoundsTest {

    private final GenericPreset preset = new GenericPreset();

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; ₽&quot;"/></numFmts>
              <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
              <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>
            </styleSheet>""";

    private static final String SHARED = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
              <si><t>date</t></si><si><t>campaign</t></si><si><t>visits</t></si>
              <si><r><rPr><b/></rPr><t xml:space="preserve">Лето </t></r><r><t>&amp; осень</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
              <si><t><![CDATA[Бренд <1>]]></t></si>
            </sst>""";

    @Test
    void sharedAndInlineStringsDateStylesAndSparseRowsAreReadAsTheSpreadsheetShowsThem() {
        byte[] workbook = workbook(sheet("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
                <row r="3"><c r="A3" s="1"><v>45446</v></c><c r="B3" t="s"><v>3</v></c><c r="C3"><v>1.2E2</v></c></row>
                <row r="4"><c r="A4" s="3"><v>45447.75</v></c><c r="B4" t="inlineStr"><is><t>Весна</t></is></c><c r="C4" s="2"><f>SUM(C2:C3)</f><v>80</v></c></row>
                <row r="7"><c r="A7" t="str"><f>TEXT(A4,"yyyy-mm-dd")</f><v>2024-06-05</v></c><c t="s"><v>4</v></c><c><v>5</v></c></row>
                <row><c s="1"><v>45449</v></c><c r="C8"><v>7</v></c></row>
                """));

        RecordingSink sink = read(workbook);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("visits", "2024-06-03", "Лето & осень").value()).isEqualByComparingTo("120");
        assertThat(sink.row("visits", "2024-06-03", "Лето & осень").line()).isEqualTo(3);
        assertThat(sink.row("visits", "2024-06-04", "Весна").value()).isEqualByComparingTo("80");
        assertThat(sink.row("visits", "2024-06-05", "Бренд <1>").line()).isEqualTo(7);
        // a row without its number is the one after the row before; a row skipping column B has it empty
        assertThat(sink.row("visits", "2024-06-06", null).line()).isEqualTo(8);
        assertThat(sink.row("visits", "2024-06-06", null).campaign()).isNull();
    }

    @Test
    void anErrorCellIsRefusedAtItsRowAndColumnAndTheOtherRowsAreRead() {
        byte[] workbook = workbook(sheet("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>date</t></is></c><c r="B1" t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="2"><c r="A2" s="1"><v>45446</v></c><c r="B2" t="e"><f>VLOOKUP(1,X:X,2)</f><v>#N/A</v></c></row>
                <row r="3"><c r="A3" s="1"><v>45447</v></c><c r="B3" t="b"><v>1</v></c></row>
                <row r="4"><c r="A4" s="1"><v>45448</v></c><c r="B4"><v>9</v></c></row>
                """));

        RecordingSink sink = read(workbook);

        assertThat(sink.problems).extracting(p -> p.line() + " " + p.column())
                .containsExactly("2 visits", "3 visits");
        assertThat(sink.problems.get(0).message().english()).contains("#N/A");
        assertThat(sink.problems.get(1).message().english()).contains("TRUE");
        assertThat(sink.row("visits", "2024-06-05", null).value()).isEqualByComparingTo("9");
    }

    @Test
    void aWorkbookCountingDaysFrom1904ReadsItsDatesSo() {
        Map<String, String> parts = parts(sheet("""
                <row r="1"><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="2"><c s="1"><v>43984</v></c><c><v>3</v></c></row>
                """));
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("<sheets>",
                "<workbookPr date1904=\"1\"/><sheets>"));

        RecordingSink sink = read(zip(parts));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("visits", "2024-06-03", null).value()).isEqualByComparingTo("3");
    }

    @Test
    void theFirstSheetIsTheFirstTheWorkbookListsWhateverItsPartIsCalled() {
        Map<String, String> parts = parts(sheet("<row><c t=\"inlineStr\"><is><t>other</t></is></c></row>"));
        parts.put("xl/worksheets/data.xml", sheet("""
                <row r="2"><c r="B2" t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="3"><c r="B3" t="inlineStr"><is><t>2024-06-03</t></is></c><c><v>4</v></c></row>
                """).replace("<worksheet ", "<x:worksheet ").replace("</worksheet>", "</x:worksheet>"));
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml").replace("<sheets>",
                "<sheets><sheet name=\"Данные\" sheetId=\"2\" r:id=\"rId9\"/>"));
        parts.put("xl/_rels/workbook.xml.rels", parts.get("xl/_rels/workbook.xml.rels").replace("</Relationships>",
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                        + "worksheet\" Target=\"/xl/worksheets/data.xml\"/></Relationships>"));

        RecordingSink sink = read(zip(parts));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("visits", "2024-06-03", null).line()).isEqualTo(3);
    }

    @Test
    @Timeout(10)
    void aZipBombIsRefusedByTheSizesInTheArchiveBeforeItIsInflated() {
        // 64 MiB of spaces pack into some 64 KB: the directory says so, and nothing is inflated
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts(sheet("")).forEach((name, text) -> parts.put(name, text.getBytes(StandardCharsets.UTF_8)));
        byte[] bomb = zipWithLargePart(parts, "xl/worksheets/sheet1.xml", 64L << 20);

        long started = System.nanoTime();
        RecordingSink sink = read(bomb);

        assertThat(System.nanoTime() - started).as("refused before inflating").isLessThan(2_000_000_000L);
        assertThat(sink.rows).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message().english()).contains("packed more than 200 times");
        });
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedAndNoEntityOfItIsRead() {
        byte[] xxe = workbook("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="2"><c t="inlineStr"><is><t>&secret;</t></is></c><c><v>1</v></c></row>
                </sheetData></worksheet>""");
        Map<String, String> inStrings = parts(sheet("""
                <row r="1"><c t="s"><v>0</v></c></row>"""));
        inStrings.put("xl/sharedStrings.xml", """
                <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>
                <sst><si><t>&b;</t></si></sst>""");

        for (byte[] workbook : new byte[][]{xxe, zip(inStrings)}) {
            RecordingSink sink = read(workbook);

            assertThat(sink.rows).isEmpty();
            assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.message().english())
                    .contains("DTD declaration").doesNotContain("root:"));
        }
    }

    @Test
    void anEntityNoDtdDeclaredBreaksTheSheetWhereItStands() {
        RecordingSink sink = read(workbook(sheet("""
                <row r="1"><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="2"><c t="inlineStr"><is><t>2024-06-03</t></is></c><c><v>1</v></c></row>
                <row r="3"><c t="inlineStr"><is><t>&nbsp;</t></is></c><c><v>1</v></c></row>
                """)));

        assertThat(sink.rows).hasSize(1);
        assertThat(sink.said()).containsExactly(RecordingSink.said(3, null,
                "the sheet cannot be read after row 2: nothing after this point was read"));
    }

    @Test
    void aCellLongerThanASpreadsheetCellIsRefusedAtItsRowAndColumnAndTheNextRowsAreRead() {
        String tooLong = "1".repeat(XlsxPackage.MAX_CELL_CHARS + 1);
        Map<String, String> parts = parts(sheet("""
                <row r="1"><c t="inlineStr"><is><t>date</t></is></c><c t="inlineStr"><is><t>campaign</t></is></c><c t="inlineStr"><is><t>visits</t></is></c></row>
                <row r="2"><c t="inlineStr"><is><t>2024-06-03</t></is></c><c t="s"><v>0</v></c><c><v>1</v></c></row>
                <row r="3"><c t="inlineStr"><is><t>2024-06-04</t></is></c><c t="inlineStr"><is><t>Лето</t></is></c><c><v>%s</v></c></row>
                <row r="4"><c t="inlineStr"><is><t>2024-06-05</t></is></c><c t="inlineStr"><is><t>Лето</t></is></c><c><v>2</v></c></row>
                """.formatted(tooLong)));
        parts.put("xl/sharedStrings.xml", "<sst><si><t>" + "x".repeat(XlsxPackage.MAX_CELL_CHARS + 1)
                + "</t></si></sst>");

        RecordingSink sink = read(zip(parts));

        assertThat(sink.said()).containsExactly(
                RecordingSink.said(2, "campaign", "the cell holds more than 32767 characters, more than an Excel cell"
                        + " can: the row is not read"),
                RecordingSink.said(3, "visits", "the cell holds more than 32767 characters, more than an Excel cell"
                        + " can: the row is not read"));
        assertThat(sink.rows).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void rowsGoingBackOrASheetBreakingOffAreReportedAfterTheLastRowRead() {
        String header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>date</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>visits</t></is></c></row>"
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>2024-06-03</t></is></c><c><v>1</v></c></row>";
        byte[] backwards = workbook(sheet(header
                + "<row r=\"2\"><c t=\"inlineStr\"><is><t>2024-06-04</t></is></c><c><v>1</v></c></row>"));
        String whole = sheet(header + "<row r=\"3\"><c t=\"inlineStr\"><is><t>2024-06-04</t></is></c><c><v>1"
                + "</v></c></row>");
        byte[] cut = workbook(whole.substring(0, whole.indexOf("<row r=\"3\"") + 30));

        for (byte[] workbook : new byte[][]{backwards, cut}) {
            RecordingSink sink = read(workbook);

            assertThat(sink.rows).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(2));
            assertThat(sink.said()).containsExactly(RecordingSink.said(3, null,
                    "the sheet cannot be read after row 2: nothing after this point was read"));
        }
    }

    @Test
    void bytesThatAreNoWorkbookAreRefusedAsSuch() {
        Map<String, String> noWorkbook = parts(sheet(""));
        noWorkbook.remove("xl/workbook.xml");

        for (byte[] bytes : new byte[][]{"PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1),
                zip(noWorkbook)}) {
            RecordingSink sink = read(bytes);

            assertThat(sink.said()).containsExactly(RecordingSink.said(0, null,
                    "the file is not a readable XLSX workbook: save it again in Excel or export it as CSV"));
        }
    }

    @Test
    void columnReferencesAndTheirNamesGoBothWays() {
        for (String[] pair : new String[][]{{"A1", "0"}, {"Z9", "25"}, {"AA10", "26"}, {"XFD1048576", "16383"},
                {"b2", "1"}, {"1A", "-1"}, {"", "-1"}, {"ABCD1", "-1"}}) {
            byte[] ref = pair[0].getBytes(StandardCharsets.US_ASCII);
            assertThat(SheetRows.column(ref, 0, ref.length)).as(pair[0]).isEqualTo(Integer.parseInt(pair[1]));
        }
        assertThat(XlsxTable.columnName(0)).isEqualTo("A");
        assertThat(XlsxTable.columnName(27)).isEqualTo("AB");
        assertThat(XlsxTable.columnName(16383)).isEqualTo("XFD");
    }

    // --- workbooks written part by part ------------------------------------------------------------------------

    private RecordingSink read(byte[] workbook) {
        return Presets.read(preset, new ImportInput("sheet.xlsx", new ByteArrayInputStream(workbook), Map.of(),
                Map.of(), Presets.COMPANY));
    }

    static String sheet(String rows) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <dimension ref="A1:C8"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>
                <sheetData>
                %s</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
                </worksheet>""".formatted(rows);
    }

    private static byte[] workbook(String sheet) {
        return zip(parts(sheet));
    }

    private static Map<String, String> parts(String sheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                </Relationships>""");
        parts.put("xl/styles.xml", STYLES);
        parts.put("xl/sharedStrings.xml", SHARED);
        parts.put("xl/worksheets/sheet1.xml", sheet);
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return zipWithLargePart(bytes, null, 0);
    }

    /** The parts zipped; {@code large} gets {@code size} spaces after its text, streamed into the deflater. */
    private static byte[] zipWithLargePart(Map<String, byte[]> parts, String large, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                if (part.getKey().equals(large)) {
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < size; written += spaces.length) {
                        zip.write(spaces);
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

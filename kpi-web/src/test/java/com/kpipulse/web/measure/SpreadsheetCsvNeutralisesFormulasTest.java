package com.kpipulse.web.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvNeutralisesFormulasTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+7 999 123-45-67", "-5", "@SUM(A1)", "\tx", "\rx"})
    void aTextThatAStartsLikeAFormulaGetsAnApostrophe(String text) {
        assertThat(SpreadsheetCsv.text(text)).contains("'" + text.charAt(0));
    }

    @Test
    void aHyperlinkCampaignIsQuotedAndNeutralised() {
        assertThat(SpreadsheetCsv.text("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void ordinaryTextIsLeftAloneAndEmptyIsEmpty() {
        assertThat(SpreadsheetCsv.text("Зимняя распродажа")).isEqualTo("Зимняя распродажа");
        assertThat(SpreadsheetCsv.text("a; b")).isEqualTo("\"a; b\"");
        assertThat(SpreadsheetCsv.text(null)).isEmpty();
    }
}

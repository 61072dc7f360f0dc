package com.kpipulse.adapters.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RepeatedCells}: a cell seen before in its column is the same string; any other is its own characters. */
class CellsThatRepeatDownAColumnAreOneStringTest {

    @Test
    void aCellSeenBeforeInItsColumnIsTheSameString() {
        RepeatedCells cells = new RepeatedCells();
        char[] line = "2026-03-01,Весна,2026-03-01,Весна2".toCharArray();

        String date = cells.cell(0, line, 0, 10);
        String campaign = cells.cell(1, line, 11, 16);

        assertThat(cells.cell(0, line, 17, 27)).isEqualTo("2026-03-01").isSameAs(date);
        assertThat(cells.cell(1, line, 28, 34)).as("longer, same start").isEqualTo("Весна2").isNotSameAs(campaign);
        assertThat(cells.cell(1, line, 28, 33)).as("shorter than the last seen").isEqualTo("Весна").isSameAs(campaign);
        assertThat(cells.cell(2, line, 0, 10)).as("another column keeps its own").isEqualTo("2026-03-01")
                .isNotSameAs(date);
        assertThat(cells.cell(0, line, 5, 5)).isEmpty();
    }

    @Test
    void aColumnWhoseCellsHardlyRepeatStillReadsEachCellRight() {
        RepeatedCells cells = new RepeatedCells();
        for (int i = 0; i < 3 * RepeatedCells.TRIAL; i++) {
            char[] amount = Integer.toString(100_000 + i).toCharArray();
            assertThat(cells.cell(3, amount, 0, amount.length)).isEqualTo(Integer.toString(100_000 + i));
        }
    }
}

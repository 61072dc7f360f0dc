package com.kpipulse.web.review;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown the minutes export writes, read back into the blocks the PDF lays out, and the PDF read back. */
@SuppressWarnings("deprecation")
class TheMinutesPdfSetsTheMarkdownBlockByBlockTest {

    private static final String MINUTES = """
            # Обзор недели: неделя 48, 23–29 ноября 2026

            > Черновик: обзор ещё идёт

            Начат: Hanna Head, 30.11.2026 10:00 \s
            Закрыт: Hanna Head, 30.11.2026 11:00

            ## 3. Отклонения (20 мин)

            ### 2. ~~Выручка~~ (снят с повестки) — 20 мин

            - **отстаёт три цикла подряд**
            - Бюджет (план)
              - Расход VK упал на 40 %
            - **Решение**: Перенести 50 000 ₽
                из SEO в соцсети
            """;

    @Test
    void headingsItemsWithTheirNestingContinuedLinesAndTheDraftsNoticeAreBlocksOfTheirOwn() {
        assertThat(MinutesPdf.blocks(MINUTES)).containsExactly(
                new MinutesPdf.Block.Heading(1, "Обзор недели: неделя 48, 23–29 ноября 2026"),
                new MinutesPdf.Block.Quote("Черновик: обзор ещё идёт"),
                new MinutesPdf.Block.Text("Начат: Hanna Head, 30.11.2026 10:00\nЗакрыт: Hanna Head, 30.11.2026 11:00"),
                new MinutesPdf.Block.Heading(2, "3. Отклонения (20 мин)"),
                new MinutesPdf.Block.Heading(3, "2. ~~Выручка~~ (снят с повестки) — 20 мин"),
                new MinutesPdf.Block.Item(0, "**отстаёт три цикла подряд**"),
                new MinutesPdf.Block.Item(0, "Бюджет (план)"),
                new MinutesPdf.Block.Item(1, "Расход VK упал на 40 %"),
                new MinutesPdf.Block.Item(0, "**Решение**: Перенести 50 000 ₽\nиз SEO в соцсети"));
    }

    @Test
    void theWordsReadBackFromThePdfWithoutTheirMarkup() throws IOException {
        PdfReader reader = new PdfReader(new MinutesPdf().of(MINUTES, "Протокол"));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();

        assertThat(text).contains("Обзор недели: неделя 48, 23–29 ноября 2026", "Выручка", "Расход VK упал на 40 %",
                "Решение: Перенести 50 000 ₽").doesNotContain("**", "~~", "###");
    }
}

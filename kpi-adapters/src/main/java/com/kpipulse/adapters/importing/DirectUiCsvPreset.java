package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Yandex Direct statistics downloaded from the web interface ("Мастер отчётов"): semicolons, a decimal comma,
 * {@code dd.mm.yyyy} dates, title and period lines before the header, an "Итого" row, Windows-1251 or UTF-8 with BOM.
 * The currency is only in the header text, e.g. "Расход (руб.)"; option {@code currency} covers a header without it.
 */
@ApplicationScoped
public class DirectUiCsvPreset implements ImportPreset {

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .required("date", "Дата", "День", "Date")
            .optional("campaign", "Кампания", "Название кампании", "Campaign")
            .optional("campaignId", "№ Кампании", "ID кампании", "Campaign ID")
            .optional("impressions", "Показы", "Impressions")
            .optional("clicks", "Клики", "Clicks")
            .pattern("cost", "(расход|cost)( ?[(,].*)?")
            .optional("conversions", "Конверсии", "Conversions")
            .pattern("derived", "(ctr|ср\\. |средн|отказы|глубина|конверсия|цена цели|рентабельность|доход).*")
            .requireAny("\"Показы\" / \"Клики\" / \"Расход\"", "impressions", "clicks", "cost");

    @Override
    public String id() {
        return "direct-ui-csv";
    }

    @Override
    public String sourceSystem() {
        return "yandex_direct";
    }

    @Override
    public String descriptionRu() {
        return "Яндекс Директ: отчёт, скачанный из интерфейса (CSV с «;», Windows-1251 или UTF-8)";
    }

    @Override
    public String descriptionEn() {
        return "Yandex Direct: report downloaded from the web interface (semicolon CSV, Windows-1251 or UTF-8)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        MeasureTableSpec.readDelimited(input, COLUMNS, sink, table -> new MeasureTableSpec(table.header(),
                LocaleNumber.DecimalMark.COMMA, input)
                .adPlatformDays(Channels.YANDEX_DIRECT, BigDecimal.ONE)
                .campaign("campaign")
                .currency(null, Currencies.fromHeader(table.header().name("cost")).orElse(input.currency())));
    }
}

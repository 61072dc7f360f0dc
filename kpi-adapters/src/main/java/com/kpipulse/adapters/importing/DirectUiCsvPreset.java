package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.Optional;

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
            .pattern("spend", "(расход|cost)( ?[(,].*)?")
            .optional("conversions", "Конверсии", "Conversions")
            .pattern("derived", "(ctr|ср\\. |средн|отказы|глубина|конверсия|цена цели|рентабельность|доход).*")
            .requireAny("\"Показы\" / \"Клики\" / \"Расход\"", "impressions", "clicks", "spend");

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
        Optional<DelimitedTable> opened = DelimitedTable.open(input.content(), COLUMNS, sink);
        if (opened.isEmpty()) {
            return;
        }
        try (DelimitedTable table = opened.get()) {
            HeaderIndex header = table.header();
            String currency = Currencies.fromHeader(header.name("spend"))
                    .orElse(input.currency());
            new MeasureTable(header, LocaleNumber.DecimalMark.COMMA, new FlexibleDate(input.company().today()))
                    .period("date", Grain.DAY)
                    .campaign("campaign")
                    .channel(Channels.YANDEX_DIRECT)
                    .measure("impressions", "impressions")
                    .measure("clicks", "clicks")
                    .measure("spend", "ad_spend")
                    .measure("conversions", "target_actions")
                    .ignore("derived")
                    .currency(null, currency)
                    .read(table::next, sink);
        }
    }
}

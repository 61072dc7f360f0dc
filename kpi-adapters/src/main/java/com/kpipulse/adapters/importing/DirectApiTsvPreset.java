package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A Yandex Direct Reports API TSV: the report-name line, the {@code FieldNames} header, {@code --} for "not
 * applicable", the "Total rows: N" summary. Money is in micros unless option {@code moneyInMicros} is
 * {@code false} (the request sent {@code returnMoneyInMicros: false}); the account currency comes from option
 * {@code currency}. {@code Conversions} and the per-goal {@code Conversions_<goal>_<model>} columns are target actions.
 */
@ApplicationScoped
public class DirectApiTsvPreset implements ImportPreset {

    private static final BigDecimal MICROS = new BigDecimal("0.000001");

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .required("date", "Date")
            .optional("campaign", "CampaignName")
            .optional("campaignId", "CampaignId")
            .optional("impressions", "Impressions")
            .optional("clicks", "Clicks")
            .optional("cost", "Cost")
            .pattern("conversions", "conversions(_\\d+_[a-z]+)?")
            .optional("revenue", "Revenue")
            .pattern("derived", "ctr|avgcpc|avgcpm|avgeffectivebid|avgclickposition|avgimpressionposition|avgpageviews"
                    + "|avgtrafficvolume|bouncerate|bounces|conversionrate.*|costperconversion.*|goalsroi.*|profit.*"
                    + "|weightedctr|weightedimpressions|sessions")
            .requireAny("\"Impressions\" / \"Clicks\" / \"Cost\"", "impressions", "clicks", "cost");

    @Override
    public String id() {
        return "direct-api-tsv";
    }

    @Override
    public String sourceSystem() {
        return "yandex_direct";
    }

    @Override
    public String descriptionRu() {
        return "Яндекс Директ: отчёт Reports API в TSV (деньги в микроединицах, если не указано иное)";
    }

    @Override
    public String descriptionEn() {
        return "Yandex Direct: Reports API TSV report (money in micros unless told otherwise)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        boolean micros = !"false".equalsIgnoreCase(input.options().getOrDefault("moneyInMicros", "true").strip());
        BigDecimal money = micros ? MICROS : BigDecimal.ONE;
        MeasureTableSpec.readDelimited(input, COLUMNS, sink, table -> new MeasureTableSpec(table.header(),
                LocaleNumber.DecimalMark.POINT, input)
                .adPlatformDays(Channels.YANDEX_DIRECT, money)
                .campaign("campaign", "campaignId")
                .measure("revenue", "revenue", money)
                .currency(null, input.currency()));
    }
}

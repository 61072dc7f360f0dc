package com.kpipulse.adapters.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The demo shop's CRM: every site order and call-back request is an amoCRM deal (exported from API v4), plus the
 * CRM's own daily reports for what a deal list cannot say: qualified leads, new versus returning buyers, the
 * customer base and the support desk.
 */
final class CrmExports {

    private static final int PIPELINE = 7249526;

    private CrmExports() {
    }

    /** {@code GET /api/v4/leads} pages joined into one {@code _embedded.leads} array. */
    static DemoFile amoCrmLeads(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("amocrm-leads.json");
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeNumberField("_page", 1);
            json.writeObjectFieldStart("_embedded");
            json.writeArrayFieldStart("leads");
            for (Lead lead : history.leads()) {
                json.writeStartObject();
                json.writeNumberField("id", lead.id());
                json.writeStringField("name", (lead.status() == Lead.WON ? "Заказ " : "Заявка ") + lead.id());
                json.writeNumberField("price", lead.price());
                json.writeNumberField("status_id", lead.status());
                json.writeNumberField("pipeline_id", PIPELINE);
                json.writeNumberField("created_at", lead.createdAt());
                json.writeNumberField("updated_at", lead.closedAt() == 0 ? lead.createdAt() : lead.closedAt());
                if (lead.closedAt() == 0) {
                    json.writeNullField("closed_at");
                } else {
                    json.writeNumberField("closed_at", lead.closedAt());
                }
                json.writeArrayFieldStart("custom_fields_values");
                trackingField(json, "UTM_SOURCE", lead.utmSource());
                trackingField(json, "UTM_MEDIUM", lead.channel().utmMedium);
                trackingField(json, "UTM_CAMPAIGN", lead.campaign() == null ? null : lead.campaign().reportedName());
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return new DemoFile("amocrm-leads.json", "amocrm-leads-json", Map.of(),
                Map.of("currency", "RUB", "timezone", CompanyHistory.SHOP_ZONE.getId()), file);
    }

    private static void trackingField(JsonGenerator json, String code, String value) throws IOException {
        if (value == null) {
            return;
        }
        json.writeStartObject();
        json.writeStringField("field_code", code);
        json.writeStringField("field_type", "tracking_data");
        json.writeArrayFieldStart("values");
        json.writeStartObject();
        json.writeStringField("value", value);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The CRM's "leads and buyers by channel" report, by day. */
    static DemoFile buyersByChannel(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("crm-buyers-by-channel.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Канал", "Квалифицированные лиды", "Новые клиенты", "Повторные покупки");
            for (CompanyDay day : history.days()) {
                for (DemoChannel channel : DemoChannel.values()) {
                    int c = channel.ordinal();
                    csv.line(csv.date(day.date), channel.code, day.qualifiedLeads[c], day.newCustomers[c],
                            day.repeatOrders[c]);
                }
            }
        }
        return new DemoFile("crm-buyers-by-channel.csv", "generic", Map.of("Дата", "date", "Канал", "channel",
                "Квалифицированные лиды", "qualified_leads", "Новые клиенты", "new_customers",
                "Повторные покупки", "repeat_orders"), Map.of("grain", "day"), file);
    }

    /** The CRM's daily summary: the customer base at the start and end of the day and the support desk's load. */
    static DemoFile customersAndSupport(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("crm-customers-and-support.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ';')) {
            csv.line("Дата", "Клиентов на начало дня", "Клиентов на конец дня", "Обращения", "Время реакции, мин");
            for (CompanyDay day : history.days()) {
                csv.line(csv.date(day.date), day.customersStart, day.customersEnd, day.requests, day.responseMinutes);
            }
        }
        return new DemoFile("crm-customers-and-support.csv", "generic", Map.of("Дата", "date",
                "Клиентов на начало дня", "customers_start", "Клиентов на конец дня", "customers_end",
                "Обращения", "requests", "Время реакции, мин", "response_minutes"), Map.of("grain", "day"), file);
    }
}

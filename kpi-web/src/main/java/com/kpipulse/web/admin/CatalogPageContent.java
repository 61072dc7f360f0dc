package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.page.Ui;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The catalog page in the reader's language: the KPIs, the units the form offers and the codes a formula may name,
 * with the form as given, its errors, a notice and a removal question. The page and the forms that answer with it
 * show it alike.
 */
@RequestScoped
class CatalogPageContent {

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    Ui ui;

    TemplateInstance page(CustomKpiForm form, KpiErrors errors, CatalogPage.Notice notice, RemovalView removal) {
        Locale locale = ui.locale();
        AdminMessages texts = SetupTexts.messages(locale);
        List<CatalogRowView> rows = catalog.all().stream()
                .map(kpi -> CatalogRowView.from(kpi, catalog.isCustom(kpi), texts, locale)).toList();
        List<CatalogPage.Choice> units = Arrays.stream(Unit.values())
                .map(unit -> new CatalogPage.Choice(unit.name(), CatalogRowView.unitName(unit, texts))).toList();
        List<CatalogPage.CodeView> measures = MeasureCatalog.standard().all().stream()
                .map(measure -> new CatalogPage.CodeView(measure.code().value(), measure.name(locale))).toList();
        return ui.page(CatalogPage.Templates.catalog(rows, form, errors, units, measures, notice, removal, List.of(),
                false));
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * The source system and the measure of a value as the reader calls them ({@code source.systemName},
 * {@code source.measureName} in templates): names, not codes.
 */
@TemplateExtension
public class SourceNames {

    private SourceNames() {
    }

    static String systemName(SourceSummary source, @TemplateAttribute("locale") Object locale) {
        return Names.source(source.sourceSystem(), Formats.localeOf(locale));
    }

    static String measureName(SourceSummary source, @TemplateAttribute("locale") Object locale) {
        return Names.measure(source.measure(), Formats.localeOf(locale));
    }
}

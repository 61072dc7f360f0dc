package com.kpipulse.web.kpi;

import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.web.layout.Formats;
import com.kpipulse.web.layout.Names;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** The source system of a value as the reader calls it ({@code source.systemName} in templates). */
@TemplateExtension
public class SourceNames {

    private SourceNames() {
    }

    static String systemName(SourceSummary source, @TemplateAttribute("locale") Object locale) {
        return Names.source(source.sourceSystem(), Formats.localeOf(locale));
    }
}

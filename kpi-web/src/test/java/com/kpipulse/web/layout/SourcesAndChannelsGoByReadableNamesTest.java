package com.kpipulse.web.layout;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SourcesAndChannelsGoByReadableNamesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void knownCodesAreNamedInTheReadersLanguage() {
        assertThat(Names.source("generic", RUSSIAN)).isEqualTo("Файлы в общем формате");
        assertThat(Names.source("generic", Locale.ENGLISH)).isEqualTo("Files in the generic format");
        assertThat(Names.source("yandex_metrica", RUSSIAN)).isEqualTo("Метрика");
        assertThat(Names.channel("smm_vk", Locale.ENGLISH)).isEqualTo("VK (SMM)");
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(Names.source("roistat", RUSSIAN)).isEqualTo("roistat");
        assertThat(Names.channel("dzen", RUSSIAN)).isEqualTo("dzen");
    }
}

package com.kpipulse.web.text;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source systems go by their names. Channels are named by the stored channel catalog: see
 * {@code web.channel.AdminsKeepTheChannelCatalogThatEveryPageNamesChannelsByTest}.
 */
class SourcesAndChannelsGoByReadableNamesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void knownCodesAreNamedInTheReadersLanguage() {
        assertThat(Names.source("generic", RUSSIAN)).isEqualTo("Файлы в общем формате");
        assertThat(Names.source("generic", Locale.ENGLISH)).isEqualTo("Files in the generic format");
        assertThat(Names.source("yandex_metrica", RUSSIAN)).isEqualTo("Метрика");
    }

    @Test
    void anUnknownCodeIsShownAsItIs() {
        assertThat(Names.source("roistat", RUSSIAN)).isEqualTo("roistat");
    }
}

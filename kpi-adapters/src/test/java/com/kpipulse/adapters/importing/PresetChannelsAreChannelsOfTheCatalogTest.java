package com.kpipulse.adapters.importing;

import com.kpipulse.domain.channel.ChannelCatalog;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ad platform presets set their channel themselves ({@link Channels}); each such code must be a channel of the
 * catalog a new installation starts with, or every row they read would be refused as an unknown channel.
 */
class PresetChannelsAreChannelsOfTheCatalogTest {

    @Test
    void everyChannelAPresetSetsIsInTheSeedCatalog() throws IllegalAccessException {
        List<Field> constants = Arrays.stream(Channels.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class).toList();

        assertThat(constants).isNotEmpty();
        for (Field constant : constants) {
            assertThat(ChannelCatalog.seed().codes()).as(constant.getName()).contains((String) constant.get(null));
        }
    }
}

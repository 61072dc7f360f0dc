package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.text.Texts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of effect message has its sentence in Russian and in English with the same arguments, and the bundle has
 * no {@code effect.} sentence no kind uses. (The adapters' test checks this for every kind of every module; this one
 * says it where the kinds are made.)
 */
class EveryEffectSentenceIsWrittenInBothLanguagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void eachKindHasBothSentencesWithTheSameArgumentsAndNoSentenceIsLeftOver() throws IOException {
        Properties russian = load("texts.properties");
        Properties english = load("texts_en.properties");
        Set<String> keys = Arrays.stream(EffectText.values()).map(EffectText::key).collect(Collectors.toSet());

        for (String key : keys) {
            assertThat(russian.getProperty(key)).as(key).isNotBlank();
            assertThat(english.getProperty(key)).as(key).isNotBlank().isNotEqualTo(russian.getProperty(key));
            assertThat(arguments(english.getProperty(key))).as(key).isEqualTo(arguments(russian.getProperty(key)));
        }
        assertThat(russian.stringPropertyNames().stream().filter(key -> key.startsWith("effect.")))
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(english.stringPropertyNames().stream().filter(key -> key.startsWith("effect.")))
                .containsExactlyInAnyOrderElementsOf(keys);
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

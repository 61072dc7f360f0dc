package com.kpipulse.domain.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of message the domain defines has its sentence in Russian and in English, each in its own file (no
 * falling back to the other language), with the same arguments; the two differ (an untranslated copy is caught); and
 * every key of the files belongs to a kind (no dead text). Kinds are found by scanning the compiled domain.
 */
class EveryMessageKindSpeaksBothLanguagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");
    /** Sentences that read the same in both languages on purpose. */
    private static final Set<String> SAME_IN_BOTH = Set.of();

    @Test
    void everyKindHasItsSentenceInBothLanguagesWithTheSameArguments() {
        Properties russian = load("texts.properties");
        Properties english = load("texts_en.properties");
        List<String> wrong = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (MessageKind kind : kinds()) {
            String key = kind.key();
            keys.add(key);
            String ru = russian.getProperty(key);
            String en = english.getProperty(key);
            if (ru == null || ru.isBlank()) {
                wrong.add(key + ": no Russian sentence in texts.properties");
            }
            if (en == null || en.isBlank()) {
                wrong.add(key + ": no English sentence in texts_en.properties");
            }
            if (ru != null && en != null) {
                if (!arguments(ru).equals(arguments(en))) {
                    wrong.add(key + ": the languages take different arguments " + arguments(ru) + " / " + arguments(en));
                }
                if (ru.equals(en) && !SAME_IN_BOTH.contains(key)) {
                    wrong.add(key + ": the same text in both languages (not translated?)");
                }
            }
        }
        Set<String> dead = new TreeSet<>(russian.stringPropertyNames());
        dead.addAll(english.stringPropertyNames());
        dead.removeAll(keys);
        dead.forEach(key -> wrong.add(key + ": in the texts but no kind uses it"));
        assertThat(wrong).isEmpty();
        assertThat(keys).as("kinds were found").isNotEmpty();
    }

    @Test
    void aMessageIsRenderedInTheReadersLanguageWithItsArguments() {
        Message message = Message.of(com.kpipulse.domain.input.InputProblemKind.TEXT_TOO_LONG, 301, 300);
        assertThat(message.in(Locale.ENGLISH)).isEqualTo("the text is too long: 301 characters, at most 300 fit");
        assertThat(message.in(Locale.forLanguageTag("ru"))).isEqualTo("слишком длинный текст: 301 символов, допустимо не больше 300");
        assertThat(message.in(Locale.GERMAN)).as("a language the product does not speak gets Russian")
                .isEqualTo(message.russian());
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Every constant of every enum in the compiled domain that is a {@link MessageKind}. */
    static List<MessageKind> kinds() {
        try {
            Path classes = Path.of(MessageKind.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<MessageKind> kinds = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, MessageKind.class.getClassLoader());
                    if (type.isEnum() && MessageKind.class.isAssignableFrom(type)) {
                        kinds.addAll(Arrays.stream(type.getEnumConstants()).map(MessageKind.class::cast).toList());
                    }
                }
            }
            return kinds;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

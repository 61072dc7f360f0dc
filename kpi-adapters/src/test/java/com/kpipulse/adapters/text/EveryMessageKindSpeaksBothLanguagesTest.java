package com.kpipulse.adapters.text;

import com.kpipulse.adapters.importing.GenericPreset;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.MessageKind;
import com.kpipulse.domain.text.Texts;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of message the domain, the application and the adapters define has its sentence in Russian and in
 * English, each in its own file of the one texts bundle (no falling back to the other language), with the same
 * arguments; the two differ (an untranslated copy is caught); each renders with sample arguments; and every key of the
 * files belongs to a kind (no dead text). Kinds are found by scanning the compiled classes of the three modules (this
 * module's tests see all three), so a new kind enum needs no list to be checked.
 */
class EveryMessageKindSpeaksBothLanguagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    /**
     * Sentences that read the same in both languages on purpose: they only arrange other sentences, a text kept, or
     * days each language has already written its own way (a run of days joined by a dash).
     */
    private static final Set<String> SAME_IN_BOTH = Set.of("import.legacy", "import.value_refused",
            "cycle.evidence_as_written", "proposal.as_written", "notation.days_of_one_month",
            "notation.days_across_months");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void everyKindHasItsSentenceInBothLanguagesWithTheSameArguments() {
        Properties russian = load("texts.properties");
        Properties english = load("texts_en.properties");
        List<String> wrong = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        for (MessageKind kind : kinds()) {
            String key = kind.key();
            if (!keys.add(key)) {
                wrong.add(key + ": two kinds share this key (" + kind + ")");
            }
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
                renders(kind, arguments(ru), wrong);
            }
        }
        Set<String> dead = new TreeSet<>(russian.stringPropertyNames());
        dead.addAll(english.stringPropertyNames());
        dead.removeAll(keys);
        dead.forEach(key -> wrong.add(key + ": in the texts but no kind uses it"));
        assertThat(wrong).isEmpty();
        assertThat(keys).as("kinds of all three modules were found")
                .anyMatch(key -> key.startsWith("input."))
                .anyMatch(key -> key.startsWith("import."))
                .anyMatch(key -> key.startsWith("file."));
    }

    /** Every argument a pattern names is filled with a sample; a pattern MessageFormat cannot read fails here. */
    private static void renders(MessageKind kind, Set<Integer> arguments, List<String> wrong) {
        int count = arguments.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Object[] samples = Collections.nCopies(count, "2024-01-15").toArray();
        try {
            String ru = Message.of(kind, samples).in(RUSSIAN);
            String en = Message.of(kind, samples).in(Locale.ENGLISH);
            if (PLACEHOLDER.matcher(ru).find() || PLACEHOLDER.matcher(en).find()) {
                wrong.add(kind.key() + ": a placeholder is left unfilled: " + ru + " / " + en);
            }
        } catch (IllegalArgumentException e) {
            wrong.add(kind.key() + ": the pattern cannot be read: " + e.getMessage());
        }
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
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

    /** Every constant of every enum in the compiled domain, application and adapters that is a {@link MessageKind}. */
    static List<MessageKind> kinds() {
        List<MessageKind> kinds = new ArrayList<>();
        for (Class<?> module : List.of(MessageKind.class, RowProblem.class, GenericPreset.class)) {
            for (String name : classNames(module)) {
                try {
                    Class<?> type = Class.forName(name, false, module.getClassLoader());
                    if (type.isEnum() && MessageKind.class.isAssignableFrom(type)) {
                        kinds.addAll(Arrays.stream(type.getEnumConstants()).map(MessageKind.class::cast).toList());
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load " + name, e);
                }
            }
        }
        return kinds;
    }

    /** The classes of {@code com.kpipulse} where {@code module} was loaded from: a folder of classes or a jar. */
    private static List<String> classNames(Class<?> module) {
        try {
            Path location = Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    entries = files.map(file -> location.relativize(file).toString().replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    entries = jar.stream().map(entry -> entry.getName()).toList();
                }
            }
            return entries.stream()
                    .filter(entry -> entry.startsWith("com/kpipulse/") && entry.endsWith(".class"))
                    .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

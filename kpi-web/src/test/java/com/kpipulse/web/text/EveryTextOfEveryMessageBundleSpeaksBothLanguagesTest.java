package com.kpipulse.web.text;

import com.kpipulse.localstack.RealStackResource;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of every message bundle of the web ({@code @MessageBundle} interfaces: Russian in the annotations,
 * English in {@code messages/<bundle>_en.properties}) is rendered in both languages with sample arguments: it fails
 * on a key the English file lacks (or one it has that no text uses), on an English text that reads like the Russian
 * one (an untranslated copy; names the same in every language are listed below), and on a text left with a
 * placeholder ({@code {name}}) or Qute's mark for something it could not find ({@code ???}). Bundles are found by
 * scanning the compiled web, so a new bundle needs no list to be checked.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryTextOfEveryMessageBundleSpeaksBothLanguagesTest {

    /** Texts the same in both languages on purpose: names, acronyms, a number with its unit. */
    private static final Set<String> SAME_IN_BOTH = Set.of("KPI Pulse", "ROMI", "SEO", "KPI", "REST API (OpenAPI)",
            "CSV", "JSON", "UTM", "OK", "PDF", "—", "%");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_.]*}");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void everyTextIsThereInEnglishTranslatedAndFilledIn() {
        List<Class<?>> bundles = bundles();
        assertThat(bundles).as("the bundles of the web were found").hasSizeGreaterThanOrEqualTo(7);
        List<String> wrong = new ArrayList<>();
        int texts = 0;
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties english = english(name);
            List<Method> methods = Arrays.stream(bundle.getMethods()).filter(method -> method.isAnnotationPresent(Message.class))
                    .sorted(Comparator.comparing(Method::getName)).toList();
            for (Method method : methods) {
                texts++;
                String key = name + ":" + method.getName();
                if (!english.containsKey(method.getName())) {
                    wrong.add(key + ": no English text in messages/" + name + "_en.properties");
                    continue;
                }
                String ru = render(bundle, method, RUSSIAN);
                String en = render(bundle, method, Locale.ENGLISH);
                if (ru.equals(en) && !SAME_IN_BOTH.contains(en.replaceAll("\\d+", "").strip())
                        && !SAME_IN_BOTH.contains(en)) {
                    wrong.add(key + ": the same text in both languages (not translated?): " + en);
                }
                for (String text : List.of(ru, en)) {
                    if (PLACEHOLDER.matcher(text).find() || text.contains("???")) {
                        wrong.add(key + ": something is left unfilled: " + text);
                    }
                }
            }
            Set<String> used = Set.copyOf(methods.stream().map(Method::getName).toList());
            english.stringPropertyNames().stream().filter(property -> !used.contains(property)).sorted()
                    .forEach(property -> wrong.add(name + ":" + property + ": in the English file but no text uses it"));
        }
        assertThat(wrong).isEmpty();
        assertThat(texts).as("texts were rendered").isGreaterThan(300);
    }

    @Test
    void aSampleTextIsRenderedInTheReadersLanguage() {
        AppMessages russian = Bundles.of(AppMessages.class, RUSSIAN);
        AppMessages english = Bundles.of(AppMessages.class, Locale.ENGLISH);

        assertThat(russian.greeting("Ada")).isEqualTo("Здравствуйте, Ada!");
        assertThat(english.greeting("Ada")).isEqualTo("Hello, Ada!");
        assertThat(Bundles.both(AppMessages.class, texts -> texts.problem_not_a_grain("DECADE")).ru())
                .startsWith("«DECADE» — не шаг периода");
    }

    /** The text with a sample for each argument: a word for a text, a small number for a number. */
    private static String render(Class<?> bundle, Method method, Locale locale) {
        Object[] samples = Arrays.stream(method.getParameterTypes()).map(type -> sample(type)).toArray();
        try {
            return String.valueOf(method.invoke(Bundles.of(bundle, locale), samples));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(bundle.getSimpleName() + "." + method.getName() + " cannot be rendered", e.getCause());
        }
    }

    private static Object sample(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return "x";
    }

    private static Properties english(String bundle) {
        Properties properties = new Properties();
        String file = "messages/" + bundle + "_en.properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Every interface of the compiled web annotated {@code @MessageBundle}. */
    private static List<Class<?>> bundles() {
        try {
            Path classes = Path.of(AppMessages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    if (!name.startsWith("com.kpipulse.web.") || name.contains("$")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                    if (type.isInterface() && type.isAnnotationPresent(MessageBundle.class)) {
                        found.add(type);
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

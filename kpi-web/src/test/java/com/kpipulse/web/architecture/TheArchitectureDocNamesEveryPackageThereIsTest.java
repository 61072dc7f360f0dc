package com.kpipulse.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/architecture.md names, per module, the feature packages in a table ({@code com.kpipulse.web.{a,b,c}}) and the
 * features in its first paragraph. The doc had listed packages that did not exist and left out ones that did; now
 * the table must name exactly the packages the code has, and every feature the first paragraph names must exist.
 */
class TheArchitectureDocNamesEveryPackageThereIsTest {

    private static final Path DOC = Path.of("..", "docs", "architecture.md");
    private static final Pattern MODULE_PACKAGES = Pattern.compile("`com\\.kpipulse\\.(domain|application|adapters|web)"
            + "\\.\\{([^}]*)}`");
    private static final Pattern FIRST_PARAGRAPH_FEATURES = Pattern.compile("features are packages with the same names"
            + " in every\\s+module \\(([^)]*)\\)");

    @Test
    void theModuleTableNamesExactlyThePackagesTheCodeHas() throws IOException {
        String doc = Files.readString(DOC);
        Matcher table = MODULE_PACKAGES.matcher(doc);
        int modules = 0;
        while (table.find()) {
            modules++;
            String layer = table.group(1);
            Set<String> named = Arrays.stream(table.group(2).split(",")).map(String::strip)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(named).as("the docs' list for com.kpipulse.%s must be complete, not end in …", layer)
                    .doesNotContain("…", "...");
            assertThat(named).as("packages of com.kpipulse.%s named in docs/architecture.md", layer)
                    .isEqualTo(packagesOf(layer));
        }
        assertThat(modules).as("the module table names the packages of all four modules").isEqualTo(4);
    }

    @Test
    void everyFeatureTheIntroductionNamesExists() throws IOException {
        Matcher intro = FIRST_PARAGRAPH_FEATURES.matcher(Files.readString(DOC));
        assertThat(intro.find()).as("the first paragraph lists the feature packages").isTrue();
        Set<String> features = Arrays.stream(intro.group(1).split(",")).map(name -> name.replace("`", "").strip())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> everywhere = new TreeSet<>(packagesOf("application"));
        everywhere.addAll(packagesOf("web"));
        assertThat(everywhere).as("every feature named in the introduction exists").containsAll(features);
    }

    /** The packages directly below {@code com.kpipulse.<layer>} that hold main classes. */
    private static Set<String> packagesOf(String layer) {
        String prefix = "com.kpipulse." + layer + ".";
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // another module's test fixtures
                .importPackages("com.kpipulse." + layer).stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(prefix)).map(name -> name.substring(prefix.length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }
}

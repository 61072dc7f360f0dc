package com.kpipulse.web.architecture;

import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.application.measure.ValuesThatCount;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The dependency direction of the hexagon, stated once; the module graph enforces it too. */
@AnalyzeClasses(packages = "com.kpipulse", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnTheJdkOnly = classes()
            .that().resideInAPackage("com.kpipulse.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.kpipulse.domain..", "java..")
            .because("the domain is plain Java: goals, KPIs and evaluations know nothing of frameworks");

    @ArchTest
    static final ArchRule applicationKnowsNoPersistenceHttpOrTemplates = noClasses()
            .that().resideInAPackage("com.kpipulse.application..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                    "io.quarkus..", "jakarta.ws.rs..", "io.vertx..", "com.fasterxml..")
            .because("use cases orchestrate through ports; Hibernate, JAX-RS and Qute belong to the adapters and the web");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("com.kpipulse.domain..")
            .layer("Application").definedBy("com.kpipulse.application..")
            .layer("Adapters").definedBy("com.kpipulse.adapters..")
            .layer("Web").definedBy("com.kpipulse.web..")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters", "Web")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters", "Web");

    @ArchTest
    static final ArchRule theStoresPortsSpeakTheDomainsWords = classes()
            .that().resideInAPackage("com.kpipulse.application.measure..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("com.kpipulse.application.measure..", "com.kpipulse.domain..", "java..")
            .because("imports, evaluations, goals and scorecards all use the observation store: its ports know none of "
                    + "them, so the store and a feature never depend on each other in a circle");

    @ArchTest
    static final ArchRule panacheStaysInTheAdapters = noClasses()
            .that().resideOutsideOfPackage("com.kpipulse.adapters..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate..", "jakarta.persistence..")
            .because("entities and repositories are an adapter detail; pages and use cases see domain objects");

    @ArchTest
    static final ArchRule webReadsDataOnlyThroughTheReadingRules = noClasses()
            .that().resideInAPackage("com.kpipulse.web..")
            .should().dependOnClassesThat().belongToAnyOf(ReadValues.class, StoredObservations.class, Annotations.class,
                    ValuesThatCount.class)
            .because("a page, fragment, API or export reads values and notes through the use cases that take a Reader "
                    + "(PermittedValues, ExplainKpi, ExplainByCampaign, AnnotateValues), so ReadingRights decides once");
}

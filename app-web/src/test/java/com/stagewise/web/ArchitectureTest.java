package com.stagewise.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of the design card: web → domain ← persistence, and a domain with no framework. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.stagewise");

    @Test
    void the_domain_uses_nothing_but_the_jdk() {
        classes().that().resideInAPackage("com.stagewise.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.stagewise.domain..")
                .check(PRODUCTION);
    }

    @Test
    void the_domain_knows_neither_persistence_nor_web() {
        noClasses().that().resideInAPackage("com.stagewise.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.stagewise.persistence..", "com.stagewise.web..")
                .check(PRODUCTION);
    }

    @Test
    void persistence_does_not_use_the_web_tier() {
        noClasses().that().resideInAPackage("com.stagewise.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("com.stagewise.web..", "io.javalin..", "org.thymeleaf..")
                .check(PRODUCTION);
    }
}

package org.backcoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays plain Java: no web, no persistence, no Spring, no clock or randomness of its own. */
@AnalyzeClasses(packages = "org.backcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] ENGINE = {
        "org.backcoach.assessment", "org.backcoach.planning", "org.backcoach.progression"
    };

    @ArchTest
    static final ArchRule engineNeedsNoSpringWebOrPersistence = noClasses()
            .that()
            .resideInAnyPackage(ENGINE)
            .and()
            .doNotHaveSimpleName("PlanningConfiguration")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.servlet..",
                    "jakarta.persistence..",
                    "java.sql..",
                    "javax.sql..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..")
            .because("the engine is plain Java that needs no Spring to test (DESIGN.md section 1)");

    @ArchTest
    static final ArchRule engineReadsNoClockOrRandomness = noClasses()
            .that()
            .resideInAnyPackage(ENGINE)
            .should()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Random")
            .orShould()
            .callMethod(java.time.LocalDate.class, "now")
            .orShould()
            .callMethod(java.time.Instant.class, "now")
            .because("given the same inputs the engine returns the same plan");

    @ArchTest
    static final ArchRule domainNeverTouchesWeb = noClasses()
            .that()
            .resideOutsideOfPackages("org.backcoach..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.backcoach..web..")
            .because("web sits around the domain, never inside it");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .notBePublic()
            .andShould()
            .resideInAPackage("..web..");
}

package org.kinerja;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;

/**
 * The domain services of the calibration and outcome modules import nothing from Camunda: the engine is reached only
 * through the delegates, the task classes' {@code org.kinerja.task} and the DMN rules classes.
 */
class EngineFreeServicesTests {

    @Test
    void shouldKeepTheDomainServicesFreeOfCamunda() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kinerja.calibration", "org.kinerja.outcome");

        noClasses().that().areAnnotatedWith(Service.class).should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }
}

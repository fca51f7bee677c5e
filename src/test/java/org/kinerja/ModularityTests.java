package org.kinerja;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module with the dependencies its {@code package-info} allows: no cycles, no module reaching
 * into another's internals, and no internals public: a module's public types are those other modules use. The test
 * also writes the module documentation (a PlantUML component diagram of all modules, one per module, and a canvas per
 * module) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KinerjaApplication.class);

    static final String BPMN_EXPRESSIONS = "called from BPMN expressions (processes/*.bpmn): JUEL invokes methods of "
            + "public classes only";

    static final String CONSTANTS_ONLY = "other modules use only its compile-time constants, which javac copies into "
            + "the using class: a dependency in the source that the bytecode does not show";

    /**
     * The public top-level types of a module's package that no other module's main code uses, each as
     * {@code module.Type} with the reason it stays public all the same. Keep it short: an entry that another module does
     * use, or that is no longer a public type, fails the test.
     */
    static final Map<String, String> PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE = Map.ofEntries(
            // beans whose methods the processes call, e.g. ${appraisalAssignment.supervisor(appraisalId)}
            entry("appraisal.AppraisalAssignment", BPMN_EXPRESSIONS),
            entry("calibration.CalibrationAssignment", BPMN_EXPRESSIONS),
            entry("cycle.CycleParticipants", BPMN_EXPRESSIONS),
            entry("feedback.ComplaintAssignment", BPMN_EXPRESSIONS),
            entry("notification.MailSettings", BPMN_EXPRESSIONS),
            entry("outcome.OutcomeAssignment", BPMN_EXPRESSIONS),
            entry("outcome.OutcomeSettings", BPMN_EXPRESSIONS),
            entry("task.HumanTasks", BPMN_EXPRESSIONS),
            // constants: task and variable names (calibration), group ids (appraisal, feedback, outcome, security), the
            // start-up order (demo's @Order)
            entry("cycle.AppraisalCycleProcess", CONSTANTS_ONLY),
            entry("organization.KinerjaGroups", CONSTANTS_ONLY),
            entry("organization.StartupOrder", CONSTANTS_ONLY),
            // Camunda's REST filter builds its authentication provider by class name (Class.forName, newInstance)
            entry("security.EngineRestAuthentication", "built by name by Camunda's REST authentication filter"),
            // used by tests in other packages: they register service tickets through SurveyService (appraisal, web,
            // org.kinerja)
            entry("feedback.SurveyService", "used by tests in other packages"));

    @Test
    void shouldKeepTheModuleDependenciesHonest() {
        MODULES.verify();
    }

    /**
     * A module's public types are exactly its API: every public top-level type of a module's package is used by the main
     * code of at least one other module, or is listed in {@link #PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE} with its reason.
     * Everything else is package-private, so that no other module comes to depend on it by accident.
     */
    @Test
    void shouldExposeOnlyTypesOtherModulesUse() {
        List<String> leaked = new ArrayList<>();
        List<String> usedAllTheSame = new ArrayList<>();
        Set<String> allowed = new TreeSet<>(PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE.keySet());
        for (ApplicationModule module : MODULES) {
            for (JavaClass type : publicTopLevelTypes(module.getBasePackage())) {
                String name = module.getName() + "." + type.getSimpleName();
                List<String> users = usersInOtherModules(module, type);
                if (allowed.remove(name)) {
                    if (!users.isEmpty()) {
                        usedAllTheSame.add(name + " (used by " + String.join(", ", users) + ")");
                    }
                } else if (users.isEmpty()) {
                    leaked.add(type.getName());
                }
            }
        }
        assertThat(leaked).as("public types that no other module uses: make them package-private (if a framework needs "
                + "one public, add it to PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE with the reason)").isEmpty();
        assertThat(usedAllTheSame).as("allow-listed types that another module does use: drop them from "
                + "PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE").isEmpty();
        assertThat(allowed).as("allow-listed types that are not public top-level types of their module: drop them from "
                + "PUBLIC_WITHOUT_USER_IN_ANOTHER_MODULE").isEmpty();
    }

    private static List<JavaClass> publicTopLevelTypes(JavaPackage basePackage) {
        return basePackage.stream().filter(type -> type.getPackageName().equals(basePackage.getName()))
                .filter(JavaClass::isTopLevelClass).filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !JavaPackage.isPackageInfoType(type)).sorted(Comparator.comparing(JavaClass::getName))
                .toList();
    }

    /** The classes of other modules' main code that depend on the type (KinerjaApplication is in no module). */
    private static List<String> usersInOtherModules(ApplicationModule module, JavaClass type) {
        return type.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                .filter(origin -> MODULES.getModuleByType(origin).filter(other -> !other.equals(module)).isPresent())
                .map(JavaClass::getName).distinct().sorted().toList();
    }

    @Test
    void shouldWriteTheModuleDocumentation() throws Exception {
        new Documenter(MODULES).writeDocumentation();
        Path folder = Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("module-")).count()).isGreaterThanOrEqualTo(MODULES.stream().count());
        }
    }
}

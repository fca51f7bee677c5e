package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module with the dependencies its {@code package-info} allows: no cycles, no module reaching
 * into another's internals. The test also writes the module documentation (a PlantUML component diagram of all
 * modules, one per module, and a canvas per module) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(KinerjaApplication.class);

    @Test
    void shouldKeepTheModuleDependenciesHonest() {
        MODULES.verify();
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

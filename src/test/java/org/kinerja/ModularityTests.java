package org.kinerja;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module: no cycles, and no module reaches into another's internals. */
class ModularityTests {

    @Test
    void shouldKeepTheModuleDependenciesHonest() {
        ApplicationModules modules = ApplicationModules.of(KinerjaApplication.class);
        modules.verify();
    }
}

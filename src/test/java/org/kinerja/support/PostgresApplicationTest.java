package org.kinerja.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real web port, with the production {@code postgres}
 * profile pointed at the throwaway {@link PostgresTestServer} through the same environment variables an operator
 * sets. All subclasses share one application context. Metrics export stays on, as in production, so that the
 * prometheus endpoint exists.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
public abstract class PostgresApplicationTest {

    @Autowired
    private ProcessEngine sharedEngine;

    /**
     * The REST API and the webapps find the engine "default" in Camunda's JVM-wide registry, where the last application
     * started puts its own: a test with an application of its own on another database (the demo walk-through) would
     * otherwise leave this context's REST calls talking to that application's engine.
     */
    @BeforeEach
    void serveThisContextsEngine() {
        serve(sharedEngine);
    }

    /** Makes this engine the one Camunda's registry answers for its name. */
    public static void serve(ProcessEngine engine) {
        if (ProcessEngines.getProcessEngine(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer server = PostgresTestServer.get();
        registry.add("KINERJA_DB_URL", () -> server.jdbcUrl(PostgresTestServer.DATABASE));
        registry.add("KINERJA_DB_USER", () -> PostgresTestServer.USER);
        registry.add("KINERJA_DB_PASSWORD", () -> PostgresTestServer.PASSWORD);
    }
}

package org.kinerja.support;

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

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer server = PostgresTestServer.get();
        registry.add("KINERJA_DB_URL", () -> server.jdbcUrl(PostgresTestServer.DATABASE));
        registry.add("KINERJA_DB_USER", () -> PostgresTestServer.USER);
        registry.add("KINERJA_DB_PASSWORD", () -> PostgresTestServer.PASSWORD);
    }
}

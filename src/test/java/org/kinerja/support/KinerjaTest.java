package org.kinerja.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the in-memory H2 database of the {@code test} profile, with MockMvc. Every test class
 * annotated so shares one Spring context (Spring caches it by its configuration), so the suite does not get slower
 * as it grows; a class that needs other settings declares them, and pays for its own context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface KinerjaTest {
}

/**
 * Logins and permissions: Spring Security for Kinerja's own API and the actuator (HTTP Basic against Camunda's
 * identity store), HTTP Basic for {@code /engine-rest}, the bootstrap admin account, and the Camunda authorizations
 * and Tasklist filters every role needs.
 */
@ApplicationModule(displayName = "Logins, permissions and the engine guard", allowedDependencies = {"cycle", "organization", "shared"})
package org.kinerja.security;

import org.springframework.modulith.ApplicationModule;

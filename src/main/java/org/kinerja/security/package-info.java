/**
 * Logins and permissions: Spring Security for Kinerja's own API and the actuator (HTTP Basic against Camunda's
 * identity store), HTTP Basic for {@code /engine-rest}, the bootstrap admin account, and the Camunda authorizations
 * and Tasklist filters every role needs.
 */
package org.kinerja.security;

package org.kinerja.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.identity.initial-password}: the password of newly synced employee accounts; empty (the default) for a
 * random one nobody knows (set the real one in Camunda Admin, or connect LDAP). The demo profile sets {@code demo}.
 */
@ConfigurationProperties(prefix = "kinerja.identity")
public record IdentitySettings(String initialPassword) {

    public IdentitySettings {
        initialPassword = initialPassword == null ? "" : initialPassword;
    }
}

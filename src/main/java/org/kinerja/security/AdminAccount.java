package org.kinerja.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The technical admin account ({@code camunda-admin}): {@code kinerja.admin.user} (default {@code admin}) and
 * {@code kinerja.admin.password} ({@code KINERJA_ADMIN_PASSWORD}, required outside the demo; reset at every start).
 */
@ConfigurationProperties(prefix = "kinerja.admin")
public record AdminAccount(String user, String password) {

    public AdminAccount {
        user = user == null || user.isBlank() ? "admin" : user;
        password = password == null ? "" : password;
    }
}

package org.kinerja.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start outside the demo profile unless {@code KINERJA_ADMIN_PASSWORD} is set and satisfies Camunda's
 * password policy. There is no default password and no first-admin setup page. Runs before any bean exists, so a
 * missing password stops the start before the database is touched.
 */
class AdminPasswordCheck implements EnvironmentPostProcessor, Ordered {

    static final String DEMO_PROFILE = "demo";
    static final String PASSWORD_PROPERTY = "kinerja.admin.password";
    private static final Map<String, String> RULES = Map.of(
            "PASSWORD_POLICY_LENGTH", "minimal %s karakter",
            "PASSWORD_POLICY_LOWERCASE", "minimal %s huruf kecil",
            "PASSWORD_POLICY_UPPERCASE", "minimal %s huruf besar",
            "PASSWORD_POLICY_DIGIT", "minimal %s angka",
            "PASSWORD_POLICY_SPECIAL", "minimal %s karakter khusus",
            "PASSWORD_POLICY_USER_DATA", "tidak memuat nama pengguna, nama atau email akun admin");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(Profiles.of(DEMO_PROFILE))) {
            return;
        }
        String password = environment.getProperty(PASSWORD_PROPERTY, "");
        if (password.isBlank()) {
            throw new AdminPasswordException("KINERJA_ADMIN_PASSWORD belum diisi. Di luar profil demo, Kinerja tidak mau "
                    + "berjalan tanpa kata sandi admin (tidak ada kata sandi bawaan dan tidak ada halaman penyiapan admin).");
        }
        User admin = CamundaAccessBootstrap.adminUser(environment.getProperty("kinerja.admin.user", "admin"));
        List<String> broken = new DefaultPasswordPolicyImpl().getRules().stream()
                .filter(rule -> RULES.containsKey(rule.getPlaceholder()) && !rule.execute(password, admin))
                .map(AdminPasswordCheck::describe).toList();
        if (!broken.isEmpty()) {
            throw new AdminPasswordException("KINERJA_ADMIN_PASSWORD terlalu lemah: kata sandi admin harus memuat "
                    + String.join(", ", broken) + ".");
        }
    }

    private static String describe(PasswordPolicyRule rule) {
        String value = rule.getParameters() == null ? "" : String.join("/", rule.getParameters().values());
        return RULES.get(rule.getPlaceholder()).formatted(value);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

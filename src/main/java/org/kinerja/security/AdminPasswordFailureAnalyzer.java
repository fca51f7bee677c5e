package org.kinerja.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into a short explanation and the fix, instead of a stack trace. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Setel variabel lingkungan KINERJA_ADMIN_PASSWORD (minimal 10 karakter, dengan huruf besar, huruf kecil, "
                        + "angka dan karakter khusus), misalnya: export KINERJA_ADMIN_PASSWORD='...'. "
                        + "Untuk mencoba tanpa itu, jalankan profil demo (bawaan): mvn spring-boot:run",
                cause);
    }
}

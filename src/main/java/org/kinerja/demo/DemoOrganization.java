package org.kinerja.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** The bundled demo files: also the sample CSV files the README points HR admins to. */
final class DemoOrganization {

    static final String UNITS = "demo/unit.csv";
    static final String EMPLOYEES = "demo/pegawai.csv";
    static final String TEMPLATES = "demo/indicator-templates.json";

    private DemoOrganization() {
    }

    static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas demo " + path + " tidak dapat dibaca", e);
        }
    }
}

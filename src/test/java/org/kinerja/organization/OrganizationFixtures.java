package org.kinerja.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The small test organisation in {@code fixtures/} and helpers to upload CSV files. */
final class OrganizationFixtures {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String HEAD = "197203151998031004";
    static final String SUPERVISOR = "198001102005011003";
    static final String STAFF_ONE = "198709032010011002";
    static final String STAFF_TWO = "199002142014022003";
    static final String STAFF_THREE = "198811262011011001";
    static final String HR_ADMIN = "198304182008012002";
    static final String HEADER = "nip,nama,email,jabatan,kode_unit,nip_atasan,peran\n";

    private OrganizationFixtures() {
    }

    static byte[] units() {
        return read("fixtures/unit.csv");
    }

    static byte[] employees() {
        return read("fixtures/pegawai.csv");
    }

    static String employeesText() {
        return new String(employees(), StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder uploadEmployees(byte[] content) {
        return upload("/api/organization/employees/import", content).with(httpBasic(HR_ADMIN, PASSWORD));
    }

    static MockHttpServletRequestBuilder uploadUnits(byte[] content) {
        return upload("/api/organization/units/import", content).with(httpBasic(HR_ADMIN, PASSWORD));
    }

    static MockHttpServletRequestBuilder upload(String path, byte[] content) {
        return multipart(path).file(new MockMultipartFile("file", "data.csv", "text/csv", content));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.kinerja.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.appraisal.IndicatorTemplateService.TemplateItem;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;

/**
 * A synthetic organisation of exactly {@code n} employees: one instansi with its head and an HR admin, ten bidang with
 * their heads, and as many seksi as needed for at most 50 people each (a head and staff). NIPs are unique and valid
 * (birth date, appointment 23 years later, sex, serial), emails unique, every supervisor in the file. Organisations
 * generated with different instansi codes and disjoint {@code firstIndex} ranges can be imported side by side.
 */
public record GeneratedOrganisation(String instansi, List<String[]> units, List<String[]> employees, String hrAdmin) {

    public static final String UNIT_CSV_HEADER = "kode,nama,jenis,kode_induk";
    public static final String EMPLOYEE_CSV_HEADER = "nip,nama,email,jabatan,kode_unit,nip_atasan,peran";
    static final int BIDANG = 10;
    static final int SEKSI_SIZE = 50;

    public static GeneratedOrganisation generate(String instansi, int n) {
        return generate(instansi, n, 0);
    }

    /** {@code n} employees numbered from {@code firstIndex} (for NIPs and emails), seksi of at most 50. */
    public static GeneratedOrganisation generate(String instansi, int n, int firstIndex) {
        return generate(instansi, n, firstIndex, BIDANG, SEKSI_SIZE);
    }

    /** As above, with {@code bidangCount} bidang and seksi of at most {@code seksiSize} people, spread evenly. */
    public static GeneratedOrganisation generate(String instansi, int n, int firstIndex, int bidangCount, int seksiSize) {
        if (bidangCount < 1 || n < 2 + bidangCount + 1) {
            throw new IllegalArgumentException("at least one bidang and " + (2 + bidangCount + 1)
                    + " employees: head, HR admin, bidang heads, one seksi");
        }
        List<String[]> units = new ArrayList<>();
        List<String[]> people = new ArrayList<>();
        units.add(new String[] {instansi, "Badan Uji " + instansi, "INSTANSI", ""});
        String head = nip(firstIndex);
        people.add(person(firstIndex, "Kepala Badan", instansi, "", ""));
        people.add(person(firstIndex + 1, "Analis SDM Aparatur", instansi, head, "admin-bkpsdm"));
        List<String> bidangHeads = new ArrayList<>();
        for (int b = 1; b <= bidangCount; b++) {
            String code = instansi + "-B" + two(b);
            units.add(new String[] {code, "Bidang " + b, "BIDANG", instansi});
            int index = firstIndex + people.size();
            people.add(person(index, "Kepala Bidang", code, head, b == 1 ? "tim-penilai" : ""));
            bidangHeads.add(nip(index));
        }
        int rest = n - people.size();
        int seksiCount = (rest + seksiSize - 1) / seksiSize;
        String[] staffPositions = {"Analis Kebijakan", "Pengadministrasi Umum", "Pranata Komputer", "Pengelola Layanan"};
        for (int s = 0; s < seksiCount; s++) {
            int bidang = s % bidangCount;
            String code = instansi + "-B" + two(bidang + 1) + "-S" + three(s + 1);
            units.add(new String[] {code, "Seksi " + (s + 1), "SEKSI", instansi + "-B" + two(bidang + 1)});
            int size = rest / seksiCount + (s < rest % seksiCount ? 1 : 0);
            int seksiHead = firstIndex + people.size();
            people.add(person(seksiHead, "Kepala Seksi", code, bidangHeads.get(bidang), ""));
            for (int k = 1; k < size; k++) {
                int index = firstIndex + people.size();
                people.add(person(index, staffPositions[index % staffPositions.length], code, nip(seksiHead), ""));
            }
        }
        if (people.size() != n) {
            throw new IllegalStateException("generated " + people.size() + " employees instead of " + n);
        }
        return new GeneratedOrganisation(instansi, units, people, nip(firstIndex + 1));
    }

    /** Unique for up to 9,000 × 999 employees: birth date from the index, the serial from its thousands. */
    public static String nip(int index) {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(index % 9000);
        int appointmentYear = birth.getYear() + 23;
        int appointmentMonth = 1 + index % 12;
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + appointmentYear + two(appointmentMonth) + (1 + index % 2)
                + three(1 + index / 9000);
    }

    private static String[] person(int index, String position, String unit, String supervisor, String roles) {
        return new String[] {nip(index), "Pegawai Uji " + index, "pegawai" + index + "@uji.example", position, unit, supervisor,
                roles};
    }

    public Set<String> nips() {
        return employees.stream().map(e -> e[0]).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<String> positions() {
        return employees.stream().map(e -> e[3]).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public byte[] unitCsv() {
        return csv(UNIT_CSV_HEADER, units);
    }

    public byte[] employeeCsv() {
        return csv(EMPLOYEE_CSV_HEADER, employees);
    }

    /** The rosters of several organisations as one import (an import is the whole roster). */
    public static byte[] unitCsv(GeneratedOrganisation... organisations) {
        List<String[]> rows = new ArrayList<>();
        for (GeneratedOrganisation o : organisations) {
            rows.addAll(o.units);
        }
        return csv(UNIT_CSV_HEADER, rows);
    }

    public static byte[] employeeCsv(GeneratedOrganisation... organisations) {
        List<String[]> rows = new ArrayList<>();
        for (GeneratedOrganisation o : organisations) {
            rows.addAll(o.employees);
        }
        return csv(EMPLOYEE_CSV_HEADER, rows);
    }

    /** Three indicators for a position, weights 40/30/30, one of them lower-is-better. */
    public static List<TemplateItem> templateFor(String position) {
        return List.of(
                new TemplateItem("Tercapainya sasaran kerja " + position, "Persentase kegiatan selesai tepat waktu", "persen",
                        new BigDecimal("95"), Direction.HIGHER_IS_BETTER, new BigDecimal("40"), Aspect.WAKTU, null),
                new TemplateItem("Tercapainya sasaran kerja " + position, "Jumlah dokumen yang diselesaikan", "dokumen",
                        new BigDecimal("120"), Direction.HIGHER_IS_BETTER, new BigDecimal("30"), Aspect.KUANTITAS, "Proses Bisnis"),
                new TemplateItem("Meningkatnya mutu layanan", "Jumlah keluhan layanan", "keluhan", new BigDecimal("5"),
                        Direction.LOWER_IS_BETTER, new BigDecimal("30"), Aspect.KUALITAS, "Penerima Layanan"));
    }

    private static byte[] csv(String header, List<String[]> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        rows.forEach(r -> out.append(String.join(",", r)).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String two(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }

    private static String three(int value) {
        return String.format(Locale.ROOT, "%03d", value);
    }
}

package org.kinerja.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.kinerja.shared.Texts;

/**
 * The Nomor Induk Pegawai of a civil servant (PP 11/2017, Perka BKN): 18 digits made of the birth date
 * (YYYYMMDD), the month of appointment (TMT CPNS, YYYYMM), the sex (1 = male, 2 = female) and a serial number.
 */
final class Nip {

    public static final int LENGTH = 18;

    private Nip() {
    }

    public static boolean isValid(String nip) {
        return problem(nip).isEmpty();
    }

    /** Why the value is not a valid NIP, in Bahasa Indonesia; empty when it is valid. */
    public static Optional<String> problem(String nip) {
        if (nip == null || nip.isBlank()) {
            return Optional.of("NIP wajib diisi");
        }
        if (nip.length() != LENGTH || !nip.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("NIP harus terdiri atas tepat 18 digit angka (tertulis: '" + Texts.excerpt(nip) + "')");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(num(nip, 0, 4), num(nip, 4, 6), num(nip, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("NIP " + nip + ": 8 digit pertama bukan tanggal lahir yang sah (TTTTBBHH)");
        }
        int thisYear = Year.now().getValue();
        if (birth.getYear() < 1930 || birth.getYear() > thisYear - 15) {
            return Optional.of("NIP " + nip + ": tahun lahir " + birth.getYear() + " tidak masuk akal");
        }
        int tmtYear = num(nip, 8, 12);
        int tmtMonth = num(nip, 12, 14);
        if (tmtMonth < 1 || tmtMonth > 12) {
            return Optional.of("NIP " + nip + ": digit 9–14 bukan bulan pengangkatan (TMT) yang sah (TTTTBB)");
        }
        if (tmtYear < birth.getYear() + 15 || tmtYear > thisYear + 1) {
            return Optional.of("NIP " + nip + ": tahun pengangkatan " + tmtYear + " tidak sesuai dengan tahun lahir");
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("NIP " + nip + ": digit ke-15 (jenis kelamin) harus 1 atau 2");
        }
        if (nip.endsWith("000")) {
            return Optional.of("NIP " + nip + ": nomor urut (3 digit terakhir) tidak boleh 000");
        }
        return Optional.empty();
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }
}

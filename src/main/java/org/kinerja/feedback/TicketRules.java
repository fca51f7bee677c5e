package org.kinerja.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kinerja.shared.Texts;

/** What every service ticket must satisfy, whether the counter system registers it or HR imports it. */
final class TicketRules {

    static final String NUMBER_RULE = "Nomor registrasi harus 3–40 karakter: huruf, angka, titik, garis miring atau tanda hubung.";
    static final String TYPE_RULE = "Jenis layanan wajib diisi (paling banyak 100 karakter).";
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{2,39}");
    /** Counter clocks may run a little ahead of ours. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    /** No service Kinerja rates happened before this day (WIB). */
    static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);
    private static final Instant EARLIEST = EARLIEST_DAY.atStartOfDay(SurveyService.ZONE).toInstant();

    private TicketRules() {
    }

    /** A ticket number as stored and looked up: cleaned, upper case; "" for none. */
    static String number(String raw) {
        String number = Texts.clean(raw);
        return number == null ? "" : number.toUpperCase(Locale.ROOT);
    }

    static boolean validNumber(String number) {
        return NUMBER.matcher(number).matches();
    }

    /** The service type as stored: cleaned; "" for none. */
    static String type(String raw) {
        String type = Texts.clean(raw);
        return type == null ? "" : type;
    }

    /** Why a (cleaned) service type may not be stored, or null. */
    static String typeProblem(String type) {
        if (type.isEmpty() || type.length() > 100) {
            return TYPE_RULE;
        }
        return Texts.controlCharacterProblem("Jenis layanan", type, false);
    }

    static String unknownEmployee(String nip) {
        return "NIP petugas tidak dikenal atau tidak aktif: '" + Texts.excerpt(nip) + "'.";
    }

    /** Why a service time may not be stored (missing, before 2000, in the future), or null. */
    static String servedAtProblem(Instant servedAt, Instant now) {
        if (servedAt == null) {
            return "Waktu layanan wajib diisi.";
        }
        if (servedAt.isBefore(EARLIEST)) {
            return "Waktu layanan tidak masuk akal: sebelum 1 Januari 2000.";
        }
        if (servedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            return "Waktu layanan tidak boleh di masa depan.";
        }
        return null;
    }
}

package org.kinerja.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** What every service ticket must satisfy, whether the counter system registers it or HR imports it. */
final class TicketRules {

    static final String NUMBER_RULE = "Nomor registrasi harus 3–40 karakter: huruf, angka, titik, garis miring atau tanda hubung.";
    static final String TYPE_RULE = "Jenis layanan wajib diisi (paling banyak 100 karakter).";
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{2,39}");
    /** Counter clocks may run a little ahead of ours. */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private TicketRules() {
    }

    /** A ticket number as stored and looked up: trimmed, upper case; "" for none. */
    static String number(String raw) {
        return raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
    }

    static boolean validNumber(String number) {
        return NUMBER.matcher(number).matches();
    }

    static boolean validType(String type) {
        return !type.isEmpty() && type.length() <= 100;
    }

    static String unknownEmployee(String nip) {
        return "NIP petugas tidak dikenal atau tidak aktif: '" + nip + "'.";
    }

    static boolean inFuture(Instant servedAt, Instant now) {
        return servedAt.isAfter(now.plus(CLOCK_TOLERANCE));
    }
}

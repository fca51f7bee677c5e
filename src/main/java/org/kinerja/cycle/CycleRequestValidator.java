package org.kinerja.cycle;

import static org.kinerja.cycle.AppraisalCycleProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;

/** Server-side check of the cycle start form; the form's own validation is only a convenience. */
final class CycleRequestValidator {

    /** Timers shorter than a minute would fire in a storm; longer than a year never within the cycle. */
    static final long MIN_DELAY_MILLIS = 60_000L;
    static final long MAX_DELAY_MILLIS = 365L * 24 * 3600 * 1000;

    private CycleRequestValidator() {
    }

    static CycleRequest validate(Map<String, Object> form) {
        List<String> problems = new ArrayList<>();
        String name = text(form.get(VAR_CYCLE_NAME));
        if (name.isEmpty() || name.length() > 120) {
            problems.add("Nama siklus wajib diisi (paling banyak 120 karakter).");
        } else if (Texts.hasControlCharacters(name, false)) {
            problems.add("Nama siklus berisi karakter kendali yang tidak diizinkan.");
        }
        Integer year = wholeNumber(form.get(VAR_YEAR));
        if (year == null || year < 2000 || year > 2100) {
            problems.add("Tahun harus bilangan bulat antara 2000 dan 2100.");
        }
        String unitCode = text(form.get(VAR_UNIT_CODE)).toUpperCase(Locale.ROOT);
        if (unitCode.isEmpty()) {
            problems.add("Kode unit organisasi wajib diisi.");
        }
        PeriodLength periodLength = null;
        try {
            periodLength = PeriodLength.valueOf(text(form.get(VAR_PERIOD_LENGTH)).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Panjang periode harus MONTHLY (bulanan) atau QUARTERLY (triwulanan).");
        }
        String reminder = text(form.get(VAR_REMINDER_DELAY)).toUpperCase(Locale.ROOT);
        String escalation = text(form.get(VAR_ESCALATION_DELAY)).toUpperCase(Locale.ROOT);
        Long reminderMillis = durationMillis(reminder, "Jeda pengingat", problems);
        Long escalationMillis = durationMillis(escalation, "Batas waktu eskalasi", problems);
        for (String[] d : new String[][] {{"Jeda pengingat", reminder}, {"Batas waktu eskalasi", escalation}}) {
            Long millis = d[0].startsWith("Jeda") ? reminderMillis : escalationMillis;
            if (millis != null && (millis < MIN_DELAY_MILLIS || millis > MAX_DELAY_MILLIS)) {
                problems.add(d[0] + " harus antara 1 menit (PT1M) dan 365 hari (P365D): '" + d[1] + "'.");
            }
        }
        if (reminderMillis != null && escalationMillis != null && reminderMillis >= escalationMillis) {
            problems.add("Jeda pengingat (" + reminder + ") harus lebih pendek daripada batas waktu eskalasi (" + escalation + ").");
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Siklus tidak dapat dibuka: " + String.join(" ", problems), problems);
        }
        return new CycleRequest(name, year, unitCode, periodLength, reminder, escalation);
    }

    /** An ISO-8601 duration as Camunda's timers read it (e.g. P7D, PT10M), positive; null when invalid. */
    static Long durationMillis(String value, String what, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(what + " wajib diisi (durasi ISO-8601, mis. P7D atau PT10M).");
            return null;
        }
        try {
            Duration duration = DatatypeFactory.newInstance().newDuration(value);
            long millis = duration.getTimeInMillis(new Date(0));
            if (duration.getSign() <= 0 || millis <= 0) {
                problems.add(what + " harus lebih dari nol: '" + value + "'.");
                return null;
            }
            return millis;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            problems.add(what + " bukan durasi ISO-8601 yang sah: '" + value + "' (contoh: P7D, P2W, PT10M).");
            return null;
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value) {
        String cleaned = value == null ? null : Texts.clean(value.toString());
        return cleaned == null ? "" : cleaned;
    }

    private static Integer wholeNumber(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}

package org.kinerja.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers as printed for Indonesian readers, independent of the JVM's default locale: "23 November 2026",
 * "87,50", "1.250,5", "97,50%". The one format of forms, pages, mails and documents.
 */
public final class IndonesianFormat {

    /** The JDK's Indonesian month names (CLDR), with an explicit locale: the JVM's default locale does not matter. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("id-ID"));

    private IndonesianFormat() {
    }

    /** E.g. "23 November 2026", "1 Agustus 2026": day without leading zero, Indonesian month name. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The day of a moment as read in WIB, e.g. "13 Desember 2026". */
    public static String date(Instant moment) {
        return DATE.format(moment.atZone(WIB));
    }

    /** Western Indonesian Time, the zone of the city's offices. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** A moment as read in WIB, e.g. "13 Desember 2026 14:30 WIB" (as in the task notices). */
    public static String dateTime(Instant moment) {
        return DATE_TIME.format(moment.atZone(WIB));
    }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm 'WIB'", Locale.forLanguageTag("id-ID"));

    /** With exactly two decimals, half up: "87,50", "3,75", "1.250,00". */
    public static String twoDecimals(BigDecimal number) {
        return format(number.setScale(2, RoundingMode.HALF_UP), 2, 2);
    }

    /** Without trailing zeros, at most four decimals: "12", "12,5", "1.250". */
    public static String plain(BigDecimal number) {
        return format(number, 0, 4);
    }

    /** A share (1 = 100 %) as a percentage with two decimals, as scores are written: "97,50%", "100,00%". */
    public static String percentOfShare(BigDecimal share) {
        return twoDecimals(share.multiply(BigDecimal.valueOf(100))) + "%";
    }

    /**
     * A cycle's name as people read it: the name alone when it already says its year ("Penilaian Kinerja 2026"), else
     * with the year ("Penilaian Kinerja Tahunan 2026"); never the year twice.
     */
    public static String cycleName(String name, int year) {
        String trimmed = name == null ? "" : name.trim();
        String yearText = Integer.toString(year);
        if (trimmed.isEmpty()) {
            return yearText;
        }
        return trimmed.contains(yearText) ? trimmed : trimmed + " " + yearText;
    }

    private static String format(BigDecimal number, int minFraction, int maxFraction) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minFraction);
        format.setMaximumFractionDigits(maxFraction);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}

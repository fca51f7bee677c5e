package org.kinerja.shared;

/**
 * Every cell of every CSV file Kinerja writes goes through {@link #safe(Object)}, so that a spreadsheet opening the
 * file never runs a value as a formula ("CSV injection"): a unit named {@code =HYPERLINK(…)} must stay text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The value as text ({@code ""} for {@code null}); a value that starts with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading single quote, which spreadsheets show as text (OWASP's
     * recommendation).
     */
    public static String safe(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}

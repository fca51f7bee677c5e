package org.kinerja.shared;

/** Cleaning of text people type: surrounding whitespace and invisible characters go; control characters are reported. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding whitespace and zero-width (format) characters; null when nothing visible is left. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.charAt(start))) {
            start++;
        }
        while (end > start && invisible(raw.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : raw.substring(start, end);
    }

    /** Whether the text has control characters other than tab, line feed and carriage return (e.g. NUL). */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r');
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
